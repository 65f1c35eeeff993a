export const id = 155;
export const ids = [155];
export const modules = {

/***/ 71155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDemo: () => (/* binding */ runDemo)
/* harmony export */ });
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(31421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_4__);





/**
 * The README's first command, the whole loop on the bundled node:test suite: plan 2 shards, run each shard 3
 * times (each uploads its proof to the local artifact folder), merge them with the report (which saves the
 * timing history), then plan again from that history. It drives the real CLI in a scratch copy, so what it
 * prints is exactly what a user's own commands print.
 */
function runDemo() {
    // dist/cli/index.js and src/cli/demo.ts both sit two levels below the project root. The path is built
    // from parts so that ncc does not mistake it for an asset and copy the example into dist/.
    const fromRoot = ['..', '..', 'examples', 'node-suite'];
    const example = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_4__.fileURLToPath)(import.meta.url)), ...fromRoot);
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(example)) {
        process.stderr.write(`shardproof demo: the example suite is not at ${example}\n`);
        return 1;
    }
    const work = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(), 'shardproof-demo-'));
    const suite = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'node-suite');
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.cpSync)(example, suite, { recursive: true });
    const state = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'state');
    const env = { ...process.env, SHARDPROOF_STATE_DIR: state };
    const cli = (args) => {
        process.stdout.write(`\n$ shardproof ${args.map((a) => (/[\s*']/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
        const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawnSync)(process.execPath, [process.argv[1], ...args], {
            cwd: suite,
            env,
            stdio: 'inherit',
        });
        return child.status ?? 1;
    };
    process.stdout.write(`shardproof demo in ${suite}\n`);
    cli(['detect']);
    const tests = ['--framework', 'node-test', '--tests', 'test/*.test.mjs'];
    cli(['plan', ...tests, '--shards', '2']);
    for (const shard of ['1', '2']) {
        cli([
            'run',
            '--framework',
            'node-test',
            '--shard',
            shard,
            '--runs',
            '3',
            '--output-dir',
            (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, `proof-${shard}`),
        ]);
    }
    const reportDir = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(work, 'report');
    cli(['report', '--output-dir', reportDir]);
    process.stdout.write('\nThe second plan reads the timing history the report just saved:');
    cli(['plan', ...tests, '--shards', '2', '--plan-file', 'plan-2.json']);
    const resultsPath = (0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(reportDir, 'merged', 'results.json');
    if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(resultsPath)) {
        process.stdout.write(`\nDemo FAILED: the report wrote no ${resultsPath}.\n`);
        return 1;
    }
    const merged = JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(resultsPath, 'utf8'));
    const pick = (cls) => merged.tests.filter((t) => t.class === cls);
    process.stdout.write('\n── one verdict over both shards ──\n');
    for (const t of [...pick('failed'), ...pick('flaky')]) {
        process.stdout.write(`  ${t.class.padEnd(7)} ${t.pattern}  ${t.name}\n`);
    }
    process.stdout.write(`  passed  ${pick('passed').length} tests in every run\n`);
    process.stdout.write([
        '',
        `Proof of each shard (logs, reports, records.jsonl, manifest): ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(state, 'artifacts')}/shardproof-proof-*/`,
        `Merged report (results.json, CTRF, JUnit, summary.md): ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(reportDir, 'merged')}/`,
        `Timing history the next plan reads: ${(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(state, 'timings-default.json')} (${historyLine(state, suite)})`,
        '',
    ].join('\n'));
    // The example suite is broken on purpose: one test fails every run, one fails on even runs.
    const caught = pick('failed').some((t) => t.name === 'adds cents exactly') &&
        pick('flaky').some((t) => t.name === 'cache warms up') &&
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(state, 'timings-default.json'));
    process.stdout.write(caught
        ? 'Demo OK: across both shards the always-failing test is "failed" and the alternating one "flaky", as planted.\n'
        : 'Demo FAILED: the planted failing and flaky tests were not both classified as expected.\n');
    return caught ? 0 : 1;
}
/** What the saved history gave the second plan, said as measured (never assumed). */
function historyLine(state, suite) {
    const read = (path) => (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path) ? JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path, 'utf8')) : undefined;
    const history = read((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(state, 'timings-default.json'));
    const plan = read((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(suite, 'plan-2.json'));
    const items = Object.keys(history?.items ?? {}).length;
    const rate = plan?.suites?.[0]?.matchRate;
    const matched = rate === undefined
        ? 'the second plan is missing'
        : `the second plan matched ${(rate * 100).toFixed(0)}% of the files`;
    // node:test's JUnit report names no test files, so its timings cannot be kept per file.
    const why = items === 0 ? '; node:test reports name no files, so no file timings could be kept' : '';
    return `${items} items; ${matched}${why}`;
}


/***/ })

};
