export const id = 784;
export const ids = [784];
export const modules = {

/***/ 80869:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ commandRoot),
/* harmony export */   y: () => (/* binding */ relativeToRoot)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/**
 * A command that starts with `cd backend && …` runs the framework in that folder, while shardproof finds
 * and names test files relative to the working directory (`backend/tests/test_a.py`). This reads that
 * folder from the command — only a literal `cd <dir> &&` at the very start, the one form that can be
 * read without running a shell — so file arguments can be given relative to it. Reports name files
 * relative to the framework's own root either way; rebase-paths.ts maps them back to repository paths.
 */
function commandRoot(command, cwd) {
    const match = /^\s*cd\s+('[^']*'|"[^"$`\\]*"|[^\s'"$`\\;&|<>(){}*?[\]~]+)\s*&&/.exec(command ?? '');
    if (!match)
        return undefined;
    const word = match[1].replace(/^(['"])(.*)\1$/, '$2');
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(word) ? (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(cwd, word).split('\\').join('/') : word;
    const root = node_path__WEBPACK_IMPORTED_MODULE_0__.posix.normalize(dir).replace(/\/+$/, '');
    return root === '.' || root === '' ? undefined : root;
}
/**
 * A file argument (a path, a pytest node id `path::test`, a go package `./pkg`) under `root`, made
 * relative to it: `backend/tests/a.py::t` → `tests/a.py::t`, `./svc/api/calc` → `./calc`. Anything not
 * under the root (a go import path, a file elsewhere) is passed as it is.
 */
function relativeToRoot(root, arg) {
    if (root === undefined)
        return arg;
    const dotted = arg.startsWith('./');
    const path = dotted ? arg.slice(2) : arg;
    if (path === root)
        return '.';
    if (!path.startsWith(`${root}/`))
        return arg;
    const rest = path.slice(root.length + 1);
    return dotted ? `./${rest}` : rest;
}


/***/ }),

/***/ 32890:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  dY: () => (/* binding */ expandPresetEnv),
  p5: () => (/* binding */ frameworkModule),
  gr: () => (/* binding */ resolvePreset)
});

// UNUSED EXPORTS: FRAMEWORKS, commandRoot, escapeJsRegExp, frameworkNamed, pytestNodeId, relativeToRoot

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
// EXTERNAL MODULE: ./src/frameworks/command-root.ts
var command_root = __webpack_require__(80869);
;// CONCATENATED MODULE: ./src/frameworks/custom.ts

/** The user's own command, which writes a report to {results} or to files matching `results`. */
const custom = {
    name: 'custom',
    retries: 'surefire-style flakyFailure/rerunFailure elements count as retries',
    preset: ({ command, results }) => {
        if (!command) {
            throw new user_error/* UserError */.y(`Input 'command' is required when framework is 'custom': give the command that runs your tests, ` +
                `e.g. "./run-tests.sh --junit={results} {files}", or pick a framework preset.`);
        }
        if (!results && !command.includes('{results}')) {
            throw new user_error/* UserError */.y(`Input 'results' is required when framework is 'custom' and the command has no {results}: ` +
                `give a glob of the JUnit/CTRF/go-json reports your command writes, e.g. "reports/*.xml".`);
        }
        return {
            framework: 'custom',
            command,
            env: {},
            reportExtension: 'xml',
            reportIsStdout: false,
            resultsGlob: results || undefined,
            fileArg: (file) => file,
        };
    },
    rerunSelection: (tests) => ({
        files: [],
        filterArgs: [],
        unselectable: tests.map((test) => ({ test, reason: 'a custom command has no known test filter' })),
    }),
    displayId: (test) => test.id,
};

;// CONCATENATED MODULE: ./src/frameworks/go.ts
/**
 * go test -json: "files" are package patterns such as ./pkg/... (go test cannot run test files across
 * directories). -count=1: the test cache would otherwise answer runs 2..N without running anything.
 */
const go = {
    name: 'go',
    retries: 'go test has no retries of its own',
    itemsArePackages: true,
    preset: () => ({
        framework: 'go',
        command: 'go test -json -count=1 -p {workers} {files}',
        env: {},
        reportExtension: 'json',
        reportIsStdout: true,
        fileArg: (pkg) => pkg,
    }),
    rerunSelection,
    shuffleArgs: (seed) => [`-shuffle=${seed}`],
    // `go test example.com/pkg -run '^TestX$/^sub$'` — the package and the test as go names them.
    displayId: (test) => (test.suite ? `${test.suite} ${test.name}` : test.name),
};
/**
 * go test -run splits its pattern on top-level `|` into alternatives and each alternative on `/` into
 * one regexp per subtest level (Go ≥1.20 testing/match.go), so `^TestA$/^case_1$|^TestB$` selects
 * exactly TestA/case_1 and TestB. The package comes from the result's suite (its import path).
 */
function rerunSelection(tests) {
    const packages = new Set();
    const patterns = new Set();
    const unselectable = [];
    // A parent that failed with its subtests runs again as their parent: its own pattern would rerun
    // every subtest, the passing ones too.
    const parents = new Set(tests.flatMap((t) => (t.name.includes('/') ? parentsOf(t) : [])));
    for (const test of tests) {
        if (!test.suite) {
            unselectable.push({ test, reason: 'the report names no Go package' });
            continue;
        }
        packages.add(test.suite);
        if (parents.has(`${test.suite}\0${test.name}`))
            continue;
        patterns.add(test.name
            .split('/')
            .map((level) => `^${escapeGoRegExp(level)}$`)
            .join('/'));
    }
    const filterArgs = patterns.size ? ['-run', [...patterns].join('|')] : [];
    return { files: [...packages], filterArgs, unselectable };
}
/** `pkg\0TestA` and `pkg\0TestA/b` for a test named `TestA/b/c`. */
function parentsOf(test) {
    const levels = test.name.split('/');
    return levels.slice(1).map((_, i) => `${test.suite}\0${levels.slice(0, i + 1).join('/')}`);
}
/** Like Go's regexp.QuoteMeta. */
function escapeGoRegExp(text) {
    return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/frameworks/name-filter.ts
/** Escapes a string for a JavaScript RegExp with or without the `u` flag (`-` stays: `\-` is invalid with u). */
function escapeJsRegExp(text) {
    return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}
/**
 * A pattern for a full test name whose parts the report joined with `separator` while the framework's
 * filter sees them joined by spaces. A title may itself hold the separator, so each separator matches
 * either form; a `title` the report kept apart (jest-junit's own attribute) is matched literally.
 */
function fullNamePattern(parts, separator, title) {
    const either = `(?: |${escapeJsRegExp(separator)})`;
    const path = parts.map(escapeJsRegExp).join(either);
    if (title === undefined)
        return path;
    return path === '' ? escapeJsRegExp(title) : `${path} ${escapeJsRegExp(title)}`;
}
function nameFilterSelection(tests, pattern, toArgs) {
    const files = new Set();
    const patterns = new Set();
    const unselectable = [];
    for (const test of tests) {
        if (!test.file) {
            unselectable.push({ test, reason: 'the report names no test file to restrict the rerun to' });
            continue;
        }
        files.add(test.file);
        // A file that failed to load is rerun as a file: loading it again is what the rerun checks.
        if (!test.fileError)
            patterns.add(pattern(test));
    }
    return { files: [...files], filterArgs: patterns.size ? toArgs([...patterns]) : [], unselectable };
}
/** `file > describe > test`: how jest and vitest users name a test. */
function arrowId(test, describePath, title) {
    return [test.file, ...describePath, title].filter((p) => p !== undefined && p !== '').join(' > ');
}

;// CONCATENATED MODULE: ./src/frameworks/jest.ts

/** jest-junit joins describe titles with this (JEST_JUNIT_ANCESTOR_SEPARATOR) into the classname. */
const SEPARATOR = ' > ';
/** jest-junit's classname for a file that failed to load (JEST_JUNIT_REPORT_TEST_SUITE_ERRORS). */
const SUITE_ERROR = 'Test suite failed to run';
const describePath = (test) => (test.suite ? test.suite.split(SEPARATOR) : []);
/**
 * jest with jest-junit. `npx --no --` : npx never downloads a missing package, and `--` hands every flag
 * after it to jest (without it npx reads `--ci`, `--reporters` as its own options and jest gets only the
 * files). --runTestsByPath makes file arguments exact paths instead of regexes, so `a.test.ts` selects
 * neither `a.test.tsx` nor `x/a.test.ts`. jest-junit writes the describe path as classname and the test's
 * own title as name, so a rerun's `-t` can match a title holding any character; its file attribute and
 * per-file testsuite time are switched on, and a file that fails to load is reported, not dropped.
 */
const jest = {
    name: 'jest',
    retries: 'jest.retryTimes: jest-junit reports only the final attempt of a test',
    preset: () => ({
        framework: 'jest',
        command: 'npx --no -- jest --ci --maxWorkers={workers} --reporters=default --reporters=jest-junit ' +
            '--runTestsByPath {files}',
        env: {
            JEST_JUNIT_OUTPUT_FILE: '{results}',
            JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
            JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
            JEST_JUNIT_SUITE_NAME: '{filepath}',
            JEST_JUNIT_CLASSNAME: '{classname}',
            JEST_JUNIT_TITLE: '{title}',
            JEST_JUNIT_ANCESTOR_SEPARATOR: SEPARATOR,
        },
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: (file) => file,
    }),
    // jest's -t sees the describe titles and the test title joined by spaces.
    rerunSelection: (tests) => nameFilterSelection(tests, (test) => fullNamePattern(describePath(test), SEPARATOR, test.name), (patterns) => ['-t', `^(?:${patterns.join('|')})$`]),
    shuffleArgs: (seed) => ['--randomize', `--seed=${seed}`],
    isLoadError: (test) => test.suite === SUITE_ERROR && test.name === test.file,
    displayId: (test) => arrowId(test, describePath(test), test.name),
};

// EXTERNAL MODULE: ./src/frameworks/names.ts
var names = __webpack_require__(2377);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/frameworks/node-test-reporter.ts
/**
 * A node:test reporter that writes JUnit with a `file` attribute on every testcase, on Node 20, 22 and 24
 * alike: Node's own junit reporter names the file only from Node 24 on, and without it reruns, annotations
 * and per-file timings have nothing to go by. Every test event carries `data.file` since Node 20, so the
 * reporter rebuilds the tree from completion events: children complete before their parent, per file.
 * A describe block becomes a <testsuite>, a leaf a <testcase>, as in Node's own; a test with subtests is both
 * (its own testcase, then a testsuite of its subtests), since Node counts it as a test in its summary.
 *
 * Each file's tests are wrapped in a <testsuite> of the file with Node's own time for the file (start-up
 * and imports included), the file's time for the plan.
 *
 * The source is plain JavaScript (node loads it with --test-reporter=<path>): it is written to a file once
 * per content and never imports anything but node:path.
 */




const REPORTER_SOURCE = String.raw `import { relative, resolve } from 'node:path';

const xml = (text) =>
  String(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function failureOf(error) {
  const cause = error && error.cause !== undefined ? error.cause : error;
  const message = cause && cause.message !== undefined ? cause.message : String(cause);
  const body = cause && cause.stack ? cause.stack : message;
  return { message: String(message).split('\n')[0], body: String(body) };
}

function render(node, indent) {
  const file = node.file === undefined ? '' : ' file="' + xml(node.file) + '"';
  const time = ' time="' + (node.ms / 1000).toFixed(6) + '"';
  if (node.children.length > 0) {
    const inner = node.children.map((c) => render(c, indent + '\t')).join('');
    const own = node.suite ? '' : render({ ...node, children: [] }, indent);
    return own + indent + '<testsuite name="' + xml(node.name) + '"' + time + file + '>\n' + inner + indent + '</testsuite>\n';
  }
  let body = '';
  if (node.failure) {
    body = indent + '\t<failure message="' + xml(node.failure.message) + '">' + xml(node.failure.body) + '</failure>\n';
  } else if (node.skip !== undefined) {
    body = indent + '\t<skipped message="' + xml(node.skip) + '"/>\n';
  }
  const open = indent + '<testcase name="' + xml(node.name) + '" classname="test"' + time + file;
  return body === '' ? open + '/>\n' : open + '>\n' + body + indent + '</testcase>\n';
}

// Node reports each test file as a test:complete at nesting 0, named after the file (its absolute path on
// Node 20 and 22, the path as given on Node 24), after the file's own tests: its duration includes the
// file's start-up and imports.
function fileTime(data, fileMs) {
  if (data.nesting !== 0 || data.file === undefined || !data.details) return;
  if (resolve(data.name) === data.file) fileMs.set(data.file, data.details.duration_ms || 0);
}

function renderFile(file, nodes, fileMs) {
  if (!fileMs.has(file)) return nodes.map((node) => render(node, '\t')).join('');
  const inner = nodes.map((node) => render(node, '\t\t')).join('');
  const path = xml(relative(process.cwd(), file).split('\\').join('/'));
  const time = ' time="' + (fileMs.get(file) / 1000).toFixed(6) + '"';
  return '\t<testsuite name="' + path + '"' + time + ' file="' + path + '">\n' + inner + '\t</testsuite>\n';
}

export default async function* shardproofJunit(source) {
  const files = new Map();
  const fileMs = new Map();
  for await (const event of source) {
    if (event.type === 'test:complete') fileTime(event.data, fileMs);
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    const key = data.file === undefined ? '' : data.file;
    let pending = files.get(key);
    if (pending === undefined) files.set(key, (pending = []));
    const level = data.nesting;
    const node = {
      name: data.name,
      file: data.file === undefined ? undefined : relative(process.cwd(), data.file).split('\\').join('/'),
      ms: (data.details && data.details.duration_ms) || 0,
      suite: Boolean(data.details && data.details.type === 'suite'),
      children: pending[level + 1] || [],
      failure: event.type === 'test:fail' ? failureOf(data.details && data.details.error) : undefined,
      skip: data.skip !== undefined && data.skip !== false ? (data.skip === true ? 'skipped' : String(data.skip))
        : data.todo !== undefined && data.todo !== false ? 'todo' : undefined,
    };
    pending[level + 1] = [];
    (pending[level] = pending[level] || []).push(node);
  }
  yield '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const [file, pending] of files) yield renderFile(file, pending[0] || [], fileMs);
  yield '</testsuites>\n';
}
`;
/** The reporter's path, written on first use (content-addressed, so versions never mix). */
function nodeTestReporterPath(dir = (0,external_node_os_.tmpdir)()) {
    const hash = (0,external_node_crypto_.createHash)('sha256').update(REPORTER_SOURCE).digest('hex').slice(0, 12);
    const folder = (0,external_node_path_.join)(dir, 'shardproof-reporters');
    const path = (0,external_node_path_.join)(folder, `node-test-junit-${hash}.mjs`);
    if (!(0,external_node_fs_.existsSync)(path)) {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true });
        (0,external_node_fs_.writeFileSync)(path, REPORTER_SOURCE);
    }
    return path;
}

;// CONCATENATED MODULE: ./src/frameworks/node-test.ts



/**
 * node --test with the spec reporter on stdout and shardproof's JUnit reporter into {results}: Node's own
 * junit reporter names no file before Node 24 (node-test-reporter.ts). One process as before, so the
 * attribution costs no extra run per file.
 */
const nodeTest = {
    name: 'node-test',
    retries: 'node:test has no retries of its own',
    preset: () => ({
        framework: 'node-test',
        command: 'node --test --test-concurrency={workers} --test-reporter=spec --test-reporter-destination=stdout ' +
            `--test-reporter=${templateWord(nodeTestReporterPath())} --test-reporter-destination={results} {files}`,
        env: {},
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: (file) => file,
    }),
    // Nested tests match on their own name (older Node) or ancestors + name joined by spaces (newer).
    rerunSelection: (tests) => nameFilterSelection(tests, (test) => escapeJsRegExp(test.name), (patterns) => patterns.map((p) => `--test-name-pattern=(?:^| )${p}$`)),
    displayId: (test) => [test.file, test.name].filter(Boolean).join(' > '),
    shuffleArgs: (seed) => ['--test-randomize', `--test-random-seed=${seed}`],
    shuffleUnavailable: ({ cwd, env }) => nodeHasTestRandomize(cwd, env)
        ? undefined
        : `the node on PATH (${nodeVersion(cwd, env)}) has no --test-randomize`,
};
/** Whether the `node` the preset starts knows --test-randomize (newer Node releases only): its --help says. */
function nodeHasTestRandomize(cwd, env) {
    const probe = (0,external_node_child_process_.spawnSync)('node', ['--help'], { cwd, env, encoding: 'utf8', timeout: 30_000 });
    return probe.status === 0 && probe.stdout.includes('--test-randomize');
}
function nodeVersion(cwd, env) {
    const probe = (0,external_node_child_process_.spawnSync)('node', ['--version'], { cwd, env, encoding: 'utf8', timeout: 30_000 });
    return probe.status === 0 ? probe.stdout.trim() : 'not found';
}
/** One word of a command template whatever the path holds (single quotes, as the template reads them). */
function templateWord(text) {
    return `'${text.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/frameworks/playwright.ts


/** Playwright's JUnit names join the describe path and the title with this. */
const playwright_SEPARATOR = ' › ';
/**
 * Playwright reads each file argument as a regular expression searched in the test file's absolute path,
 * so a plain `a.spec.ts` also selects `a.spec.tsx` and `x/a.spec.ts`. Each file is passed as its absolute
 * path, escaped and anchored at both ends: it can match no other file.
 */
const playwright = {
    name: 'playwright',
    retries: 'the retries option: the JUnit report shows only the final attempt (a flaky test as passed)',
    preset: ({ cwd }) => ({
        framework: 'playwright',
        command: 'npx --no -- playwright test --workers={workers} --reporter=list,junit {files}',
        env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: '{results}' },
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: (file) => `^${escapeJsRegExp((0,external_node_path_.resolve)(cwd ?? process.cwd(), file))}$`,
    }),
    // --grep sees "<project> <file> <describe…> <title>" joined by spaces.
    rerunSelection: (tests) => nameFilterSelection(tests, (test) => fullNamePattern(test.name.split(playwright_SEPARATOR), playwright_SEPARATOR), (patterns) => ['--grep', `(?:^| )(?:${patterns.join('|')})$`]),
    stopReason,
    displayId: (test) => [test.file, ...test.name.split(playwright_SEPARATOR)].filter(Boolean).join(' > '),
};
/**
 * Playwright loads every test file before it runs any test, and stops on the first that fails to load
 * (exit 1, an empty report): it prints `Error: <message>` and, a few lines on, `   at <file>:<line>` in the
 * test folder. The same `Error:` line says "No tests found" when nothing matched.
 */
function stopReason(output) {
    const at = output.findIndex((line) => line.startsWith('Error: '));
    if (at === -1)
        return undefined;
    const where = output.slice(at + 1, at + 30).find((line) => /^\s+at \S+:\d+$/.test(line));
    return where === undefined ? output[at] : `${output[at]} (${where.trim()})`;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
;// CONCATENATED MODULE: ./src/frameworks/pytest-order-plugin.ts


/**
 * A pytest plugin of shardproof's own that shuffles the collected tests with a seed, so that an order that
 * made a test fail can be run again exactly (`order: shuffle`). Written to a folder put on PYTHONPATH and
 * loaded with `-p shardproof_order`: it needs nothing installed. (Debian's pytest-random-order cannot be
 * used: it crashes under `-p no:cacheprovider`, which the pytest preset passes.) Under pytest-xdist every
 * worker collects the same shuffled list (same seed), which xdist requires; only a single worker runs the
 * tests in exactly that order.
 */
const PYTEST_ORDER_MODULE = 'shardproof_order';
const SOURCE = `"""shardproof: run the collected tests in an order shuffled by SHARDPROOF_ORDER_SEED."""
import os
import random


def pytest_collection_modifyitems(session, config, items):
    seed = os.environ.get("SHARDPROOF_ORDER_SEED")
    if seed:
        random.Random(int(seed)).shuffle(items)
`;
/** Writes the plugin into `dir` and returns the folder to put on PYTHONPATH. */
async function writePytestOrderPlugin(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, `${PYTEST_ORDER_MODULE}.py`), SOURCE);
    return dir;
}

;// CONCATENATED MODULE: ./src/frameworks/probe-xdist.ts

/**
 * Whether the python3 the pytest preset will run can import pytest-xdist. Without it `-n N` is an
 * "unrecognized arguments" error (exit 4), so the run step falls back to one worker and says why.
 */
function hasPytestXdist(cwd, env) {
    const probe = (0,external_node_child_process_.spawnSync)('python3', ['-c', 'import xdist'], { cwd, env, stdio: 'ignore', timeout: 30_000 });
    return probe.status === 0;
}

;// CONCATENATED MODULE: ./src/frameworks/pytest.ts



/**
 * pytest: `-n` only with more than one worker, so suites without pytest-xdist still run serially, and one
 * worker in-process is the honest serial baseline. xunit1 keeps the file/line attributes that node ids
 * need. PYTEST_XDIST_AUTO_NUM_WORKERS makes a `-n auto` in the user's addopts mean our count. A file that
 * fails to import would stop the whole session ("Interrupted: 1 error during collection") and leave every
 * other file unrun; --continue-on-collection-errors runs them, and the error is a file-level load error.
 */
const pytest = {
    name: 'pytest',
    retries: 'pytest-rerunfailures reports the final attempt only; surefire-style rerun elements count as retries',
    preset: ({ workers }) => ({
        framework: 'pytest',
        command: 'python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --continue-on-collection-errors ' +
            (workers > 1 ? '-n {workers} ' : '') +
            '--junitxml={results} {files}',
        env: { PYTEST_XDIST_AUTO_NUM_WORKERS: '{workers}' },
        reportExtension: 'xml',
        reportIsStdout: false,
        // A node id or a path: pytest takes both literally.
        fileArg: (file) => file,
    }),
    rerunSelection: pytest_rerunSelection,
    splitArguments(item, { remainderHere, piecesHere, pathArg }) {
        const files = [];
        const filterArgs = [];
        if (item.tests && !remainderHere)
            files.push(...item.tests.map((s) => nodeIdFor(item.file, s)));
        if (item.exceptTests) {
            files.push(item.file);
            for (const selector of item.exceptTests) {
                if (!piecesHere.has(`${item.file}\0${selector}`))
                    filterArgs.push('--deselect', pathArg(nodeIdFor(item.file, selector)));
            }
        }
        return { files, filterArgs };
    },
    unusableWorkers(workers, { cwd, env, ownCommand }) {
        if (!ownCommand || workers <= 1 || hasPytestXdist(cwd, env))
            return undefined;
        return `pytest-xdist is not installed for python3, so -n ${workers} would fail`;
    },
    // pytest's JUnit reports a file it could not collect as a testcase named after the module, with no
    // classname and `<error message="collection failure">`.
    isLoadError: (test) => test.outcome === 'error' &&
        test.message === 'collection failure' &&
        test.file !== undefined &&
        test.file.replace(/\.py$/, '').split('/').join('.').endsWith(test.name),
    // Usage errors stop pytest before it collects anything: `ERROR: file or directory not found: x.py`.
    stopReason: (output) => output.find((line) => line.startsWith('ERROR: ')),
    displayId: (test) => pytestNodeId(test) ?? test.id,
    // xdist's load scheduler hands tests to whichever worker is free, so a seed alone would not fix the order a
    // worker sees; --dist loadfile keeps each file in one worker, in the seeded order.
    // pytest-xdist's JUnit is written as results arrive: one worker's tests in the order it ran them.
    reportInRunOrder: true,
    // pytest runs node ids given on the command line in the order given.
    selectionKeepsOrder: true,
    shuffleArgs: (_seed, { workers }) => [
        '-p',
        PYTEST_ORDER_MODULE,
        ...(workers > 1 ? ['--dist', 'loadfile'] : []),
    ],
    shuffleEnv: async (seed, { helperDir, env }) => {
        const dir = await writePytestOrderPlugin(helperDir);
        return {
            SHARDPROOF_ORDER_SEED: String(seed),
            PYTHONPATH: env.PYTHONPATH ? `${dir}${external_node_path_.delimiter}${env.PYTHONPATH}` : dir,
        };
    },
};
function pytest_rerunSelection(tests) {
    const ids = new Set();
    const unselectable = [];
    for (const test of tests) {
        const nodeId = test.fileError ? test.file : pytestNodeId(test);
        if (nodeId)
            ids.add(nodeId);
        else
            unselectable.push({ test, reason: 'the report names no test file, so there is no pytest node id' });
    }
    return { files: [...ids], filterArgs: [], unselectable };
}
/**
 * pytest node id `path/test_a.py::TestOuter::TestInner::test_x[param]`. JUnit (xunit1) gives
 * file="path/test_a.py" and classname="path.test_a.TestOuter.TestInner": the classes are what
 * follows the module's dotted path (which may be shortened when rootdir differs from the cwd).
 */
function pytestNodeId(test) {
    if (!test.file)
        return undefined;
    const moduleParts = test.file.replace(/\.py$/, '').split('/');
    const suiteParts = test.suite ? test.suite.split('.') : [];
    const moduleName = moduleParts.at(-1);
    const at = suiteParts.lastIndexOf(moduleName ?? '');
    const classes = at >= 0 ? suiteParts.slice(at + 1) : [];
    return [test.file, ...classes, test.name].join('::');
}
/** A plan selector is the `suite::name` part of a test id; pytest wants `file::Class::name`. The suite is a
 * dotted class path and never holds `::`, while a parametrized name can (`test_x[a::b]`): split at the first. */
function nodeIdFor(file, selector) {
    const at = selector.indexOf('::');
    const suite = at === -1 ? undefined : selector.slice(0, at);
    const name = at === -1 ? selector : selector.slice(at + 2);
    return pytestNodeId({ file, suite, name });
}

;// CONCATENATED MODULE: ./src/frameworks/vitest.ts


/** Vitest's JUnit names join the describe path and the title with this. */
const vitest_SEPARATOR = ' > ';
/**
 * Vitest. Its file arguments are case-insensitive substring filters (`a.test.ts` also selects
 * `a.test.tsx` and `x/a.test.ts`), so exactSelectionArgs adds an `--exclude` for every other file on disk
 * that a given path could select. Vitest matches a filter, and the filter made relative to its root, within
 * each file's path relative to that root — which may be a subfolder (`--root`, `cd web && vitest`) that
 * shardproof does not know; both are segment suffixes of the given path, so a file holding the given
 * file's name is excluded (more than needed, never a given file), by its absolute path, which vitest
 * matches from any root. The JUnit testcase names a file (classname) and the describe path and
 * title joined by ` > `; `-t` sees them joined by spaces, so each ` > ` matches either form.
 */
const vitest = {
    name: 'vitest',
    retries: "the retry option: vitest's JUnit reports only the final attempt of a test",
    preset: () => ({
        framework: 'vitest',
        command: 'npx --no -- vitest run --maxWorkers={workers} --reporter=default --reporter=junit ' +
            '--outputFile.junit={results} {files}',
        env: {},
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: (file) => file,
    }),
    rerunSelection: (tests) => nameFilterSelection(tests, (test) => fullNamePattern([...(test.suite ? [test.suite] : []), ...test.name.split(vitest_SEPARATOR)], vitest_SEPARATOR), (patterns) => ['-t', `^(?:${patterns.join('|')})$`]),
    exactSelectionArgs: async (files, cwd) => {
        const others = await substringSiblings(files, cwd);
        return others.flatMap((file) => ['--exclude', escapeGlob((0,external_node_path_.resolve)(cwd, file))]);
    },
    shuffleArgs: (seed) => ['--sequence.shuffle', `--sequence.seed=${seed}`],
    // A file that fails to import: vitest's JUnit reports one failing testcase named after the file.
    isLoadError: (test) => test.name === test.file && test.outcome !== 'passed',
    displayId: (test) => [test.file, test.name].filter(Boolean).join(vitest_SEPARATOR),
};
/** Files under cwd (outside node_modules and .git) that vitest's substring match may select besides the
 * given ones, from whatever root: those whose path holds a given file's name. */
async function substringSiblings(files, cwd) {
    if (files.length === 0)
        return [];
    const wanted = new Set(files.map((f) => (0,external_node_path_.relative)(cwd, `${cwd}/${f}`).split('\\').join('/')));
    const needles = [...new Set([...wanted].map((f) => (0,external_node_path_.basename)(f).toLocaleLowerCase()))];
    const { glob } = await Promise.all(/* import() */[__webpack_require__.e(6), __webpack_require__.e(382)]).then(__webpack_require__.bind(__webpack_require__, 73382)); // loaded when used: bundles start faster without it
    const all = await glob('**/*', { cwd, ignore: ['**/node_modules/**', '**/.git/**'], dot: true });
    return all.filter((path) => {
        if (wanted.has(path))
            return false;
        const lower = path.toLocaleLowerCase();
        return needles.some((n) => lower.includes(n));
    });
}
/** A path as a glob that matches only itself (picomatch: backslash escapes a character). */
function escapeGlob(path) {
    return path.replace(/[\\*?[\]{}()!+@|^$]/g, '\\$&');
}

;// CONCATENATED MODULE: ./src/frameworks/index.ts
/**
 * The framework registry: the one place that maps a name to its module. Everything else asks the module.
 */















const MODULES = {
    pytest: pytest,
    jest: jest,
    vitest: vitest,
    playwright: playwright,
    go: go,
    'node-test': nodeTest,
    custom: custom,
};
function frameworkModule(name) {
    return MODULES[name];
}
/** The preset for a framework input; a user command on a known framework keeps the preset's env
 * (e.g. `poetry run pytest …` still writes the report where shardproof reads it). A command that starts
 * with `cd <dir> &&` gets its file arguments relative to that folder (command-root.ts). */
function resolvePreset(framework, settings) {
    if (!names/* FRAMEWORKS */.i.includes(framework)) {
        throw (0,user_error/* inputError */.X)('framework', framework, `one of ${names/* FRAMEWORKS */.i.join(', ')}`);
    }
    const module = MODULES[framework];
    const command = settings.command?.trim();
    const cwd = settings.cwd ?? process.cwd();
    const root = (0,command_root/* commandRoot */.W)(command, cwd);
    const preset = module.preset({
        ...settings,
        command,
        results: settings.results?.trim(),
        cwd: root === undefined ? cwd : (0,external_node_path_.join)(cwd, root),
    });
    if (!command)
        return preset;
    if (root === undefined)
        return { ...preset, command };
    return { ...preset, command, fileArg: (file) => preset.fileArg((0,command_root/* relativeToRoot */.y)(root, file)) };
}
/** Expands {results}, {workers}, {run} in preset env values. */
function expandPresetEnv(env, values) {
    const expanded = {};
    for (const [key, value] of Object.entries(env)) {
        expanded[key] = value
            .replaceAll('{results}', values.results)
            .replaceAll('{workers}', String(values.workers))
            .replaceAll('{run}', String(values.run));
    }
    return expanded;
}


/***/ }),

/***/ 2377:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ frameworkNamed),
/* harmony export */   i: () => (/* binding */ FRAMEWORKS)
/* harmony export */ });
const FRAMEWORKS = [
    'pytest', 'jest', 'vitest', 'playwright', 'go', 'node-test', 'custom',
]; // prettier-ignore
/** A planned suite's framework name, `custom` when it names none (or one this version does not know). */
function frameworkNamed(name) {
    return FRAMEWORKS.find((f) => f === name) ?? 'custom';
}


/***/ }),

/***/ 11456:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   kz: () => (/* binding */ readNumber)
/* harmony export */ });
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4955);

/** Newline-separated values (commas are legal in globs and file names, so they do not separate). */
function readList(source, name) {
    return source
        .getInput(name)
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
}
function readBoolean(source, name, fallback) {
    const raw = source.getInput(name);
    if (raw === '')
        return fallback;
    if (/^(true|yes|on|1)$/i.test(raw))
        return true;
    if (/^(false|no|off|0)$/i.test(raw))
        return false;
    throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, raw, 'true or false');
}
function readInteger(source, name, fallback, min, max) {
    const raw = source.getInput(name);
    if (raw === '')
        return fallback;
    if (!/^\d+$/.test(raw))
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, raw, `a whole number from ${min} to ${max}`);
    const value = Number(raw);
    if (value < min || value > max)
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, raw, `a whole number from ${min} to ${max}`);
    return value;
}
/** A decimal number in the open or closed range given; '' gives the fallback. */
function readNumber(source, name, fallback, range) {
    const raw = source.getInput(name);
    if (raw === '')
        return fallback;
    const value = /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
    const inside = range.exclusive
        ? value > range.min && value < range.max
        : value >= range.min && value <= range.max;
    if (!inside) {
        const bounds = range.exclusive
            ? `between ${range.min} and ${range.max} (exclusive)`
            : `from ${range.min} to ${range.max}`;
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, raw, `a number ${bounds}`);
    }
    return value;
}
function readChoice(source, name, choices, fallback) {
    const raw = source.getInput(name);
    if (raw === '')
        return fallback;
    const found = choices.find((choice) => choice === raw.toLowerCase());
    if (!found)
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(name, raw, `one of ${choices.join(', ')}`);
    return found;
}


/***/ }),

/***/ 70800:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ firstLines),
/* harmony export */   y: () => (/* binding */ capText)
/* harmony export */ });
/**
 * Cuts text to at most `maxChars` characters (code points, so emoji and CJK are never split in half),
 * ending with "…" when something was cut.
 */
function capText(text, maxChars) {
    if (text.length <= maxChars)
        return text;
    const chars = Array.from(text);
    if (chars.length <= maxChars)
        return text;
    return chars.slice(0, Math.max(0, maxChars - 1)).join('') + '…';
}
/** The first `maxLines` non-empty lines of `text`, then capped to `maxChars`; for plain-text messages. */
function firstLines(text, maxLines, maxChars) {
    const lines = text
        .split(/\r\n|\r|\n/)
        .map((l) => l.trimEnd())
        .filter((l) => l.trim() !== '');
    const kept = lines.slice(0, maxLines);
    const more = lines.length > kept.length ? '\n…' : '';
    return capText(kept.join('\n'), maxChars) + more;
}


/***/ }),

/***/ 37729:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ escapeMarkdown)
/* harmony export */ });
/* unused harmony export MAX_MARKDOWN_TEXT */
/* harmony import */ var _cap_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70800);

/** Default cap for one test name, path or message in markdown, in characters. */
const MAX_MARKDOWN_TEXT = 200;
// Everything GitHub-flavoured markdown or HTML could act on becomes a numeric entity, which renders as the
// character itself: HTML (& < > " '), tables (|), code spans (`), emphasis (* _ ~), links and images ([ ]),
// backslash escapes (\) and math ($).
const ENTITIES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&#39;',
    '|': '&#124;',
    '`': '&#96;',
    '*': '&#42;',
    _: '&#95;',
    '~': '&#126;',
    '[': '&#91;',
    ']': '&#93;',
    '\\': '&#92;',
    $: '&#36;',
};
const SPECIAL = /[&<>"'|`*_~[\]\\$]/g;
// Line breaks, tabs and other control characters would end a table row or a list item.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;
// GitHub turns "@name" into a notification and "#123" into a cross-reference on that issue, and does so
// after decoding entities, so escaping the "@" is not enough. A zero-width joiner between "@"/"#" and the
// name keeps the text readable and copyable-looking but breaks the match.
const ZERO_WIDTH_JOINER = '\u200D';
const MENTION = /@(?=[A-Za-z0-9])/g;
const ISSUE_REFERENCE = /#(?=\d)/g;
/**
 * Makes untrusted text (test names, paths, failure messages: they come from pull requests) inert in
 * markdown and HTML: one line, at most `maxChars` characters before escaping, no markup, no mentions.
 */
function escapeMarkdown(text, maxChars = MAX_MARKDOWN_TEXT) {
    const oneLine = text.replace(CONTROL, ' ');
    return (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_0__/* .capText */ .y)(oneLine, maxChars)
        .replace(MENTION, '@' + ZERO_WIDTH_JOINER)
        .replace(ISSUE_REFERENCE, '#' + ZERO_WIDTH_JOINER)
        .replace(SPECIAL, (c) => ENTITIES[c]);
}


/***/ }),

/***/ 79589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B4: () => (/* binding */ formatCount),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   z3: () => (/* binding */ formatBytes)
/* harmony export */ });
/** Human units for tables and log lines. Unknown (negative or non-finite) values render as an em dash. */
const UNKNOWN = '—';
/** 850 → "850 ms", 12_340 → "12.3 s", 245_000 → "4m 05s", 3_720_000 → "1h 02m". */
function formatDuration(ms) {
    if (!Number.isFinite(ms) || ms < 0)
        return UNKNOWN;
    if (ms < 999.5)
        return `${Math.round(ms)} ms`;
    const tenths = Math.round(ms / 100) / 10;
    if (tenths < 60)
        return `${tenths.toFixed(1)} s`;
    const seconds = Math.round(ms / 1000);
    if (seconds < 3600)
        return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
    const minutes = Math.round(seconds / 60);
    return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}
const BYTE_UNITS = ['KiB', 'MiB', 'GiB', 'TiB'];
/** Binary units, as memory limits are set: 512 → "512 B", 1536 → "1.5 KiB", 2**30 → "1.0 GiB". */
function formatBytes(bytes) {
    if (!Number.isFinite(bytes) || bytes < 0)
        return UNKNOWN;
    if (bytes < 1024)
        return `${Math.round(bytes)} B`;
    let value = bytes / 1024;
    let unit = 0;
    // Move up when rounding would print "1024.0 KiB".
    while (unit < BYTE_UNITS.length - 1 && Number(value.toFixed(1)) >= 1024) {
        value /= 1024;
        unit++;
    }
    return `${value.toFixed(1)} ${BYTE_UNITS[unit]}`;
}
/** 4512 → "4,512": locale-independent, so summaries read the same on every runner. */
function formatCount(n) {
    return String(Math.trunc(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}


/***/ }),

/***/ 94176:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  jk: () => (/* binding */ parseReports)
});

// UNUSED EXPORTS: parseReportFile, parseReportText

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
;// CONCATENATED MODULE: ./src/results/parse-options.ts
const DEFAULT_LIMITS = {
    maxBytes: 2 * 1024 ** 3,
    maxDepth: 256,
    maxDetailChars: 64 * 1024,
    maxJsonBytes: 256 * 1024 ** 2,
};
function parse_options_resolveLimits(options = {}) {
    return {
        maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
        maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
        maxDetailChars: options.maxDetailChars ?? DEFAULT_LIMITS.maxDetailChars,
        maxJsonBytes: options.maxJsonBytes ?? DEFAULT_LIMITS.maxJsonBytes,
        rootDir: options.rootDir,
    };
}

;// CONCATENATED MODULE: ./src/results/number-text.ts
/** Exact powers of ten: every one up to 1e22 is representable, which the fast path below relies on. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);
/**
 * `Number(text)` for the plain decimals reports are full of (`0.123`, `42`), without the runtime call that
 * string-to-number conversion costs for each fresh string. At most 15 characters of digits and one `.`
 * (so at most 15 digits) form an exact integer `m`, and `m / 10^k` is then correctly rounded — the same double
 * `Number()` returns (Clinger's fast path). Anything else is handed to `Number()`.
 */
function decimalNumber(text) {
    const length = text.length;
    if (length === 0 || length > 15)
        return Number(text);
    let mantissa = 0;
    let dot = -1;
    for (let i = 0; i < length; i++) {
        const digit = text.charCodeAt(i) - 48;
        if (digit >= 0 && digit <= 9)
            mantissa = mantissa * 10 + digit;
        else if (digit === -2 /* . */ && dot === -1 && length > 1)
            dot = i;
        else
            return Number(text);
    }
    return dot === -1 ? mantissa : mantissa / POWERS_OF_TEN[length - 1 - dot];
}

;// CONCATENATED MODULE: ./src/results/bounded-text.ts

/**
 * Accumulates text up to a fixed number of characters and remembers how much it dropped, so a test that
 * prints 50 MB to system-out costs at most `limit` characters of memory.
 */
class BoundedText {
    limit;
    parts = [];
    kept = 0;
    dropped = 0;
    constructor(limit) {
        this.limit = limit;
    }
    append(text) {
        if (text.length === 0)
            return;
        const room = this.limit - this.kept;
        if (room <= 0) {
            this.dropped += text.length;
            return;
        }
        const piece = text.length <= room ? text : text.slice(0, room);
        this.parts.push(piece);
        this.kept += piece.length;
        this.dropped += text.length - piece.length;
    }
    get length() {
        return this.kept;
    }
    /** Once full, callers may stop feeding it (and stop decoding what they would feed). */
    get isFull() {
        return this.kept >= this.limit;
    }
    /**
     * The kept text, marked when cut so nobody mistakes it for the whole output. A full buffer counts as cut:
     * callers stop feeding a full buffer, so it cannot know what it missed.
     */
    toString() {
        const text = this.parts.join('');
        if (this.parts.length > 1)
            this.parts = [text];
        return this.dropped > 0 || this.isFull ? `${text}\n... [truncated at ${this.limit} characters]` : text;
    }
}
/** First non-blank line, trimmed; undefined when there is none. Annotations show one line. */
function firstLine(text) {
    if (text === undefined)
        return undefined;
    for (const line of text.split(/\r?\n/, 50)) {
        const trimmed = line.trim();
        if (trimmed !== '')
            return trimmed;
    }
    return undefined;
}
/**
 * Seconds from a JUnit `time` attribute. Reporters write `1,234.5` (thousands separator), `0,5` (decimal
 * comma), empty strings, negative numbers and garbage; anything that is not a sane number becomes 0.
 */
function parseSeconds(raw) {
    if (raw === undefined)
        return 0;
    // Number() ignores surrounding whitespace itself, so the common case needs no trimmed copy.
    let text = raw;
    if (text.includes(',')) {
        text = text.trim();
        const thousands = text.includes('.') || /^\d{1,3}(,\d{3})+$/.test(text);
        text = thousands ? text.replace(/,/g, '') : text.replace(',', '.');
    }
    const value = decimalNumber(text);
    return Number.isFinite(value) && value >= 0 ? value : 0;
}
/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 represents `slice()` results as
 * views of their parent string, so one test name kept from each 1 MiB read chunk would keep every chunk —
 * the whole file — alive. Concatenating and slicing forces V8 to copy into a fresh, flat string.
 */
function ownCopy(text) {
    if (text === undefined || text.length < 13)
        return text; // V8 copies short substrings anyway.
    return (' ' + text).slice(1);
}

;// CONCATENATED MODULE: ./src/results/model.ts
/**
 * One model for every report format (JUnit dialects, go test -json, CTRF).
 * Every value here is plain and JSON-serialisable so it can travel between jobs as an artifact.
 */
function testId(parts) {
    return [parts.file, parts.suite, parts.name].filter((p) => p !== undefined && p !== '').join('::');
}

;// CONCATENATED MODULE: ./src/results/test-identity.ts
/**
 * Where a test lives: the repo-relative file, when a report says or clearly implies it. Reporters disagree
 * wildly (a `file` attribute, a path in `classname`, a dotted Python module), so the rules are here, once.
 */
/** Extensions of test source files; a classname ending in one of these is a path (vitest, playwright, jest). */
const SOURCE_FILE = /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|kts|scala|groovy|php|cs|fs|vb|swift|dart|ex|exs|erl|c|cc|cpp|cxx|h|hpp|m|mm|lua|pl|t|r|jl|zig|nim|hs|ml|clj|cljs|feature)$/i;
const PYTHON_SEGMENT = /^[a-z_][a-z0-9_]*$/;
function normalizePath(raw, rootDir) {
    if (raw === undefined)
        return undefined;
    let path = raw.trim().replace(/\\/g, '/');
    if (path === '')
        return undefined;
    if (rootDir !== undefined) {
        const root = rootDir.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
        if (path.startsWith(root))
            path = path.slice(root.length);
    }
    while (path.startsWith('./'))
        path = path.slice(2);
    return path === '' ? undefined : path;
}
/** A classname that is itself a file path, e.g. vitest's `src/a.test.ts` or playwright's `login.spec.ts`. */
function classnameAsPath(classname) {
    if (/\s/.test(classname) || !SOURCE_FILE.test(classname))
        return undefined;
    return classname;
}
/**
 * pytest without `file`: `tests.unit.test_x.TestClass` → `tests/unit/test_x.py`. Only when every module
 * segment is a lowercase Python identifier, the last is named like a pytest module (`test_*`, `*_test`) and
 * what follows, if anything, is a pytest class (`Test*`) — so Java's `com.acme.test_utils.FooTest` stays
 * a class name.
 */
function pythonModulePath(classname) {
    const segments = classname.split('.');
    let moduleEnd = -1;
    for (let i = 0; i < segments.length; i++) {
        const segment = segments[i];
        if (!PYTHON_SEGMENT.test(segment))
            break;
        if (segment.startsWith('test_') || segment.endsWith('_test'))
            moduleEnd = i;
    }
    if (moduleEnd === -1)
        return undefined;
    const rest = segments.slice(moduleEnd + 1);
    if (rest.length > 0 && !rest[0].startsWith('Test'))
        return undefined;
    return segments.slice(0, moduleEnd + 1).join('/') + '.py';
}
/**
 * File: the testcase's `file`, else the nearest suite's `file` (when it names a file, not a folder), else
 * what the classname implies. Suite: the classname, else the nearest suite name — dropped when it merely
 * repeats the file.
 */
function identify(classname, testcaseFile, suiteName, suiteFile, rootDir) {
    const cls = classname?.trim() || undefined;
    const pathFromClass = cls === undefined ? undefined : classnameAsPath(cls);
    let file = normalizePath(testcaseFile, rootDir);
    if (file === undefined && suiteFile !== undefined && !/[/\\]\s*$/.test(suiteFile)) {
        file = normalizePath(suiteFile, rootDir);
    }
    if (file === undefined && cls !== undefined) {
        file = normalizePath(pathFromClass, rootDir) ?? pythonModulePath(cls);
    }
    let suite = pathFromClass === undefined ? cls : undefined;
    suite ??= suiteName?.trim() || undefined;
    if (suite !== undefined && (suite === file || suite === pathFromClass))
        suite = undefined;
    return { file, suite };
}

;// CONCATENATED MODULE: ./src/results/ctrf-parser.ts




/** CTRF statuses (https://ctrf.io). `other` is not a pass, so it must not count as one. */
const OUTCOMES = {
    passed: 'passed',
    failed: 'failed',
    skipped: 'skipped',
    pending: 'skipped',
    other: 'error',
};
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
/** A non-blank string; CTRF's stdout/stderr are arrays of lines, so those are joined. */
function ctrf_parser_text(value) {
    const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : value;
    return typeof joined === 'string' && joined.trim() !== '' ? joined : undefined;
}
/** The test array of a CTRF document, or undefined when the JSON has another shape. */
function ctrfTests(document) {
    if (!isRecord(document) || !isRecord(document.results))
        return undefined;
    return Array.isArray(document.results.tests) ? document.results.tests : undefined;
}
/** Converts one CTRF document (already parsed; CTRF is a single JSON value) into TestResults. */
function collectCtrf(document, source, limits, emit, warnings) {
    const tests = ctrfTests(document);
    if (tests === undefined) {
        throw new user_error/* UserError */.y(`${source}: JSON, but not a CTRF report ({"results":{"tests":[…]}}) nor go test -json output.`);
    }
    let unknownStatuses = 0;
    tests.forEach((entry, index) => {
        if (!isRecord(entry))
            throw new user_error/* UserError */.y(`${source}: results.tests[${index}] is not an object.`);
        const status = typeof entry.status === 'string' ? entry.status : '';
        const outcome = OUTCOMES[status];
        if (outcome === undefined)
            unknownStatuses++;
        emit(toResult(entry, outcome ?? 'error', index, limits));
    });
    if (unknownStatuses > 0) {
        warnings.push(`${source}: ${unknownStatuses} test(s) have an unknown CTRF status; counted as errors.`);
    }
}
function toResult(entry, outcome, index, limits) {
    const name = ctrf_parser_text(entry.name) ?? `(unnamed test ${index + 1})`;
    const file = normalizePath(ctrf_parser_text(entry.filePath), limits.rootDir);
    const suite = Array.isArray(entry.suite)
        ? entry.suite.filter((s) => typeof s === 'string').join(' > ') || undefined
        : ctrf_parser_text(entry.suite);
    const duration = typeof entry.duration === 'number' && entry.duration > 0 ? entry.duration / 1000 : 0;
    const result = { id: testId({ file, suite, name }), name, outcome, duration };
    if (file !== undefined)
        result.file = file;
    if (suite !== undefined)
        result.suite = suite;
    if (typeof entry.line === 'number' && Number.isInteger(entry.line) && entry.line > 0)
        result.line = entry.line;
    const retries = typeof entry.retries === 'number' && entry.retries > 0 ? Math.floor(entry.retries) : 0;
    if (retries > 0 && (entry.flaky === true || outcome !== 'passed'))
        result.retriedFailures = retries;
    const message = firstLine(ctrf_parser_text(entry.message));
    if (message !== undefined && outcome !== 'passed')
        result.message = message;
    if (outcome === 'failed' || outcome === 'error') {
        const details = new BoundedText(limits.maxDetailChars);
        for (const part of [ctrf_parser_text(entry.message), ctrf_parser_text(entry.trace), ctrf_parser_text(entry.stdout), ctrf_parser_text(entry.stderr)]) {
            if (part === undefined)
                continue;
            if (details.length > 0)
                details.append('\n\n');
            details.append(part);
        }
        if (details.length > 0)
            result.details = details.toString();
    }
    return result;
}

;// CONCATENATED MODULE: ./src/results/go-json-collector.ts


/** A line this long is not a test2json event; skip it rather than buffer it. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;
/** Lines go test prints itself around a test's own output; never the interesting part of a failure. */
const FRAMING_LINE = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP)|(PASS|FAIL|ok)(\s|$)|\?\s)/;
/** First line a human would call the reason: `foo_test.go:12: want 3, got 4`, a panic, a build error. */
function goFailureMessage(output) {
    for (const raw of output.split('\n')) {
        const line = raw.trim();
        if (line !== '' && !line.startsWith('#') && !FRAMING_LINE.test(line))
            return line.slice(0, 1000);
    }
    return undefined;
}
/**
 * Streams `go test -json` lines into TestResults. Subtests (`TestA/sub`) are tests of their own. A package
 * that fails without a failing test (build failure, panic in init, TestMain exit) becomes one failed result
 * named `(package)`, and tests still running when their package failed or the file ended are failed too —
 * a failure is never lost because go could not attribute it.
 */
class GoJsonCollector {
    source;
    limits;
    emit;
    warnings;
    onFileTime;
    partial = '';
    ignoredLines = 0;
    packages = new Map();
    buildOutput = new Map();
    /** Packages that reported at least one test: only their elapsed time is a measured test time. */
    withTests = new Set();
    constructor(source, limits, emit, warnings, 
    /** A package's own elapsed time (its `pass`/`fail` event): build, TestMain and every test included. */
    onFileTime = () => { }) {
        this.source = source;
        this.limits = limits;
        this.emit = emit;
        this.warnings = warnings;
        this.onFileTime = onFileTime;
    }
    write(chunk) {
        let text = this.partial + chunk;
        let start = 0;
        for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
            this.line(text.slice(start, nl));
            start = nl + 1;
        }
        text = text.slice(start);
        if (text.length > MAX_LINE_CHARS) {
            this.ignoredLines++;
            text = '';
        }
        this.partial = text;
    }
    end() {
        if (this.partial !== '')
            this.line(this.partial);
        this.partial = '';
        for (const [name, state] of this.packages) {
            this.failUnfinished(name, state, 'no result: the output ended while this test was running');
        }
        if (this.ignoredLines > 0) {
            this.warnings.push(`${this.source}: ignored ${this.ignoredLines} line(s) that are not go test -json events.`);
        }
    }
    line(raw) {
        const line = raw.trim();
        if (line === '')
            return;
        let event;
        try {
            event = line.startsWith('{') ? JSON.parse(line) : {};
        }
        catch {
            event = {};
        }
        if (typeof event !== 'object' || event === null || typeof event.Action !== 'string') {
            // go test -json interleaves compiler and linker output with events.
            this.ignoredLines++;
            return;
        }
        this.event(event, event.Action);
    }
    event(event, action) {
        const output = typeof event.Output === 'string' ? event.Output : '';
        if (action === 'build-output' && typeof event.ImportPath === 'string') {
            this.bufferFor(this.buildOutput, event.ImportPath).append(output);
            return;
        }
        // Hand-made or very old streams omit Package; their tests still count.
        const packageName = typeof event.Package === 'string' ? event.Package : '';
        const pkg = this.packageState(packageName);
        const test = typeof event.Test === 'string' && event.Test !== '' ? event.Test : undefined;
        const elapsed = typeof event.Elapsed === 'number' && event.Elapsed > 0 ? event.Elapsed : 0;
        if (test === undefined) {
            if (action === 'output')
                pkg.output.append(output);
            else if (action === 'fail')
                this.packageFailed(packageName, pkg, event.FailedBuild);
            if (action === 'pass' || action === 'fail' || action === 'skip') {
                this.packages.delete(packageName);
                if (elapsed > 0 && packageName !== '' && this.withTests.has(packageName)) {
                    this.onFileTime(packageName, elapsed);
                }
            }
            return;
        }
        this.withTests.add(packageName);
        if (action === 'run')
            pkg.running.set(test, new BoundedText(this.limits.maxDetailChars));
        // Output for a test that is not running (printed after it finished) still belongs to the package.
        else if (action === 'output')
            (pkg.running.get(test) ?? pkg.output).append(output);
        else if (action === 'pass' || action === 'fail' || action === 'skip') {
            const outcome = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
            if (outcome === 'failed')
                pkg.failedTests++;
            const text = pkg.running.get(test)?.toString() ?? '';
            pkg.running.delete(test);
            this.emitTest(packageName, test, outcome, elapsed, text);
        }
    }
    packageFailed(name, pkg, failedBuild) {
        this.failUnfinished(name, pkg, 'no result: the package failed while this test was running (panic, timeout or os.Exit?)');
        if (pkg.failedTests > 0)
            return;
        const build = typeof failedBuild === 'string' ? this.buildOutput.get(failedBuild)?.toString() : undefined;
        const details = [build, pkg.output.toString()]
            .filter((t) => t !== undefined && t.trim() !== '')
            .join('\n');
        this.emitTest(name, '(package)', 'failed', 0, details);
    }
    failUnfinished(name, pkg, reason) {
        for (const [test, output] of pkg.running) {
            pkg.failedTests++;
            this.emitTest(name, test, 'failed', 0, `${reason}\n${output.toString()}`);
        }
        pkg.running.clear();
    }
    emitTest(pkg, testName, outcome, duration, output) {
        const name = ownCopy(testName);
        const result = { id: testId({ suite: pkg, name }), name, outcome, duration };
        if (pkg !== '')
            result.suite = ownCopy(pkg);
        if (outcome !== 'passed') {
            const message = goFailureMessage(output);
            if (message !== undefined)
                result.message = ownCopy(message);
            if (outcome !== 'skipped' && output.trim() !== '')
                result.details = ownCopy(output.trimEnd());
        }
        this.emit(result);
    }
    packageState(name) {
        let state = this.packages.get(name);
        if (state === undefined) {
            state = { output: new BoundedText(this.limits.maxDetailChars), failedTests: 0, running: new Map() };
            this.packages.set(name, state);
        }
        return state;
    }
    bufferFor(map, key) {
        let buffer = map.get(key);
        if (buffer === undefined) {
            buffer = new BoundedText(this.limits.maxDetailChars);
            map.set(key, buffer);
        }
        return buffer;
    }
}

;// CONCATENATED MODULE: ./src/results/junit-collector.ts





/** What a child element of <testcase> means. Surefire's reruns are counted, never the final outcome. */
const RESULT_KIND = {
    error: 'error',
    failure: 'failure',
    skipped: 'skipped',
    flakyFailure: 'retry',
    flakyError: 'retry',
    rerunFailure: 'retry',
    rerunError: 'retry',
    'system-out': 'output',
    'system-err': 'output',
};
/** One <testcase> while it is open. Every text buffer is bounded, so a huge system-out costs nothing. */
class OpenTestcase {
    attributes;
    depth;
    line;
    limit;
    errors = 0;
    failures = 0;
    skips = 0;
    retries = 0;
    /** Message of the element that decides the outcome, and of the first retry (for flaky passes). */
    messages = {};
    /** Created on first use: most testcases pass silently and need none of them. */
    body;
    retryBody;
    output;
    /** The child element being read and its own text (for a message when there is no `message` attribute). */
    child;
    constructor(attributes, depth, line, limit) {
        this.attributes = attributes;
        this.depth = depth;
        this.line = line;
        this.limit = limit;
    }
    /** The buffer that text of a child of this kind accumulates in. */
    target(kind) {
        if (kind === 'output')
            return (this.output ??= new BoundedText(this.limit));
        if (kind === 'retry')
            return (this.retryBody ??= new BoundedText(this.limit));
        return (this.body ??= new BoundedText(this.limit));
    }
    get outcome() {
        if (this.errors > 0)
            return 'error';
        if (this.failures > 0)
            return 'failed';
        return this.skips > 0 ? 'skipped' : 'passed';
    }
}
/**
 * Turns the tokenizer's events for any JUnit dialect into TestResults: `<testsuites>` or a bare `<testsuite>`
 * root, nested suites, `file`/`classname`/`line` attributes, surefire flaky and rerun elements.
 * Outcome per testcase: any <error> → error, else any <failure> → failed, else any <skipped> → skipped.
 */
class JUnitCollector {
    source;
    limits;
    emit;
    currentLine;
    warnings;
    onFileTime;
    depth = 0;
    suites = [];
    testcase;
    unnamed = 0;
    /** Forgotten whenever the enclosing suite changes, since the suite feeds into the identity. */
    lastIdentity;
    constructor(source, limits, emit, currentLine, warnings, 
    /** The time of the outermost testsuites whose testcases all share one file (or class): the file's own
     * time, setup included, which the sum of its tests misses. */
    onFileTime = () => { }) {
        this.source = source;
        this.limits = limits;
        this.emit = emit;
        this.currentLine = currentLine;
        this.warnings = warnings;
        this.onFileTime = onFileTime;
    }
    get wantsText() {
        const text = this.testcase?.child?.text;
        return text !== undefined && !text.isFull;
    }
    open(name, attributes) {
        this.depth++;
        if (this.depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
            throw new user_error/* UserError */.y(`${this.source}:${this.currentLine()}: not a JUnit XML report: the root element is <${name}>, ` +
                'expected <testsuites> or <testsuite>.');
        }
        const testcase = this.testcase;
        if (testcase !== undefined) {
            this.openInsideTestcase(testcase, name, attributes);
        }
        else if (name === 'testsuite') {
            this.suites.push({
                name: attributes.name,
                file: attributes.file ?? attributes.filepath,
                seconds: parseSeconds(attributes.time),
                nested: [],
            });
            this.lastIdentity = undefined;
        }
        else if (name === 'testcase') {
            // The line is only needed to point at a nameless testcase; counting lines per testcase is not free.
            const line = attributes.name?.trim() ? 0 : this.currentLine();
            this.testcase = new OpenTestcase(attributes, this.depth, line, this.limits.maxDetailChars);
        }
    }
    close(name) {
        const testcase = this.testcase;
        if (testcase !== undefined) {
            if (this.depth === testcase.depth) {
                this.testcase = undefined;
                this.emit(this.finish(testcase));
            }
            else if (testcase.child?.depth === this.depth) {
                this.closeChild(testcase);
            }
        }
        else if (name === 'testsuite') {
            this.closeSuite(this.suites.pop());
            this.lastIdentity = undefined;
        }
        this.depth--;
    }
    text(text) {
        this.testcase?.child?.text?.append(text);
    }
    /** Hands a closed suite's file time to its parent; the outermost single-file suites are reported. */
    closeSuite(suite) {
        const own = typeof suite.timedKey === 'string' && suite.seconds > 0 && Number.isFinite(suite.seconds)
            ? [[suite.timedKey, suite.seconds]]
            : [];
        const times = own.length > 0 ? own : suite.nested;
        const parent = this.suites.at(-1);
        if (parent === undefined) {
            for (const [key, seconds] of times)
                this.onFileTime(key, seconds);
            return;
        }
        if (suite.timedKey !== undefined)
            parent.timedKey = mergeKey(parent.timedKey, suite.timedKey);
        parent.nested.push(...times);
    }
    openInsideTestcase(testcase, name, attributes) {
        if (testcase.child !== undefined || this.depth !== testcase.depth + 1)
            return;
        const kind = RESULT_KIND[name];
        if (kind === undefined)
            return;
        if (kind === 'error')
            testcase.errors++;
        else if (kind === 'failure')
            testcase.failures++;
        else if (kind === 'skipped')
            testcase.skips++;
        else if (kind === 'retry')
            testcase.retries++;
        if (kind !== 'output' && testcase.messages[kind] === undefined && attributes.message !== undefined) {
            testcase.messages[kind] = attributes.message;
        }
        // Stop reading text once the destination is full: later text would only be counted and dropped.
        const wanted = !testcase.target(kind).isFull;
        testcase.child = {
            kind,
            name,
            depth: this.depth,
            text: wanted ? new BoundedText(this.limits.maxDetailChars) : undefined,
        };
    }
    closeChild(testcase) {
        const child = testcase.child;
        testcase.child = undefined;
        if (child.text === undefined)
            return;
        const text = child.text.toString().trim();
        if (text === '')
            return;
        const kind = child.kind;
        if (kind !== 'output' && testcase.messages[kind] === undefined)
            testcase.messages[kind] = firstLine(text);
        const target = testcase.target(kind);
        if (target.length > 0)
            target.append('\n\n');
        target.append(kind === 'output' ? `--- ${child.name} ---\n${text}` : text);
    }
    finish(testcase) {
        const attrs = testcase.attributes;
        const identity = this.identity(attrs.classname, attrs.file);
        let name = ownCopy(attrs.name?.trim() ?? '');
        if (name === '') {
            name = `(unnamed testcase ${++this.unnamed})`;
            this.warn(`${this.source}:${testcase.line}: a <testcase> has no name; reported as "${name}".`);
        }
        const outcome = testcase.outcome;
        const result = {
            id: identity.idHead === '' ? name : identity.idHead + name,
            name,
            outcome,
            duration: parseSeconds(attrs.time),
        };
        if (identity.file !== undefined)
            result.file = identity.file;
        if (identity.suite !== undefined)
            result.suite = identity.suite;
        const suite = this.suites.at(-1);
        if (suite !== undefined)
            suite.timedKey = mergeKey(suite.timedKey, identity.file ?? identity.suite ?? null);
        const line = attrs.line === undefined ? NaN : decimalNumber(attrs.line);
        if (Number.isInteger(line) && line > 0)
            result.line = line;
        if (testcase.retries > 0)
            result.retriedFailures = testcase.retries;
        this.describe(result, testcase);
        return result;
    }
    /** Message and details: only for tests that did not simply pass, so passing output is never kept. */
    describe(result, testcase) {
        const key = result.outcome === 'error'
            ? 'error'
            : result.outcome === 'failed'
                ? 'failure'
                : result.outcome === 'skipped'
                    ? 'skipped'
                    : 'retry';
        if (key === 'retry' && testcase.retries === 0)
            return;
        const rawMessage = testcase.messages[key];
        const message = firstLine(rawMessage);
        if (message !== undefined)
            result.message = ownCopy(message);
        const body = key === 'retry' ? testcase.retryBody : testcase.body;
        const parts = [];
        if (body !== undefined && body.length > 0)
            parts.push(body.toString());
        else if (rawMessage !== undefined && rawMessage.trim() !== message)
            parts.push(rawMessage.trim());
        if (testcase.output !== undefined && key !== 'skipped')
            parts.push(testcase.output.toString());
        if (parts.length > 0) {
            const details = parts.join('\n\n');
            const limit = this.limits.maxDetailChars;
            result.details = ownCopy(details.length > limit ? `${details.slice(0, limit)}\n... [truncated]` : details);
        }
    }
    /**
     * File and suite for a testcase, remembered for the previous testcase: neighbours usually share classname
     * and file, and the path rules (regexes, normalisation) were a measurable share of parse time.
     */
    identity(classname, file) {
        const last = this.lastIdentity;
        if (last !== undefined && last.classname === classname && last.testcaseFile === file)
            return last;
        const suite = this.suites[this.suites.length - 1];
        const fileSuite = this.suites.findLast((s) => s.file !== undefined);
        const found = identify(classname, file, suite?.name, fileSuite?.file, this.limits.rootDir);
        const identity = { file: ownCopy(found.file), suite: ownCopy(found.suite) };
        // testId without a name is "file::suite"; appending "::name" gives exactly testId(file, suite, name).
        const idPrefix = testId({ ...identity, name: '' });
        const idHead = idPrefix === '' ? '' : ownCopy(`${idPrefix}::`);
        this.lastIdentity = { ...identity, idHead, classname, testcaseFile: file };
        return this.lastIdentity;
    }
    warn(message) {
        // A report with thousands of nameless tests should not produce thousands of log lines.
        if (this.warnings.length < 20)
            this.warnings.push(message);
        else if (this.warnings.length === 20)
            this.warnings.push(`${this.source}: further warnings suppressed.`);
    }
}
function mergeKey(a, b) {
    return a === undefined || a === b ? b : null;
}

;// CONCATENATED MODULE: ./src/results/sniff-format.ts
/** How much of a file we look at before giving up on recognising it. */
const SNIFF_LIMIT = 64 * 1024;
/** A test2json event line: go test -json, possibly after `go build` noise. */
const GO_EVENT_LINE = /^\s*\{\s*"(Time|Action|ImportPath|Package)"\s*:/m;
/**
 * The format of a report from its first bytes, never its name: people name reports `.xml`, `.json`,
 * `.out`, `.txt`. `<` means XML; a first line that is a JSON object with an `Action` is go test -json;
 * any other JSON is a candidate for CTRF (decided once the whole document is read).
 * `complete` says whether `head` is the whole file.
 */
function sniffFormat(head, complete) {
    const start = head.search(/[^\s\uFEFF]/);
    if (start === -1)
        return complete || head.length >= SNIFF_LIMIT ? 'empty' : 'need-more';
    const first = head[start];
    if (first === '<')
        return 'junit';
    const newline = head.indexOf('\n', start);
    if (newline === -1 && !complete && head.length < SNIFF_LIMIT)
        return 'need-more';
    const firstLine = head.slice(start, newline === -1 ? head.length : newline).trim();
    if (first === '{') {
        if (isGoEvent(firstLine))
            return 'go-json';
        return 'json';
    }
    if (GO_EVENT_LINE.test(head))
        return 'go-json';
    return complete || head.length >= SNIFF_LIMIT ? 'unknown' : 'need-more';
}
function isGoEvent(line) {
    if (!GO_EVENT_LINE.test(line))
        return false;
    try {
        const value = JSON.parse(line);
        return (typeof value === 'object' &&
            value !== null &&
            typeof value.Action === 'string');
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/results/xml-entities.ts
/**
 * The five predefined XML entities and numeric character references. Nothing else is ever expanded:
 * documents that declare entities are refused by the tokenizer before any content is read.
 * References are recognised in place, by character codes, so decoding allocates only the output.
 */
function named(text, start, length) {
    // Compared by code, never looked up in an object: `&constructor;` must not find Object.prototype.constructor.
    const a = text.charCodeAt(start);
    const b = text.charCodeAt(start + 1);
    if (length === 2 && b === 116 /* t */)
        return a === 108 /* l */ ? '<' : a === 103 /* g */ ? '>' : undefined;
    if (length === 3)
        return text.startsWith('amp', start) ? '&' : undefined;
    if (length !== 4)
        return undefined;
    if (text.startsWith('quot', start))
        return '"';
    return text.startsWith('apos', start) ? "'" : undefined;
}
function fromCodePoint(code) {
    // Lone surrogates and out-of-range code points would make invalid strings; keep a visible placeholder.
    if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff))
        return '\uFFFD';
    return String.fromCodePoint(code);
}
/** `&#…;` between `start` (after `#`) and `end` (the `;`): 1–10 decimal or `x` and 1–8 hex digits. */
function numeric(text, start, end) {
    const hex = text.charCodeAt(start) === 120 /* x */ || text.charCodeAt(start) === 88; /* X */
    const first = hex ? start + 1 : start;
    const digits = end - first;
    if (digits < 1 || digits > (hex ? 8 : 10))
        return undefined;
    let code = 0;
    for (let i = first; i < end; i++) {
        const c = text.charCodeAt(i);
        let digit = c - 48;
        if (hex && !(digit >= 0 && digit <= 9))
            digit = (c | 32) - 87; // a-f / A-F → 10–15
        if (!(digit >= 0 && digit < (hex ? 16 : 10)))
            return undefined;
        code = code * (hex ? 16 : 10) + digit;
    }
    return fromCodePoint(code);
}
/** The replacement for the reference between `&` and `;` (exclusive), or undefined to keep it literally. */
function resolveReference(text, start, end) {
    if (text.charCodeAt(start) === 35 /* # */)
        return numeric(text, start + 1, end);
    // Unknown names (&nbsp; from HTML-minded reporters) stay literal rather than failing the whole report.
    return named(text, start, end - start);
}
/** Decodes references with indexOf and slices: a regex replace with a callback was the parser's hot spot. */
function decodeEntities(text) {
    let amp = text.indexOf('&');
    if (amp === -1)
        return text;
    let out = '';
    let copied = 0;
    while (amp !== -1) {
        const semi = text.indexOf(';', amp + 1);
        if (semi === -1)
            break;
        if (semi - amp <= 12) {
            const replacement = resolveReference(text, amp + 1, semi);
            if (replacement !== undefined) {
                out += text.slice(copied, amp) + replacement;
                copied = semi + 1;
            }
        }
        amp = text.indexOf('&', amp + 1);
    }
    return copied === 0 ? text : out + text.slice(copied);
}
/**
 * Where a chunk of text must be cut so that a reference split across chunk boundaries (`&am` | `p;`) is
 * decoded whole: the index of a trailing, unterminated `&`, or `text.length` when there is none.
 */
function safeTextEnd(text, from) {
    const amp = text.lastIndexOf('&');
    if (amp < from || text.length - amp > 12)
        return text.length;
    return text.indexOf(';', amp) === -1 ? amp : text.length;
}

;// CONCATENATED MODULE: ./src/results/xml-attributes.ts

/**
 * Names JUnit dialects use. String literals are internalized by V8, so storing attributes under them and
 * reading `attributes.name` later both take the fast property paths (a name sliced from the input would
 * be internalized again on every keyed store).
 */
const KNOWN_NAMES = [
    'testsuites',
    'testsuite',
    'testcase',
    'properties',
    'property',
    'failure',
    'error',
    'skipped',
    'system-out',
    'system-err',
    'flakyFailure',
    'flakyError',
    'rerunFailure',
    'rerunError',
    'stackTrace',
    'name',
    'value',
    'classname',
    'class',
    'time',
    'file',
    'filepath',
    'line',
    'tests',
    'failures',
    'errors',
    'disabled',
    'assertions',
    'timestamp',
    'hostname',
    'id',
    'package',
    'message',
    'type',
];
/** Open-addressing table: a power of two, at most a third full, so a probe rarely looks past one slot. */
const TABLE_SIZE = 256;
const MASK = TABLE_SIZE - 1;
/** Names learned from the input; a report with more distinct names than this just does not get them reused. */
const MAX_LEARNED = 48;
const GT = 62;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;
function isSpace(code) {
    return code === 32 || code === 10 || code === 9 || code === 13;
}
/** Whether `buf` holds `known` at `start` (the caller checked the length); `startsWith` measured slower. */
function sameText(buf, start, known) {
    for (let k = known.length - 1; k >= 0; k--) {
        if (buf.charCodeAt(start + k) !== known.charCodeAt(k))
            return false;
    }
    return true;
}
function hashName(name) {
    let hash = 0;
    for (let i = 0; i < name.length; i++)
        hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
    return hash;
}
/**
 * Reads element names and attributes of start tags. The same few names repeat millions of times, and so do
 * many values (a file's tests share `classname` and `file`), so both are recognised in place in the buffer
 * and reused rather than sliced, decoded and allocated again.
 */
class XmlTagReader {
    failAt;
    names = new Array(TABLE_SIZE).fill(undefined);
    /** Whether the name in a slot has passed the element-name check (attribute names are not checked). */
    validElement = new Array(TABLE_SIZE).fill(false);
    learned = 0;
    /** Set by `readName`: where the name ended and which slot holds it (-1 when it was not kept). */
    nameEnd = 0;
    nameSlot = -1;
    /** After a complete `readAttributes`: the attributes, the index after the tag and whether it was `/>`. */
    attributes = {};
    tagEnd = 0;
    selfClosing = false;
    constructor(failAt) {
        this.failAt = failAt;
        for (const name of KNOWN_NAMES) {
            const slot = this.freeSlot(hashName(name) ^ name.length);
            this.names[slot] = name;
            this.validElement[slot] = !/[<>"'=&]/.test(name);
        }
    }
    /** The element name at `start` (just after `<`), or undefined when the buffer ends inside it. */
    elementName(buf, start) {
        const name = this.readName(buf, start, false);
        if (name === undefined)
            return undefined;
        const slot = this.nameSlot;
        if (slot === -1 || !this.validElement[slot]) {
            if (name === '' || /[<>"'=&]/.test(name)) {
                this.failAt(start - 1, `malformed tag name ${JSON.stringify(name.slice(0, 40))}`);
            }
            if (slot !== -1)
                this.validElement[slot] = true;
        }
        return name;
    }
    /** Index just after the name read by the last `elementName`. */
    get elementNameEnd() {
        return this.nameEnd;
    }
    /** Reads attributes from `i` through `>` or `/>`; false when the buffer ends first (nothing is kept). */
    readAttributes(buf, i, element) {
        const len = buf.length;
        const attributes = {};
        for (;;) {
            let c = buf.charCodeAt(i);
            while (isSpace(c))
                c = buf.charCodeAt(++i);
            if (i >= len)
                return false;
            if (c === GT)
                return this.complete(attributes, i + 1, false);
            if (c === SLASH) {
                if (i + 1 >= len)
                    return false;
                if (buf.charCodeAt(i + 1) !== GT)
                    this.failAt(i, `expected '/>' in <${element}>`);
                return this.complete(attributes, i + 2, true);
            }
            const name = this.readName(buf, i, true);
            if (name === undefined)
                return false;
            i = this.nameEnd;
            c = buf.charCodeAt(i);
            while (isSpace(c))
                c = buf.charCodeAt(++i);
            if (i >= len)
                return false;
            if (c !== EQUALS || name === '') {
                this.failAt(i, `malformed attribute ${JSON.stringify(name.slice(0, 40))} in <${element}>`);
            }
            c = buf.charCodeAt(++i);
            while (isSpace(c))
                c = buf.charCodeAt(++i);
            if (i >= len)
                return false;
            if (c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) {
                this.failAt(i, `attribute ${name} in <${element}> is not quoted`);
            }
            const close = buf.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
            if (close === -1)
                return false;
            // `__proto__` would replace the object's prototype; no report needs it.
            if (name !== '__proto__')
                attributes[name] = decodeEntities(buf.slice(i + 1, close));
            i = close + 1;
        }
    }
    complete(attributes, tagEnd, selfClosing) {
        this.attributes = attributes;
        this.tagEnd = tagEnd;
        this.selfClosing = selfClosing;
        return true;
    }
    /**
     * The name starting at `start`, hashed while it is scanned and looked up in the table, or undefined when
     * the buffer ends inside it. Element names end at space, `>` or `/`; attribute names also at `=` and `<`.
     */
    readName(buf, start, attribute) {
        const len = buf.length;
        let hash = 0;
        let i = start;
        for (; i < len; i++) {
            const c = buf.charCodeAt(i);
            if (c <= 32 ? isSpace(c) : c === GT || c === SLASH || (attribute && (c === EQUALS || c === LT)))
                break;
            hash = (Math.imul(hash, 31) + c) | 0;
        }
        if (i >= len)
            return undefined;
        this.nameEnd = i;
        const length = i - start;
        let slot = (hash ^ length) & MASK;
        for (let known = this.names[slot]; known !== undefined; known = this.names[slot]) {
            if (known.length === length && sameText(buf, start, known)) {
                this.nameSlot = slot;
                return known;
            }
            slot = (slot + 1) & MASK;
        }
        const name = buf.slice(start, i);
        if (this.learned < MAX_LEARNED && length > 0) {
            this.learned++;
            // A kept name must not be a view into (and so keep alive) the whole read chunk.
            this.names[slot] = name.length < 13 ? name : (' ' + name).slice(1);
            this.nameSlot = slot;
        }
        else {
            this.nameSlot = -1;
        }
        return name;
    }
    freeSlot(hash) {
        let slot = hash & MASK;
        while (this.names[slot] !== undefined)
            slot = (slot + 1) & MASK;
        return slot;
    }
}

;// CONCATENATED MODULE: ./src/results/xml-tokenizer.ts



/** A start tag this long is not a test report; stop buffering instead of waiting for a `>` forever. */
const MAX_TAG_CHARS = 16 * 1024 * 1024;
var Mode;
(function (Mode) {
    Mode[Mode["Text"] = 0] = "Text";
    Mode[Mode["Cdata"] = 1] = "Cdata";
    Mode[Mode["Comment"] = 2] = "Comment";
    Mode[Mode["Instruction"] = 3] = "Instruction";
})(Mode || (Mode = {}));
const xml_tokenizer_SLASH = 47;
const BANG = 33;
const QUESTION = 63;
/**
 * A streaming, non-validating XML scanner over string chunks, written for hostile input: it refuses DTDs
 * (so no entity is ever expanded — no XXE, no billion laughs), caps nesting depth and tag size, and keeps
 * only the unconsumed tail of the input in memory. Feed it with `write()` and finish with `end()`.
 */
class XmlTokenizer {
    handler;
    options;
    buf = '';
    pos = 0;
    linesBefore = 0;
    countedTo = 0;
    countedLines = 0;
    mode = Mode.Text;
    stack = [];
    rootSeen = false;
    tags = new XmlTagReader((index, message) => this.failAt(index, message));
    constructor(handler, options) {
        this.handler = handler;
        this.options = options;
    }
    write(chunk) {
        this.discardConsumed();
        this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
        this.scan(false);
    }
    end() {
        this.scan(true);
        if (this.mode !== Mode.Text)
            this.fail(`unexpected end of file inside ${this.modeName()}`);
        if (this.pos < this.buf.length) {
            // Only an unterminated tag can be left over in text mode.
            this.fail(`unexpected end of file inside a tag: ${JSON.stringify(this.buf.slice(this.pos, this.pos + 40))}`);
        }
        if (this.stack.length > 0)
            this.fail(`unexpected end of file inside <${this.stack[this.stack.length - 1]}>`);
        if (!this.rootSeen)
            this.fail('no XML element found (empty or not XML)');
    }
    /** 1-based line of the scanner's position. Counted forward from the last query, so asking per tag is cheap. */
    currentLine() {
        return this.linesBefore + this.newlinesBefore(this.pos) + 1;
    }
    /** Names of the open elements, outermost first. */
    get openElements() {
        return this.stack;
    }
    fail(message) {
        throw new user_error/* UserError */.y(`${this.options.source}:${this.currentLine()}: ${message}`);
    }
    discardConsumed() {
        if (this.pos === 0)
            return;
        this.linesBefore += this.newlinesBefore(this.pos);
        this.buf = this.buf.slice(this.pos);
        this.pos = 0;
        this.countedTo = 0;
        this.countedLines = 0;
    }
    /** Newlines in `buf` before `index`, reusing the count up to the previous query. */
    newlinesBefore(index) {
        if (index < this.countedTo) {
            this.countedTo = 0;
            this.countedLines = 0;
        }
        const buf = this.buf;
        let lines = this.countedLines;
        for (let i = buf.indexOf('\n', this.countedTo); i !== -1 && i < index; i = buf.indexOf('\n', i + 1))
            lines++;
        this.countedTo = index;
        this.countedLines = lines;
        return lines;
    }
    scan(final) {
        const buf = this.buf;
        while (this.pos < buf.length) {
            const done = this.mode === Mode.Text ? this.scanText(buf, final) : this.scanUntilTerminator(buf, this.mode);
            if (!done)
                return;
        }
    }
    /** Returns false when more input is needed before anything else can be consumed. */
    scanText(buf, final) {
        const start = this.pos;
        const lt = buf.indexOf('<', start);
        if (lt === -1) {
            const end = final ? buf.length : safeTextEnd(buf, start);
            if (end > start)
                this.emitText(buf, start, end);
            this.pos = end;
            return false;
        }
        if (lt > start) {
            this.emitText(buf, start, lt);
            this.pos = lt;
        }
        if (lt + 1 >= buf.length)
            return false;
        const next = buf.charCodeAt(lt + 1);
        if (next === xml_tokenizer_SLASH)
            return this.scanCloseTag(buf, lt);
        if (next === BANG)
            return this.scanDeclaration(buf, lt, final);
        if (next === QUESTION) {
            this.mode = Mode.Instruction;
            this.pos = lt + 2;
            return true;
        }
        return this.scanOpenTag(buf, lt);
    }
    emitText(buf, start, end) {
        if (this.stack.length === 0) {
            for (let i = start; i < end; i++) {
                if (!isSpace(buf.charCodeAt(i))) {
                    this.pos = i;
                    this.fail(this.rootSeen ? 'text after the root element' : 'text before the root element (not XML?)');
                }
            }
            return;
        }
        if (this.handler.wantsText)
            this.handler.text(decodeEntities(buf.slice(start, end)));
    }
    scanDeclaration(buf, lt, final) {
        if (buf.startsWith('<!--', lt)) {
            this.mode = Mode.Comment;
            this.pos = lt + 4;
            return true;
        }
        if (buf.startsWith('<![CDATA[', lt)) {
            if (this.stack.length === 0)
                this.fail('CDATA outside the root element');
            this.mode = Mode.Cdata;
            this.pos = lt + 9;
            return true;
        }
        if (buf.length - lt < 9 && !final)
            return false;
        const word = /^<!([A-Za-z]*)/.exec(buf.slice(lt, lt + 12))?.[1] ?? '';
        if (word === 'DOCTYPE' || word === 'ENTITY') {
            this.fail(`refusing a <!${word}> declaration: test reports never need one, and expanding it would allow ` +
                'XXE or entity-expansion attacks. Remove the declaration from the report.');
        }
        this.fail(`unexpected markup <!${word}`);
    }
    scanUntilTerminator(buf, mode) {
        const terminator = mode === Mode.Cdata ? ']]>' : mode === Mode.Comment ? '-->' : '?>';
        const start = this.pos;
        const found = buf.indexOf(terminator, start);
        // Keep the last few characters: the terminator may be split across chunks.
        const end = found === -1 ? Math.max(start, buf.length - (terminator.length - 1)) : found;
        if (mode === Mode.Cdata && end > start && this.handler.wantsText)
            this.handler.text(buf.slice(start, end));
        if (found === -1) {
            this.pos = end;
            return false;
        }
        this.pos = found + terminator.length;
        this.mode = Mode.Text;
        return true;
    }
    scanCloseTag(buf, lt) {
        const gt = buf.indexOf('>', lt + 2);
        if (gt === -1)
            return this.waitForTag(buf, lt);
        const open = this.stack[this.stack.length - 1];
        // Compare in place: slicing every closing tag name was pure garbage for the collector.
        const matches = open !== undefined &&
            buf.startsWith(open, lt + 2) &&
            (lt + 2 + open.length === gt || buf.slice(lt + 2 + open.length, gt).trim() === '');
        if (!matches) {
            const name = buf.slice(lt + 2, gt).trim();
            if (open === undefined)
                this.fail(`closing tag </${name}> without an open element`);
            this.fail(`expected </${open}> but found </${name}>`);
        }
        const name = open;
        this.stack.pop();
        this.pos = gt + 1;
        this.handler.close(name);
        return true;
    }
    waitForTag(buf, lt) {
        if (buf.length - lt > MAX_TAG_CHARS)
            this.fail(`a tag longer than ${MAX_TAG_CHARS} characters`);
        return false;
    }
    scanOpenTag(buf, lt) {
        const reader = this.tags;
        const name = reader.elementName(buf, lt + 1);
        if (name === undefined || !reader.readAttributes(buf, reader.elementNameEnd, name)) {
            return this.waitForTag(buf, lt);
        }
        return this.openElement(name, reader.attributes, reader.tagEnd, reader.selfClosing);
    }
    failAt(index, message) {
        this.pos = index;
        this.fail(message);
    }
    openElement(name, attributes, next, selfClosing) {
        if (this.stack.length === 0 && this.rootSeen)
            this.fail(`a second root element <${name}>`);
        if (this.stack.length >= this.options.maxDepth) {
            this.fail(`elements nested deeper than ${this.options.maxDepth} levels`);
        }
        this.rootSeen = true;
        this.stack.push(name);
        this.handler.open(name, attributes);
        this.pos = next;
        if (selfClosing) {
            this.stack.pop();
            this.handler.close(name);
        }
        return true;
    }
    modeName() {
        if (this.mode === Mode.Cdata)
            return 'a CDATA section';
        return this.mode === Mode.Comment ? 'a comment' : 'a processing instruction';
    }
}

;// CONCATENATED MODULE: ./src/results/report-session.ts






/** CTRF is one JSON value, so it is gathered whole (up to its own cap) and parsed at the end. */
class JsonSink {
    source;
    limits;
    emit;
    warnings;
    chunks = [];
    length = 0;
    constructor(source, limits, emit, warnings) {
        this.source = source;
        this.limits = limits;
        this.emit = emit;
        this.warnings = warnings;
    }
    write(chunk) {
        this.length += chunk.length;
        if (this.length > this.limits.maxJsonBytes) {
            throw new user_error/* UserError */.y(`${this.source}: a JSON report larger than ${this.limits.maxJsonBytes} bytes; CTRF files must be read ` +
                'whole, so split the report or raise the limit.');
        }
        this.chunks.push(chunk);
    }
    end() {
        let document;
        try {
            document = JSON.parse(this.chunks.join(''));
        }
        catch (error) {
            throw new user_error/* UserError */.y(`${this.source}: not a single JSON document (${error.message}); expected CTRF JSON, or ` +
                'go test -json lines (which carry an "Action" field).');
        }
        collectCtrf(document, this.source, this.limits, this.emit, this.warnings);
    }
}
/**
 * Parses one report fed in chunks of text: holds the first bytes until the format is known, then streams
 * everything into that format's collector. Tests go to `onTest` when given, else into the report.
 */
class report_session_ReportSession {
    source;
    limits;
    head = '';
    format;
    sink;
    tests = [];
    warnings = [];
    emit;
    /** Summed per key: a file can be timed by more than one testsuite. */
    fileTimes = new Map();
    onFileTime = (file, seconds) => this.fileTimes.set(file, (this.fileTimes.get(file) ?? 0) + seconds);
    constructor(source, limits, onTest) {
        this.source = source;
        this.limits = limits;
        this.emit = onTest ?? ((test) => this.tests.push(test));
    }
    write(chunk) {
        if (this.sink !== undefined) {
            this.sink.write(chunk);
            return;
        }
        this.head += chunk;
        this.decide(false);
    }
    end() {
        if (this.sink === undefined)
            this.decide(true);
        this.sink.end();
        const report = {
            source: this.source,
            format: this.format,
            tests: this.tests,
            warnings: this.warnings,
        };
        if (this.fileTimes.size > 0) {
            report.fileTimes = [...this.fileTimes].map(([file, seconds]) => ({ file, seconds }));
        }
        return report;
    }
    decide(complete) {
        const sniffed = sniffFormat(this.head, complete);
        if (sniffed === 'need-more')
            return;
        if (sniffed === 'empty')
            throw new user_error/* UserError */.y(`${this.source}: the report is empty.`);
        if (sniffed === 'unknown') {
            throw new user_error/* UserError */.y(`${this.source}: not a test report shardproof can read (expected JUnit XML, go test -json or CTRF JSON); ` +
                `it starts with ${JSON.stringify(this.head.trimStart().slice(0, 40))}.`);
        }
        this.format = sniffed === 'json' ? 'ctrf' : sniffed;
        this.sink = this.createSink(sniffed);
        // A byte-order mark is not content; the tokenizer would call it text before the root element.
        const head = this.head.charCodeAt(0) === 0xfeff ? this.head.slice(1) : this.head;
        this.head = '';
        this.sink.write(head);
    }
    createSink(format) {
        if (format === 'go-json') {
            return new GoJsonCollector(this.source, this.limits, this.emit, this.warnings, this.onFileTime);
        }
        if (format === 'json' || format === 'ctrf') {
            return new JsonSink(this.source, this.limits, this.emit, this.warnings);
        }
        let tokenizer = undefined;
        const collector = new JUnitCollector(this.source, this.limits, this.emit, () => tokenizer?.currentLine() ?? 1, this.warnings, this.onFileTime);
        tokenizer = new XmlTokenizer(collector, { source: this.source, maxDepth: this.limits.maxDepth });
        return tokenizer;
    }
}

;// CONCATENATED MODULE: ./src/results/parse-report.ts




/**
 * 64 KiB reads: each chunk becomes a string the tokenizer slices, and garbage piles up per chunk before the
 * collector runs; on a 177 MB report 1 MiB chunks peaked at ~170 MB RSS, 64 KiB at ~110 MB, at the same speed.
 */
const READ_CHUNK_BYTES = 64 * 1024;
/**
 * Parses one report file (JUnit XML, go test -json or CTRF; recognised by content) as a stream, so memory
 * stays flat however large the file. Throws a UserError naming the file (and line) for anything refused.
 */
async function parseReportFile(path, options = {}) {
    const limits = parse_options_resolveLimits(options);
    const name = options.name ?? path;
    const session = new report_session_ReportSession(name, limits, options.onTest);
    const stream = (0,external_node_fs_.createReadStream)(path, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES });
    try {
        for await (const chunk of stream) {
            if (stream.bytesRead > limits.maxBytes) {
                throw new user_error/* UserError */.y(`${name}: larger than the ${limits.maxBytes}-byte limit for one report.`);
            }
            session.write(chunk);
            await options.afterChunk?.();
        }
        return session.end();
    }
    catch (error) {
        throw asUserError(error, name);
    }
    finally {
        stream.destroy();
    }
}
/** The same as parseReportFile for text already in memory; `source` names it in errors. */
function parseReportText(text, source, options = {}) {
    const limits = resolveLimits(options);
    if (text.length > limits.maxBytes) {
        throw new UserError(`${source}: larger than the ${limits.maxBytes}-byte limit for one report.`);
    }
    const session = new ReportSession(source, limits, options.onTest);
    session.write(text);
    return session.end();
}
/**
 * Parses every report, one at a time so that only one is ever streaming. A refused or unreadable report is
 * listed in `errors` and never hides the others; bugs (anything not a UserError) still throw.
 */
async function parseReports(files, options = {}) {
    const result = { reports: [], errors: [] };
    for (const file of files) {
        const { path, name } = typeof file === 'string' ? { path: file, name: file } : file;
        try {
            result.reports.push(await parseReportFile(path, { ...options, name }));
        }
        catch (error) {
            if (!(error instanceof user_error/* UserError */.y))
                throw error;
            result.errors.push({ source: name, message: error.message });
        }
    }
    return result;
}
/** File-system failures (missing file, a directory, no permission) are the user's to fix. */
function asUserError(error, path) {
    if (error instanceof user_error/* UserError */.y)
        return error;
    const code = error?.code;
    if (typeof code === 'string' && ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR'].includes(code)) {
        return new user_error/* UserError */.y(`${path}: cannot read the report (${code}: ${error.message}).`);
    }
    return error;
}


/***/ }),

/***/ 94607:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hx: () => (/* binding */ PLAN_FILE_NAME),
/* harmony export */   Tm: () => (/* binding */ runAttempt),
/* harmony export */   dm: () => (/* binding */ PLAN_ARTIFACT),
/* harmony export */   gp: () => (/* binding */ downloadNewestPlan),
/* harmony export */   nU: () => (/* binding */ planArtifactName)
/* harmony export */ });
/** The artifact the plan job uploads and every shard job and the report job download. */
const PLAN_ARTIFACT = 'shardproof-plan';
const PLAN_FILE_NAME = 'plan.json';
/**
 * `shardproof-plan` in the first attempt of a workflow run, `shardproof-plan-a<k>` when "Re-run all jobs"
 * makes the plan again: the first attempt's artifact stays in the run, and a second one of its name is a 409.
 */
function planArtifactName(attempt) {
    return attempt > 1 ? `${PLAN_ARTIFACT}-a${attempt}` : PLAN_ARTIFACT;
}
function runAttempt(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}
/**
 * Downloads the newest plan of this workflow run made no later than `attempt` ("Re-run failed jobs" re-runs
 * a shard in attempt 2 against the plan of attempt 1). Returns the artifact's name, or undefined.
 */
async function downloadNewestPlan(artifacts, dir, attempt) {
    const attemptOf = (name) => {
        if (name === PLAN_ARTIFACT)
            return 1;
        const match = /^shardproof-plan-a(\d+)$/.exec(name);
        return match ? Number(match[1]) : undefined;
    };
    const candidates = (await artifacts.list())
        .map((a) => ({ name: a.name, attempt: attemptOf(a.name) }))
        .filter((c) => c.attempt !== undefined && c.attempt <= attempt)
        .sort((a, b) => b.attempt - a.attempt);
    for (const candidate of candidates) {
        if (await artifacts.download(candidate.name, dir))
            return candidate.name;
    }
    return undefined;
}


/***/ })

};
