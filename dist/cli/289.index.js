export const id = 289;
export const ids = [289];
export const modules = {

/***/ 83289:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runStep: () => (/* binding */ runStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/execute/child-env.ts
var child_env = __webpack_require__(41763);
// EXTERNAL MODULE: ./src/frameworks/index.ts + 11 modules
var frameworks = __webpack_require__(32890);
;// CONCATENATED MODULE: ./src/execute/run-order.ts
function seededOrder(module, options) {
    const shuffleArgs = module.shuffleArgs;
    if (!shuffleArgs)
        throw new Error(`${module.name} has no seeded shuffle`);
    return {
        seedFor: (run) => options.firstSeed + run - 1,
        setup: async (seed, workers) => ({
            args: shuffleArgs(seed, { workers }),
            env: (await module.shuffleEnv?.(seed, { helperDir: options.helperDir, env: options.baseEnv })) ?? {},
        }),
    };
}
/** The run options with the shuffle of `seed` applied: extra arguments before the files, extra environment. */
function withShuffle(opts, setup) {
    if (!setup)
        return opts;
    return {
        ...opts,
        filterArgs: [...(opts.filterArgs ?? []), ...setup.args],
        baseEnv: { ...opts.baseEnv, ...setup.env },
    };
}

// EXTERNAL MODULE: ./src/execute/run-with-report.ts + 7 modules
var run_with_report = __webpack_require__(69745);
;// CONCATENATED MODULE: ./src/execute/run-series.ts
/**
 * N runs of one shard: the replacement for `for i in 1..5; pytest -n auto | tee proof_run$i.txt`.
 * Runs are sequential and each is a fresh process group with its own scratch directory and port block.
 * Parsing and verdicts plug in through `collect`, called after each run before the next one starts.
 */



async function runSeries(opts) {
    const shard = opts.shard ?? { index: 1, total: 1 };
    await (0,promises_.mkdir)(opts.outputDir, { recursive: true });
    // (each run reclaims the folder again: a test may remove it, make it read-only or plant links in it)
    explainInvocation(opts);
    const records = [];
    const first = opts.firstRun ?? 1;
    const total = Math.max(opts.totalRuns ?? opts.runs, first + opts.runs - 1);
    for (let run = first; run < first + opts.runs; run++) {
        const position = {
            run,
            runs: total,
            shard: shard.index,
            shardTotal: shard.total,
            workers: opts.workers,
        };
        const shardLabel = shard.total > 1 ? `, shard ${shard.index}/${shard.total}` : '';
        const seed = opts.order?.seedFor(run);
        const seedLabel = seed === undefined ? '' : `, seed ${seed}`;
        opts.logger.startGroup(`Run ${run}/${total}${shardLabel} (${opts.workers} workers${seedLabel})`);
        let record;
        try {
            const shuffle = seed === undefined ? undefined : await opts.order.setup(seed, opts.workers);
            record = await (0,run_with_report/* runWithReport */.E)({ ...withShuffle(opts, shuffle), position, baseName: `run-${run}` });
            if (seed !== undefined)
                record.seed = seed;
            opts.logger.info(`run ${run}: ${record.outcome.message}`);
            if (record.outputProblem) {
                opts.logger.warning(`run ${run} tampered with its output folder, so it counts as failed: ${record.outputProblem}`);
            }
            else if (record.reportMissing) {
                opts.logger.warning(`run ${run} left no test report (${reportWhere(opts.preset, run)}); see ${record.logPath}`);
            }
        }
        finally {
            opts.logger.endGroup();
        }
        records.push(record);
        await opts.collect?.(record);
    }
    return records;
}
/** One line per decision a user might question: why bash, why every shard runs everything. */
function explainInvocation(opts) {
    const invocation = (0,run_with_report/* invocationFor */.s)({
        preset: opts.preset,
        position: { run: 1, runs: opts.runs, shard: 1, shardTotal: 1, workers: opts.workers },
        files: opts.files,
        resultsPath: '{results}',
    });
    if (invocation.mode === 'bash') {
        opts.logger.info(`command runs through bash because it uses ${invocation.shellReason}; files are passed as "$@"`);
    }
    if (!invocation.usesFiles && opts.files.length > 0) {
        opts.logger.warning(`the command has no {files}: it selects its own tests, so the shard's ${opts.files.length} file(s) ` +
            `are not passed to it`);
    }
}
function reportWhere(preset, run) {
    if (preset.resultsGlob)
        return `nothing new matched results: ${preset.resultsGlob}`;
    return `expected run-${run}.${preset.reportExtension}`;
}

// EXTERNAL MODULE: ./src/execute/template.ts
var template = __webpack_require__(1693);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
// EXTERNAL MODULE: ./src/inputs/run-settings.ts
var run_settings = __webpack_require__(86444);
// EXTERNAL MODULE: ./src/platform/select.ts + 3 modules
var platform_select = __webpack_require__(54736);
// EXTERNAL MODULE: ./src/execute/own-files.ts
var own_files = __webpack_require__(59913);
// EXTERNAL MODULE: ./src/plan/history.ts
var plan_history = __webpack_require__(43547);
// EXTERNAL MODULE: ./src/verdict/verdict-builder.ts + 4 modules
var verdict_builder = __webpack_require__(72767);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/proof/manifest.ts
/**
 * manifest.json: what ran, where, how each run ended, and a SHA-256 of every file in the proof folder,
 * so a downloaded artifact can be checked against what the run step wrote (`sha256sum -c` compatible).
 * Key order is fixed by construction and nothing time-dependent is written: the same inputs give the
 * same bytes.
 */







const MANIFEST_NAME = 'manifest.json';
/** The findings of a verdict for the manifest, in the verdict's (id) order. */
function isolationFindings(verdict) {
    const found = verdict?.tests.flatMap((t) => t.cause
        ? [
            {
                test: t.id,
                class: t.cause.class,
                ...(t.cause.kind ? { kind: t.cause.kind } : {}),
                ...(t.cause.polluter !== undefined ? { polluter: t.cause.polluter } : {}),
                ...(t.cause.reproduction?.seed !== undefined ? { seed: t.cause.reproduction.seed } : {}),
            },
        ]
        : []);
    return verdict?.isolationRuns ? found : undefined;
}
function manifestRun(record, counts) {
    const o = record.outcome;
    return {
        run: record.run,
        rerun: record.rerun ?? null,
        argv: record.rerun !== undefined ? record.argv : null,
        exitCode: o.exitCode,
        signal: o.signal,
        timedOut: o.timedOut,
        oomKilled: o.oomKilled,
        spawnError: o.spawnError ?? null,
        wallMs: o.wallMs,
        peakRssBytes: o.peakRssBytes ?? null,
        ...(o.peakPssBytes !== undefined && { peakPssBytes: o.peakPssBytes }),
        reportMissing: record.reportMissing,
        counts: counts
            ? { passed: counts.passed, failed: counts.failed, skipped: counts.skipped, flaky: counts.flaky }
            : null,
        ...(record.seed !== undefined ? { seed: record.seed } : {}),
        ...(record.check !== undefined ? { check: record.check, argv: record.argv } : {}),
    };
}
async function writeManifest(input) {
    const manifest = {
        version: 1,
        framework: input.framework,
        ...(input.proof ? { proof: proofInfo(input.proof) } : {}),
        ...(input.stepError !== undefined ? { stepError: input.stepError } : {}),
        command: input.command,
        commit: await resolveCommitSha(input.cwd, input.env ?? process.env),
        runner: {
            os: input.runner.os,
            cpus: input.runner.cpus,
            memoryBytes: input.runner.memoryBytes,
            workers: input.runner.workers,
        },
        runs: input.runs,
        ...(input.isolation ? { isolation: input.isolation } : {}),
        files: await hashFolder(input.outputDir),
    };
    await (0,own_files/* writeOwnFile */.OP)((0,external_node_path_.join)(input.outputDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
    return manifest;
}
/** The fields in a fixed order, optional ones only when set: the same proof gives the same bytes. */
function proofInfo(p) {
    return {
        suite: p.suite,
        ...(p.shard ? { shard: { index: p.shard.index, total: p.shard.total } } : {}),
        ...(p.runSlot !== undefined ? { runSlot: p.runSlot } : {}),
        ...(p.runSlots !== undefined ? { runSlots: p.runSlots } : {}),
        attempt: p.attempt,
        ...(p.planHash !== undefined ? { planHash: p.planHash } : {}),
        framework: p.framework,
        artifactName: p.artifactName,
    };
}
/** GITHUB_SHA, else `git rev-parse HEAD`, else null (not a git checkout, or no git). */
async function resolveCommitSha(cwd, env) {
    const fromEnv = env.GITHUB_SHA?.trim();
    if (fromEnv)
        return fromEnv;
    try {
        const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5_000 });
        const sha = stdout.trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
    }
    catch {
        return null;
    }
}
/** Every file under `dir` except the manifest itself, by POSIX path relative to `dir`, sorted. */
async function hashFolder(dir) {
    const files = (await listFiles(dir, '')).filter((path) => path !== MANIFEST_NAME).sort();
    const hashed = [];
    for (const path of files)
        hashed.push({ path, ...(await hashFile((0,external_node_path_.join)(dir, path))) });
    return hashed;
}
/** Streamed: a chatty suite's log can exceed what one Buffer may hold (2 GiB). */
async function hashFile(path) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,external_node_fs_.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
// A plain walk: readdir's `recursive` and Dirent.parentPath are missing from early Node 20 releases.
async function listFiles(root, prefix) {
    const found = [];
    for (const entry of await (0,promises_.readdir)((0,external_node_path_.join)(root, prefix), { withFileTypes: true })) {
        const path = prefix ? `${prefix}/${entry.name}` : entry.name;
        if (entry.isDirectory())
            found.push(...(await listFiles(root, path)));
        else if (entry.isFile())
            found.push(path);
    }
    return found;
}

// EXTERNAL MODULE: ./src/proof/proof-format.ts
var proof_format = __webpack_require__(36634);
// EXTERNAL MODULE: ./src/proof/streamed-file.ts
var streamed_file = __webpack_require__(22728);
;// CONCATENATED MODULE: ./src/proof/records-file.ts

/** `fileTimes`: per run, the files' own measured times (main runs only: a rerun times a few tests). */
async function writeRecordsFile(path, records, fileTimes = new Map()) {
    await (0,streamed_file/* writeChunks */.a7)(path, recordLines(records, fileTimes));
}
function* recordLines(records, fileTimes) {
    for (const { tests, reruns, ...run } of records) {
        yield line({ type: 'run', ...run });
        for (const test of tests)
            yield line({ type: 'test', run: run.run, ...test });
        const rounds = reruns ?? [];
        for (let index = 0; index < rounds.length; index++) {
            for (const test of rounds[index])
                yield line({ type: 'test', run: run.run, rerun: index + 1, ...test });
        }
        for (const { file, seconds } of fileTimes.get(run.run) ?? []) {
            yield line({ type: 'file', run: run.run, file, seconds });
        }
    }
}
function line(value) {
    return `${JSON.stringify(value)}\n`;
}

;// CONCATENATED MODULE: ./src/proof/write-proof.ts
/**
 * Writes a proof folder's machine-readable files: results.json, records.jsonl, timings.json and, last, the
 * manifest (it hashes every other file, so nothing may be written into the folder after it). The run step
 * writes one per job; the report step writes the merged results.json with the same function.
 */








const RESULTS_FILE = 'results.json';
const TIMINGS_FILE = 'timings.json';
const NO_COUNTS = { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0, fileErrors: 0 };
/**
 * results.json: the verdict for people and other tools, every test with its class and run pattern. Two-space
 * JSON, the tests written one at a time (the same bytes as JSON.stringify of the whole object).
 */
async function writeResultsFile(path, framework, verdict, confidence) {
    const head = {
        version: 1,
        framework,
        counts: verdict?.counts ?? NO_COUNTS,
        confidence,
        runs: verdict?.runs ?? [],
        runFailures: verdict?.runFailures ?? [],
        ...(verdict?.isolationRuns ? { isolationRuns: verdict.isolationRuns } : {}),
    };
    // A compact verdict keeps only its notable tests as objects: every test comes from everyTest().
    await (0,streamed_file/* writeChunks */.a7)(path, (0,streamed_file/* prettyJsonWithArray */.mI)(head, 'tests', verdict ? (0,verdict_builder/* everyTest */.E)(verdict) : []));
}
async function writeProofFolder(folder) {
    const resultsPath = (0,external_node_path_.join)(folder.outputDir, RESULTS_FILE);
    await writeResultsFile(resultsPath, folder.framework, folder.verdict, folder.confidence);
    const { runs } = folder;
    const recordsPath = (0,external_node_path_.join)(folder.outputDir, proof_format/* RECORDS_FILE */.O);
    const streamed = 'writeRecords' in runs;
    if (streamed)
        await runs.writeRecords(recordsPath);
    else
        await writeRecordsFile(recordsPath, runs.records, runs.fileTimes);
    const timings = streamed ? runs.timingsJson() : wholeTimings(runs, folder.now ?? new Date().toISOString());
    await (0,own_files/* writeOwnFile */.OP)((0,external_node_path_.join)(folder.outputDir, TIMINGS_FILE), timings);
    const manifest = await writeManifest({
        outputDir: folder.outputDir,
        framework: folder.framework,
        proof: folder.proof,
        stepError: folder.stepError,
        command: folder.command,
        runner: folder.runner,
        runs: folder.manifestRuns,
        isolation: isolationFindings(folder.verdict),
        cwd: folder.cwd,
        env: folder.env,
    });
    return { resultsPath, manifest };
}
/** Per-item durations in the timing-history format, one entry per run: what a person or tool reads to see
 * how long each file took (the report step builds the history the next plan reads from records.jsonl). */
function wholeTimings(runs, now) {
    let timings = (0,plan_history/* emptyHistory */.s4)();
    for (const run of runs.records) {
        // A file's own measured time (setup included) where the report gave it, as the report job's history does.
        const own = runs.fileTimes?.get(run.run) ?? [];
        timings = (0,plan_history/* recordRun */.vj)(timings, run.tests, {
            now,
            fileSeconds: new Map(own.map((t) => [t.file, t.seconds])),
        });
    }
    return (0,plan_history/* serializeHistory */.ph)(timings);
}

// EXTERNAL MODULE: ./src/verdict/confidence.ts
var verdict_confidence = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/verdict/step-failure.ts
var step_failure = __webpack_require__(34916);
// EXTERNAL MODULE: ./src/steps/annotation-budget.ts
var annotation_budget = __webpack_require__(17546);
// EXTERNAL MODULE: ./src/steps/calibrate-step.ts + 4 modules
var calibrate_step = __webpack_require__(22214);
// EXTERNAL MODULE: ./src/steps/capacity-step.ts + 4 modules
var capacity_step = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/steps/memory-figure.ts
var memory_figure = __webpack_require__(18529);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/execute/output-log.ts
var output_log = __webpack_require__(68953);
;// CONCATENATED MODULE: ./src/execute/closing-line.ts


function closingLine(counts) {
    return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.flaky} flaky`;
}
/** Best-effort, like the log itself: a log the run deleted or replaced by a link is left as it is. */
async function appendClosingLine(logPath, counts, at = new Date()) {
    await (0,own_files/* appendOwnFile */.VW)(logPath, (0,output_log/* formatLogLine */.I)('shardproof', closingLine(counts), at)).catch(() => { });
}

;// CONCATENATED MODULE: ./src/execute/log-head.ts

/** Enough of a run's output to find why a framework stopped before its tests: it says so first. */
const HEAD_BYTES = 64 * 1024;
/**
 * The first lines the command printed (stdout and stderr, as the proof log has them, without the log's
 * timestamp and stream prefix), read from at most the first 64 KiB of the log: bounded whatever the run
 * printed. A log that cannot be read gives no lines.
 */
async function readOutputHead(logPath, maxBytes = HEAD_BYTES) {
    let text;
    try {
        const file = await (0,promises_.open)(logPath, 'r');
        try {
            const buffer = Buffer.alloc(maxBytes);
            const { bytesRead } = await file.read(buffer, 0, maxBytes, 0);
            text = buffer.subarray(0, bytesRead).toString('utf8');
        }
        finally {
            await file.close();
        }
    }
    catch {
        return [];
    }
    const lines = [];
    for (const line of text.split('\n')) {
        const match = /^\S+ (?:stdout|stderr) \| (.*)$/.exec(line);
        if (match)
            lines.push(match[1]);
    }
    return lines;
}

;// CONCATENATED MODULE: ./src/execute/reruns.ts


async function rerunFailedTests(opts) {
    const shard = opts.shard ?? { index: 1, total: 1 };
    const records = [];
    let targets = opts.failed;
    for (let rerun = 1; rerun <= opts.rerunFailed && targets.length > 0; rerun++) {
        const selection = (0,frameworks/* frameworkModule */.p5)(opts.preset.framework).rerunSelection(targets);
        if (selection.unselectable.length > 0) {
            // One line for all of them: a warning per test would use up the step's annotations.
            const [first] = selection.unselectable;
            const others = selection.unselectable.length - 1;
            const who = others > 0 ? `${first.test.id} and ${others} more tests on their own` : `${first.test.id} on its own`;
            opts.logger.warning(`cannot rerun ${who}: ${first.reason}`);
        }
        const unselectable = new Set(selection.unselectable.map((u) => u.test));
        targets = targets.filter((t) => !unselectable.has(t));
        if (targets.length === 0)
            break;
        const position = {
            run: opts.run,
            runs: opts.runs,
            shard: shard.index,
            shardTotal: shard.total,
            workers: opts.workers,
            rerun,
        };
        const probe = (0,run_with_report/* invocationFor */.s)({ ...opts, position, files: selection.files, resultsPath: '' });
        if (!probe.usesFiles) {
            opts.logger.warning('cannot rerun only the failed tests: the command has no {files} to put the selection in');
            break;
        }
        opts.logger.startGroup(`Run ${opts.run}, rerun ${rerun}/${opts.rerunFailed}: ${targets.length} failed test(s)`);
        let record;
        try {
            const base = await (0,run_with_report/* runWithReport */.E)({
                ...opts,
                position,
                files: selection.files,
                filterArgs: selection.filterArgs,
                baseName: `run-${opts.run}-rerun-${rerun}`,
            });
            record = { ...base, rerun, tests: targets };
            opts.logger.info(`rerun ${rerun}: ${record.outcome.message}`);
            if (record.reportMissing)
                opts.logger.warning(`rerun ${rerun} of run ${opts.run} left no test report`);
        }
        finally {
            opts.logger.endGroup();
        }
        records.push(record);
        if (opts.stillFailing)
            targets = await opts.stillFailing(record);
    }
    return records;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/proof/records-spool.ts
/**
 * records.jsonl written while the runs go on (format in proof-format.ts), a line per result as the parser
 * gives it, so that no run's results are ever held whole. Each run's result lines go to a file of their own
 * in a private temporary folder, not to the proof folder: that folder belongs to the test command while it
 * runs (a test may delete it or plant links in it). The proof's records.jsonl is put together from them when
 * the proof is written: each finished run's `run` line (known only once its reports are parsed), its result
 * lines, then its `file` lines. A run that never finished (the step failed during it) is left out, as before.
 */





class RecordsSpool {
    dir;
    current;
    finished = [];
    constructor(dir) {
        this.dir = dir;
    }
    static async open() {
        return new RecordsSpool(await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shardproof-records-')));
    }
    async startRun(run) {
        this.current?.writer.destroy();
        const path = (0,external_node_path_.join)(this.dir, `run-${run}-${this.finished.length}.jsonl`);
        this.current = { run, path, writer: await streamed_file/* ChunkWriter */.z1.open(path) };
    }
    /** A result of the current run (of its `rerun`-th rerun when given). */
    test(test, rerun) {
        const { run, writer } = this.current;
        const line = rerun === undefined ? { type: 'test', run, ...test } : { type: 'test', run, rerun, ...test };
        writer.push(`${JSON.stringify(line)}\n`);
    }
    /** Waits until the lines pushed so far have left memory. */
    drained() {
        return this.current?.writer.drained() ?? Promise.resolve();
    }
    /** Ends the current run with its run line and the files' own measured times. */
    async endRun(run, fileTimes) {
        const { path, writer } = this.current;
        this.current = undefined;
        await writer.close();
        const files = fileTimes.map(({ file, seconds }) => `${JSON.stringify({ type: 'file', run: run.run, file, seconds })}\n`);
        this.finished.push({
            run: run.run,
            path,
            head: `${JSON.stringify({ type: 'run', ...run })}\n`,
            tail: files.join(''),
        });
    }
    /** Writes records.jsonl of the finished runs to `path` (a link there is removed, never followed). */
    async copyTo(path) {
        const out = await streamed_file/* ChunkWriter */.z1.open(path);
        try {
            for (const run of [...this.finished].sort((a, b) => a.run - b.run)) {
                out.push(run.head);
                for await (const chunk of (0,external_node_fs_.createReadStream)(run.path, { encoding: 'utf8' })) {
                    out.push(chunk);
                    await out.drained();
                }
                out.push(run.tail);
            }
            await out.close();
        }
        finally {
            out.destroy();
        }
    }
    async dispose() {
        this.current?.writer.destroy();
        await (0,promises_.rm)(this.dir, { recursive: true, force: true });
    }
}

// EXTERNAL MODULE: ./src/proof/run-timings.ts
var run_timings = __webpack_require__(75505);
// EXTERNAL MODULE: ./src/results/parse-report.ts + 13 modules
var parse_report = __webpack_require__(94176);
;// CONCATENATED MODULE: ./src/results/rebase-paths.ts
/**
 * Maps report paths to the paths the run was given. A framework rooted in a subfolder (Playwright's
 * testDir, `cd backend && pytest`, a package of a monorepo) names files relative to its own root, so
 * `api.spec.ts` in the report is `tests/api.spec.ts` in the run's file list — and a rerun, an annotation or
 * the next plan needs the latter. The root is one prefix for the whole run: the prefix that turns the most
 * report paths into given files wins (so `a.spec.ts` beside `x/a.spec.ts` is not ambiguous), and a path
 * is only rewritten when prefix + path is a given file. Paths already given, or never given, stay.
 */
function rebaseReportPaths(tests, givenFiles) {
    return rebaseRun(tests, givenFiles).tests;
}
/** rebaseReportPaths, and the same root applied to the keys of the reports' per-file times. */
function rebaseRun(tests, givenFiles, fileSeconds = {}) {
    const given = new Set(givenFiles);
    const prefix = commonRoot(tests, given);
    if (prefix === undefined)
        return { tests: [...tests], fileSeconds };
    const seconds = {};
    for (const [file, value] of Object.entries(fileSeconds)) {
        seconds[!given.has(file) && given.has(prefix + file) ? prefix + file : file] = value;
    }
    const rebased = tests.map((test) => {
        if (test.file === undefined || given.has(test.file) || !given.has(prefix + test.file))
            return test;
        const file = prefix + test.file;
        const id = test.id.startsWith(`${test.file}::`) ? file + test.id.slice(test.file.length) : test.id;
        // A file that failed to load is reported as a "test" named after its file (vitest, jest-junit).
        if (test.name !== test.file)
            return { ...test, file, id };
        const named = id.endsWith(`::${test.file}`) ? id.slice(0, id.length - test.file.length) + file : id;
        return { ...test, file, id: named, name: file };
    });
    return { tests: rebased, fileSeconds: seconds };
}
function commonRoot(tests, given) {
    const votes = new Map();
    const seen = new Set();
    for (const test of tests) {
        const file = test.file;
        if (file === undefined || given.has(file) || seen.has(file))
            continue;
        seen.add(file);
        for (const candidate of given) {
            if (candidate.endsWith(`/${file}`)) {
                const prefix = candidate.slice(0, candidate.length - file.length);
                votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
            }
        }
    }
    let best;
    for (const [prefix, count] of votes) {
        if (best === undefined || count > votes.get(best) || (count === votes.get(best) && prefix < best))
            best = prefix;
    }
    return best;
}

;// CONCATENATED MODULE: ./src/results/run-results.ts
/** The name a file-level load error carries in place of a test name. */
const LOAD_ERROR_NAME = '(file failed to load)';
/**
 * One run's results as the framework itself counts them:
 * - entries that stand for a file that failed to load (`isLoadError`, the framework's own rule) become one
 *   file-level error per file — not a test, since the file's tests never ran;
 * - the k-th result with an id already seen in this run (two tests with one name in one file, which the
 *   framework runs and counts as two) gets the id `<id> #k`, so neither hides the other. Reports list tests
 *   in a stable order, so the k-th occurrence is the same test in every run and rerun. A framework's own
 *   retries of one test are one entry with retries (retriedFailures), never a second occurrence.
 */
function numberRunResults(tests, isLoadError) {
    const seen = new Map();
    const loadErrors = new Map();
    const out = [];
    for (const test of tests) {
        if (isLoadError?.(test)) {
            const key = test.file ?? test.id;
            const first = loadErrors.get(key);
            if (first === undefined) {
                const entry = loadErrorEntry(test);
                loadErrors.set(key, entry);
                out.push(entry);
            }
            else if (first.details === undefined && test.details !== undefined) {
                first.details = test.details;
            }
            continue;
        }
        const count = (seen.get(test.id) ?? 0) + 1;
        seen.set(test.id, count);
        out.push(count === 1 ? test : { ...test, id: `${test.id} #${count}`, ordinal: count });
    }
    return out;
}
/** The one entry that stands for a file that failed to load, made from the first result saying so. */
function loadErrorEntry(test) {
    const entry = {
        id: test.file === undefined ? test.id : `${test.file}::${LOAD_ERROR_NAME}`,
        name: LOAD_ERROR_NAME,
        outcome: 'error',
        duration: test.duration,
        fileError: true,
    };
    if (test.file !== undefined)
        entry.file = test.file;
    if (test.message !== undefined)
        entry.message = test.message;
    if (test.details !== undefined)
        entry.details = test.details;
    return entry;
}
/**
 * The load errors among `targets` (a rerun's selection) that the rerun cleared: the file loaded, so the
 * rerun's report has its tests and no load error for it. Each becomes a passing result with the load
 * error's id — the file failed to load and then loaded, which is flakiness at the file level.
 */
function loadErrorsCleared(targets, rerunTests) {
    const stillBroken = new Set(rerunTests.filter((t) => t.fileError).map((t) => t.file));
    const loaded = new Set(rerunTests.filter((t) => !t.fileError).map((t) => t.file));
    return targets
        .filter((t) => t.fileError && t.file !== undefined && loaded.has(t.file) && !stillBroken.has(t.file))
        .map(({ message: _message, details: _details, ...entry }) => ({
        ...entry,
        outcome: 'passed',
        duration: 0,
    }));
}

// EXTERNAL MODULE: ./src/verdict/results-by-id.ts
var results_by_id = __webpack_require__(77783);
;// CONCATENATED MODULE: ./src/steps/run-results-stream.ts
/**
 * One run's results on their way from the parser to the verdict, a test at a time, given the treatment the
 * whole-run functions give an array of them — rebaseRun (paths relative to the framework's own root) and then
 * numberRunResults (file load errors collapsed per file, the k-th test with one id numbered ` #k`) — without
 * ever holding the run. Only tests whose path may need rebasing wait for the end of the run (the root is
 * voted on by every such path): a file the run was given, or one no given file ends with, never changes.
 */

class RunResultsStream {
    givenFiles;
    sink;
    isLoadError;
    given;
    /** file → whether some given file ends with `/file` (the only paths rebaseRun may rewrite). */
    rebasable = new Map();
    waiting = [];
    loadErrors = new Map();
    constructor(givenFiles, sink, isLoadError) {
        this.givenFiles = givenFiles;
        this.sink = sink;
        this.isLoadError = isLoadError;
        this.given = new Set(givenFiles);
    }
    add(test) {
        if (this.mayRebase(test.file))
            this.waiting.push(test);
        else
            this.settle(test);
    }
    /** Ends the run: the waiting tests rebased and emitted, then one entry per file that failed to load.
     * Returns the reports' file times with the same root applied. */
    end(fileSeconds) {
        const rebased = rebaseRun(this.waiting, this.givenFiles, fileSeconds);
        this.waiting.length = 0;
        for (const test of rebased.tests)
            this.settle(test);
        for (const entry of this.loadErrors.values())
            this.sink.emit(entry);
        this.loadErrors.clear();
        return rebased.fileSeconds;
    }
    mayRebase(file) {
        if (file === undefined || this.given.has(file))
            return false;
        let known = this.rebasable.get(file);
        if (known === undefined) {
            known = false;
            for (const candidate of this.given)
                if (candidate.endsWith(`/${file}`))
                    known = true;
            this.rebasable.set(file, known);
        }
        return known;
    }
    /** numberRunResults for one test whose path is final. */
    settle(test) {
        if (this.isLoadError?.(test)) {
            const key = test.file ?? test.id;
            const first = this.loadErrors.get(key);
            if (first === undefined)
                this.loadErrors.set(key, loadErrorEntry(test));
            else if (first.details === undefined && test.details !== undefined)
                first.details = test.details;
            return;
        }
        let numbered = test;
        for (let k = 2; this.sink.seen(numbered); k++)
            numbered = { ...test, id: `${test.id} #${k}`, ordinal: k };
        this.sink.emit(numbered);
    }
}

;// CONCATENATED MODULE: ./src/steps/collect-runs.ts
/**
 * What the run step keeps of each run while the series goes on. Results stream from the parser into the
 * verdict builder (a few dozen bytes a test), records.jsonl and the timings, so a run of 2,000,000 tests is
 * never held as 2,000,000 objects; reruns of the failed tests, the counts line appended to the run's log and
 * the manifest's per-run exits come along.
 */











class RunCollector {
    context;
    position;
    settings;
    io;
    givenFiles;
    manifestRuns = [];
    /** Per run, the files' own measured times where the reports give them (records.jsonl `file` lines). */
    fileTimes = new Map();
    /** The first run's argv: the command the summary and manifest show. */
    firstArgv = [];
    builder = new verdict_builder/* VerdictBuilder */.v();
    timings = new run_timings/* RunTimings */.zL();
    spool;
    constructor(context, position, settings, io, 
    /** The files the run was given: report paths relative to the framework's own root map back to them. */
    givenFiles = []) {
        this.context = context;
        this.position = position;
        this.settings = settings;
        this.io = io;
        this.givenFiles = givenFiles;
    }
    async collect(executed) {
        if (this.firstArgv.length === 0)
            this.firstArgv = executed.argv;
        const spool = await this.spooled();
        const run = executed.run;
        this.builder.startRun();
        await spool.startRun(run);
        // The failed tests, for reruns: only what a rerun selection reads, not their failure texts.
        const failed = [];
        let anyFailure = false;
        let read = 0;
        const stream = new RunResultsStream(this.givenFiles, {
            seen: (test) => this.builder.seenInRun(test),
            emit: (test) => {
                read++;
                this.builder.add(test);
                spool.test(test);
                this.timings.add(test);
                if (!(0,results_by_id/* isFailure */.N)(test))
                    return;
                anyFailure = true;
                if (this.settings.rerunFailed > 0)
                    failed.push(withoutTexts(test));
            },
        }, (0,frameworks/* frameworkModule */.p5)(this.context.preset.framework).isLoadError);
        const parsed = await this.parseReports(executed, {
            onTest: (test) => stream.add(test),
            afterChunk: () => spool.drained(),
        });
        const fileTimes = Object.entries(stream.end(fileSecondsOf(parsed))).map(([file, seconds]) => ({
            file,
            seconds,
        }));
        if (fileTimes.length > 0)
            this.fileTimes.set(run, fileTimes);
        const reruns = await this.rerunFailures(executed, failed);
        reruns.forEach(({ tests }, index) => {
            for (const test of tests) {
                this.builder.addRerun(index + 1, test);
                spool.test(test, index + 1);
            }
        });
        const counts = this.builder.runCounts();
        await appendClosingLine(executed.logPath, counts);
        this.manifestRuns.push(manifestRun(executed, counts), ...reruns.map((r) => manifestRun(r.executed)));
        const unreadable = parsed.errors.map((error) => error.message);
        const outline = {
            run,
            exitCode: executed.outcome.exitCode,
            signal: executed.outcome.signal,
            timedOut: executed.outcome.timedOut,
            startError: executed.outcome.spawnError,
            ...(executed.outputProblem !== undefined ? { outputProblem: executed.outputProblem } : {}),
            oomKilled: executed.outcome.oomKilled,
            // A report that exists but cannot be read is no evidence of a clean run. One refused part-way keeps the
            // results read before (they have gone on to the verdict): the run is then marked incomplete instead.
            reportMissing: executed.reportMissing || (unreadable.length === executed.reportPaths.length && read === 0),
            unreadableReports: unreadable,
            ...(await this.stopReason(executed, anyFailure)),
            wallMs: executed.outcome.wallMs,
            peakRssBytes: executed.outcome.peakRssBytes,
            ...(executed.seed !== undefined ? { seed: executed.seed } : {}),
        };
        this.builder.endRun(outline, reruns.length);
        // JSON drops the undefined fields, as the whole-record writer did.
        await spool.endRun(outline, fileTimes);
        this.timings.endRun(fileTimes, new Date().toISOString());
    }
    /** The verdict over every run collected; call once, after the last run. */
    verdict() {
        return this.builder.finish();
    }
    async writeRecords(path) {
        await (await this.spooled()).copyTo(path);
    }
    timingsJson() {
        return this.timings.serialize();
    }
    /** Removes the temporary copy of records.jsonl; the proof folder's own copy stays. */
    async dispose() {
        if (this.spool)
            await (await this.spool).dispose();
    }
    spooled() {
        return (this.spool ??= RecordsSpool.open());
    }
    /** Why the framework stopped, for a run that failed with no failing test (its module reads the output). */
    async stopReason(executed, anyFailure) {
        const read = (0,frameworks/* frameworkModule */.p5)(this.context.preset.framework).stopReason;
        const { exitCode, timedOut } = executed.outcome;
        if (read === undefined || !exitCode || timedOut || anyFailure)
            return {};
        const reason = read(await readOutputHead(executed.logPath));
        return reason === undefined ? {} : { stopReason: reason.slice(0, 500) };
    }
    async parseReports(executed, options = {}) {
        // Messages name a collected report as the user knows it (reports/x.xml), not as shardproof's copy.
        const files = executed.reportPaths.map((path, i) => ({ path, name: executed.reportNames?.[i] ?? path }));
        const parsed = await (0,parse_report/* parseReports */.jk)(files, { ...options, rootDir: this.settings.workingDirectory });
        for (const report of parsed.reports) {
            for (const w of report.warnings)
                this.io.debug(`${report.source}: ${w}`);
        }
        return parsed;
    }
    /** A run's results, whole, as the verdict sees them: the isolation checks read their runs with it (they keep
     * only what they compare, never the run's texts). */
    async parseRun(executed, givenFiles) {
        return this.parseRerun(executed, givenFiles);
    }
    /** A rerun's results, whole: a rerun runs only the failed tests. */
    async parseRerun(executed, givenFiles) {
        const parsed = await this.parseReports(executed);
        const rebased = rebaseRun(parsed.reports.flatMap((report) => report.tests), givenFiles);
        return numberRunResults(rebased.tests, (0,frameworks/* frameworkModule */.p5)(this.context.preset.framework).isLoadError);
    }
    async rerunFailures(executed, failed) {
        if (this.settings.rerunFailed === 0 || failed.length === 0)
            return [];
        const results = [];
        await rerunFailedTests({
            ...this.context,
            ...this.position,
            failed,
            rerunFailed: this.settings.rerunFailed,
            run: executed.run,
            stillFailing: async (record) => {
                const wanted = new Set(record.tests.map((t) => t.id));
                const parsed = await this.parseRerun(record, record.tests.flatMap((t) => t.file ?? []));
                // A file that failed to load and loads in the rerun has no load error there, but its tests.
                const rerun = [...parsed.filter((t) => wanted.has(t.id)), ...loadErrorsCleared(record.tests, parsed)];
                results.push({ executed: record, tests: rerun });
                const passed = new Set(rerun.filter((t) => !(0,results_by_id/* isFailure */.N)(t)).map((t) => t.id));
                return record.tests.filter((t) => !passed.has(t.id));
            },
        });
        return results;
    }
}
function fileSecondsOf(parsed) {
    const seconds = {};
    for (const report of parsed.reports) {
        for (const { file, seconds: s } of report.fileTimes ?? [])
            seconds[file] = (seconds[file] ?? 0) + s;
    }
    return seconds;
}
function withoutTexts(test) {
    const { message: _message, details: _details, ...rest } = test;
    return rest;
}

;// CONCATENATED MODULE: ./src/verdict/isolation.ts
/**
 * Why a test flakes, from the isolation checks (iDFlakies' classes): it fails only in parallel, only in some
 * order, or at random. Pure: observations in, a cause out. What to fix differs for each: state shared between
 * workers, state shared between tests, or timing and randomness.
 */
/** The cause of a test's failures, or undefined when the checks that ran say nothing about it. */
function classifyIsolation(o) {
    // The same order that fails with several workers passes with one: parallelism, not the order, explains it.
    if (o.serialSameSeed && o.serial === 'passed' && o.sameSeed?.every((x) => x === 'failed')) {
        return parallelDependent(o, ' with the same seed (the same order)');
    }
    if (o.sameSeed && o.sameSeed.length > 0) {
        const failedAgain = o.sameSeed.filter((x) => x === 'failed').length;
        if (failedAgain === o.sameSeed.length) {
            const kind = o.alone === 'passed' ? 'victim' : o.alone === 'failed' ? 'brittle' : undefined;
            if (kind === 'brittle' && o.everPassed === false)
                return undefined;
            const alone = kind === 'victim'
                ? '; it passes alone, so a test before it leaves state behind'
                : kind === 'brittle'
                    ? '; it fails alone too, so it needs a test before it to set state up'
                    : '';
            const polluter = kind === 'victim' && o.polluter !== undefined ? o.polluter : undefined;
            return {
                class: 'order-dependent',
                ...(kind ? { kind } : {}),
                evidence: `failed again in ${failedAgain} of ${o.sameSeed.length} repeats with the same seed (the same order)${alone}` +
                    (polluter !== undefined ? `; running ${polluter} just before it is enough to make it fail` : ''),
                ...(polluter !== undefined ? { polluter } : {}),
            };
        }
        return {
            class: 'non-deterministic',
            evidence: `passed in ${o.sameSeed.length - failedAgain} of ${o.sameSeed.length} repeats with the same seed: ` +
                'the order does not explain its failure (timing, randomness or the environment do)',
        };
    }
    if (o.serial === 'passed' && o.parallelFailed > 0)
        return parallelDependent(o, '');
    return undefined;
}
function parallelDependent(o, sameOrder) {
    return {
        class: 'parallel-dependent',
        evidence: `failed in ${o.parallelFailed} of ${o.parallelFailed + o.parallelPassed} parallel runs and passed in ` +
            `the one-worker run${sameOrder}: it shares state with tests in other workers (files, ports, a database, globals)`,
    };
}

// EXTERNAL MODULE: ./src/verdict/attach-causes.ts
var attach_causes = __webpack_require__(58173);
;// CONCATENATED MODULE: ./src/steps/find-polluter.ts
/**
 * Names the test that makes an order-dependent victim fail: a bisection of the tests that ran before it, each
 * step running one half and then the victim, in that order, with one worker. Only a single polluter is found;
 * when the failure needs several tests together, or does not come back without the rest of the run, the
 * answer is "none found" rather than a guess.
 */
/** Runs a bisection may take: log2(50 tests before it) + the first and last confirmation. */
const MAX_BISECT_RUNS = 8;
/**
 * `failsAfter(prefix)` runs the prefix then the victim and says whether the victim failed (undefined when the
 * run said nothing about it). Returns the polluter, or undefined.
 */
async function bisectPolluter(before, failsAfter, maxRuns = MAX_BISECT_RUNS) {
    if (before.length === 0 || maxRuns < 1)
        return undefined;
    let runs = 1;
    // The tests before it, on their own, must bring the failure back, or no subset of them will.
    if ((await failsAfter(before)) !== true)
        return undefined;
    let candidates = before;
    while (candidates.length > 1 && runs < maxRuns - 1) {
        const first = candidates.slice(0, Math.ceil(candidates.length / 2));
        runs++;
        candidates = (await failsAfter(first)) === true ? first : candidates.slice(first.length);
    }
    if (candidates.length !== 1)
        return undefined;
    // The second half was taken on the first half's pass: confirm the one left.
    if (candidates === before)
        return candidates[0];
    return (await failsAfter(candidates)) === true ? candidates[0] : undefined;
}

;// CONCATENATED MODULE: ./src/steps/isolation-evidence.ts
/**
 * What a finding of the isolation checks carries besides its class: where the test first failed and how
 * to get that run back (the command with the shuffle's environment, seed, workers, shard, and the tests
 * that ran before it as the report lists them).
 */


/** The tests listed before a failing one, nearest last: at most this many. */
const MAX_BEFORE = 50;
/**
 * For each failed test, the tests that ran before it in its worker, as the report lists them (nearest last,
 * at most MAX_BEFORE): with one worker every test listed before it; with several, the tests of its own file
 * listed before it, since reports do not say which worker ran what (the caller asks only where a file runs in
 * one worker). One pass, and never more than 2 × MAX_BEFORE tests kept per file.
 */
function testsBefore(tests, failed, workers, name = (test) => test.id) {
    const found = new Map();
    const all = [];
    const byFile = new Map();
    const remember = (list, test) => {
        list.push(test);
        if (list.length > 2 * MAX_BEFORE)
            list.splice(0, list.length - MAX_BEFORE);
    };
    for (const test of tests) {
        if (failed.has(test)) {
            const list = workers > 1 ? (test.file === undefined ? [] : (byFile.get(test.file) ?? [])) : all;
            const beforeTests = list.slice(-MAX_BEFORE);
            found.set(test, { before: beforeTests.map(name), beforeTests });
        }
        if (test.fileError || test.outcome === 'skipped')
            continue;
        remember(all, test);
        if (test.file === undefined)
            continue;
        let mates = byFile.get(test.file);
        if (!mates)
            byFile.set(test.file, (mates = []));
        remember(mates, test);
    }
    return found;
}
function reproductionFor(site, context) {
    const { position } = context;
    const env = Object.entries(site.env).map(([name, value]) => `${name}=${(0,template/* displayCommand */.kc)([value])}`);
    return {
        command: [...env, (0,template/* displayCommand */.kc)(site.argv)].join(' '),
        workers: position.workers,
        ...(site.seed !== undefined ? { seed: site.seed } : {}),
        ...(position.shard ? { shard: { index: position.shard.index, total: position.shard.total } } : {}),
        ...(site.before && site.before.length > 0 ? { before: site.before } : {}),
    };
}
/** Pass or fail per test id; skipped and absent tests say nothing. */
function outcomes(tests) {
    const found = new Map();
    for (const test of tests) {
        if ((0,results_by_id/* isFailure */.N)(test))
            found.set(test.id, 'failed');
        else if (test.outcome === 'passed' && found.get(test.id) !== 'failed')
            found.set(test.id, 'passed');
    }
    return found;
}
function optional(key, value) {
    return value === undefined ? {} : { [key]: value };
}

;// CONCATENATED MODULE: ./src/steps/isolation-checks.ts










/** Repeats of a failing shuffled run with its seed; a test must fail in all of them to be order-dependent. */
const SAME_SEED_REPEATS = 2;
/** Tests run alone per step at most: each is a process of its own. */
const MAX_ALONE_RUNS = 10;
/** Victims whose polluter is searched for per step (each search is up to MAX_BISECT_RUNS runs). */
const MAX_POLLUTER_SEARCHES = 3;
class IsolationChecks {
    opts;
    manifestRuns = [];
    runs = [];
    sameSeed = new Map();
    alone = new Map();
    firstFailures = new Map();
    serialOutcomes;
    serialSeed;
    polluters = new Map();
    aloneRuns = 0;
    polluterSearches = 0;
    /** The report lists a worker's tests in run order, and a selection runs in the order given: a bisection
     * of the tests before a victim can name its polluter. */
    inRunOrder;
    keepsOrder;
    /** Tests named in a finding (before it, the polluter) the way the framework's users write them. */
    displayId;
    constructor(opts) {
        this.opts = opts;
        const module = (0,frameworks/* frameworkModule */.p5)(opts.context.preset.framework);
        this.inRunOrder = module.reportInRunOrder === true;
        this.keepsOrder = module.selectionKeepsOrder === true;
        this.displayId = (test) => module.displayId(test);
    }
    get active() {
        return this.opts.serial || this.opts.order !== undefined;
    }
    /** After each stability run: where each test first failed, and for a shuffled run the same-seed checks. */
    async afterRun(executed) {
        if (!this.active)
            return;
        const tests = await this.opts.parse(executed, this.opts.files);
        const failed = tests.filter((t) => (0,results_by_id/* isFailure */.N)(t) && !t.fileError);
        const shuffleEnv = executed.seed === undefined || failed.length === 0
            ? {}
            : (await this.opts.order.setup(executed.seed, this.opts.position.workers)).env;
        const firsts = failed.filter((t) => !this.firstFailures.has(t.id));
        // Several workers keep a file in one worker only in shuffled runs (pytest's --dist loadfile).
        const ordered = this.inRunOrder && (this.opts.position.workers === 1 || executed.seed !== undefined);
        const before = ordered
            ? testsBefore(tests, new Set(firsts), this.opts.position.workers, this.displayId)
            : undefined;
        for (const test of firsts) {
            this.firstFailures.set(test.id, {
                argv: executed.argv,
                seed: executed.seed,
                env: shuffleEnv,
                ...before?.get(test),
            });
        }
        const fresh = failed.filter((t) => !this.sameSeed.has(t.id));
        if (executed.seed === undefined || fresh.length === 0)
            return;
        await this.repeatWithSeed(executed, fresh);
    }
    /** `isolation: serial`: one run of the same files with one worker (shuffled like run 1 when runs are). */
    async serialRun() {
        if (!this.opts.serial)
            return;
        const { logger } = this.opts.context;
        if (this.opts.position.workers <= 1) {
            logger.info('isolation: serial adds nothing: the runs already used one worker');
            return;
        }
        this.serialSeed = this.opts.order?.seedFor(1);
        const record = await this.extraRun('serial', {
            label: `Isolation check: one worker${this.serialSeed === undefined ? '' : `, seed ${this.serialSeed}`}`,
            baseName: 'run-serial',
            run: 1,
            workers: 1,
            files: this.opts.files,
            filterArgs: this.opts.filterArgs,
            shuffle: this.serialSeed === undefined ? undefined : await this.opts.order.setup(this.serialSeed, 1),
            seed: this.serialSeed,
        });
        this.serialOutcomes = outcomes(await this.opts.parse(record, this.opts.files));
    }
    /**
     * Puts each failed or flaky test's cause, with its reproduction, on the verdict: on its notable tests (the
     * summary and annotations) and on every test it yields (results.json) when it is a compact verdict. Only
     * tests that failed in some run are looked at; their causes are the only per-test state kept.
     */
    applyCauses(verdict) {
        verdict.isolationRuns = this.runs;
        const causes = new Map();
        if (this.firstFailures.size > 0) {
            for (const test of (0,verdict_builder/* everyTest */.E)(verdict)) {
                const cause = this.causeOf(test);
                if (cause)
                    causes.set(test.id, cause);
            }
        }
        (0,attach_causes/* attachCauses */.A)(verdict, causes);
        return causes.size;
    }
    causeOf(test) {
        if (test.class !== 'failed' && test.class !== 'flaky')
            return undefined;
        const site = this.firstFailures.get(test.id);
        if (!site)
            return undefined;
        const cause = classifyIsolation({
            parallelFailed: this.opts.position.workers > 1 ? test.runsFailed : 0,
            parallelPassed: this.opts.position.workers > 1 ? test.runsPassed : 0,
            ...optional('serial', this.serialOutcomes?.get(test.id)),
            ...optional('sameSeed', this.sameSeed.get(test.id)),
            ...optional('alone', this.alone.get(test.id)),
            ...optional('polluter', this.polluters.get(test.id)),
            everPassed: test.runsPassed > 0,
            serialSameSeed: site.seed !== undefined && site.seed === this.serialSeed,
        });
        if (cause)
            cause.reproduction = reproductionFor(site, this.opts);
        return cause;
    }
    async repeatWithSeed(executed, failed) {
        const seed = executed.seed;
        const { workers } = this.opts.position;
        const shuffle = await this.opts.order.setup(seed, workers);
        const seen = new Map(failed.map((t) => [t.id, []]));
        for (let repeat = 1; repeat <= SAME_SEED_REPEATS; repeat++) {
            const record = await this.extraRun('same-seed', {
                label: `Isolation check: run ${executed.run} again with seed ${seed} (${failed.length} failed test(s))`,
                baseName: `run-${executed.run}-same-seed-${repeat}`,
                run: executed.run,
                workers,
                files: this.opts.files,
                filterArgs: this.opts.filterArgs,
                shuffle,
                seed,
            });
            const found = outcomes(await this.opts.parse(record, this.opts.files));
            for (const [id, list] of seen) {
                const outcome = found.get(id);
                if (outcome)
                    list.push(outcome);
            }
            // One pass is enough to call a test non-deterministic; stop once every test has passed once.
            if ([...seen.values()].every((list) => list.includes('passed')))
                break;
        }
        for (const test of failed) {
            const list = seen.get(test.id);
            if (list.length === 0)
                continue;
            this.sameSeed.set(test.id, list);
            if (list.every((x) => x === 'failed'))
                await this.runAlone(test, this.firstFailures.get(test.id), executed.run);
        }
    }
    async runAlone(test, site, run) {
        if (this.aloneRuns >= MAX_ALONE_RUNS) {
            if (this.aloneRuns++ === MAX_ALONE_RUNS)
                this.opts.context.logger.info(`isolation: more than ${MAX_ALONE_RUNS} tests failed again with their seed; the rest are not run alone`);
            return;
        }
        this.aloneRuns++;
        const outcome = await this.runInOrder('alone', [test], test, {
            label: `Isolation check: ${test.id} alone`,
            baseName: `run-${run}-alone-${this.aloneRuns}`,
            run,
        });
        if (!outcome)
            return;
        this.alone.set(test.id, outcome);
        const before = site?.beforeTests ?? [];
        if (outcome === 'passed' && before.length > 0 && this.inRunOrder && this.keepsOrder) {
            if (this.polluterSearches++ >= MAX_POLLUTER_SEARCHES)
                return;
            let step = 0;
            const polluter = await bisectPolluter(before, async (prefix) => {
                const result = await this.runInOrder('bisect', [...prefix, test], test, {
                    label: `Isolation check: ${test.id} after ${prefix.length} of the tests before it`,
                    baseName: `run-${run}-bisect-${this.polluterSearches}-${++step}`,
                    run,
                });
                return result === undefined ? undefined : result === 'failed';
            });
            if (polluter)
                this.polluters.set(test.id, this.displayId(polluter));
        }
    }
    /** Runs exactly `tests`, in that order where the framework keeps it, with one worker: how did `target` do? */
    async runInOrder(check, tests, target, run) {
        const selection = (0,frameworks/* frameworkModule */.p5)(this.opts.context.preset.framework).rerunSelection(tests);
        if (selection.unselectable.length > 0 || selection.files.length === 0) {
            const reason = selection.unselectable[0]?.reason ?? 'nothing to select';
            this.opts.context.logger.info(`isolation: cannot run ${target.id} on its own: ${reason}`);
            return undefined;
        }
        const record = await this.extraRun(check, {
            ...run,
            workers: 1,
            files: selection.files,
            filterArgs: selection.filterArgs,
        });
        const given = tests.flatMap((t) => t.file ?? []);
        return outcomes(await this.opts.parse(record, given)).get(target.id);
    }
    async extraRun(check, run) {
        const { context, position } = this.opts;
        const at = {
            run: run.run,
            runs: position.runs,
            shard: position.shard?.index ?? 1,
            shardTotal: position.shard?.total ?? 1,
            workers: run.workers,
        };
        context.logger.startGroup(run.label);
        try {
            const base = { ...context, files: run.files, filterArgs: run.filterArgs };
            const record = await (0,run_with_report/* runWithReport */.E)({
                ...withShuffle(base, run.shuffle),
                position: at,
                baseName: run.baseName,
            });
            record.check = check;
            if (run.shuffle && run.seed !== undefined)
                record.seed = run.seed;
            context.logger.info(`${run.baseName}: ${record.outcome.message}`);
            this.manifestRuns.push(manifestRun(record));
            this.runs.push({
                name: run.baseName,
                check,
                workers: run.workers,
                ...(record.seed !== undefined ? { seed: record.seed } : {}),
                exitCode: record.outcome.exitCode,
                wallMs: record.outcome.wallMs,
                reportMissing: record.reportMissing,
            });
            return record;
        }
        finally {
            context.logger.endGroup();
        }
    }
}

;// CONCATENATED MODULE: ./src/steps/order-setting.ts
/**
 * `order: shuffle` for this step: whether the framework can shuffle here, and the first run's seed. Said
 * once in the log; a framework without a seeded shuffle runs unshuffled.
 */





function decideOrder(io, settings, preset, outputDir, env) {
    if (settings.order !== 'shuffle')
        return undefined;
    const module = (0,frameworks/* frameworkModule */.p5)(preset.framework);
    const unavailable = module.shuffleArgs
        ? module.shuffleUnavailable?.({ cwd: settings.workingDirectory, env })
        : `${preset.framework} has no seeded shuffle shardproof can use`;
    if (unavailable) {
        io.warning(`order: shuffle is not applied, the runs keep their order: ${unavailable}`);
        return undefined;
    }
    const firstSeed = settings.orderSeed ?? (0,external_node_crypto_.randomInt)(run_settings/* MAX_ORDER_SEED */.US);
    const source = settings.orderSeed !== undefined ? 'input order-seed' : 'random; order-seed repeats it';
    io.info(`order: shuffled, run k with seed ${firstSeed} + k - 1 (${source})`);
    // The helper files (pytest's plugin) go into the proof folder: the reproduction commands point at them.
    return seededOrder(module, { firstSeed, helperDir: (0,external_node_path_.join)(outputDir, 'order-plugin'), baseEnv: env });
}

// EXTERNAL MODULE: ./src/steps/run-context.ts
var run_context = __webpack_require__(99644);
// EXTERNAL MODULE: ./src/proof/artifact-name.ts
var artifact_name = __webpack_require__(40780);
// EXTERNAL MODULE: ./src/platform/artifact-errors.ts
var artifact_errors = __webpack_require__(66597);
;// CONCATENATED MODULE: ./src/steps/upload-artifact.ts
/**
 * Stores a folder as one artifact, best-effort like a cache save: a failed upload is retried with backoff,
 * then becomes one warning naming what was lost. It never throws, so it never changes or hides the test
 * outcome (a shard's missing proof is caught by the report job).
 */

/** Pauses before the 2nd and 3rd attempt: a blip in the results service or blob storage passes in seconds. */
const UPLOAD_RETRY_DELAYS_MS = [1_000, 4_000];
async function uploadWithRetry(io, artifacts, options) {
    const delays = options.retryDelaysMs ?? UPLOAD_RETRY_DELAYS_MS;
    const attempts = delays.length + 1;
    const upload = { retentionDays: options.retentionDays };
    let lastError = '';
    let taken = false;
    let attempt = 1;
    for (; attempt <= attempts; attempt++) {
        try {
            const result = await artifacts.upload(options.name, options.dir, upload);
            io.info(`${options.dir} stored as ${result.location}${result.url ? ` (${result.url})` : ''}`);
            return result;
        }
        catch (error) {
            lastError = oneLine(error instanceof Error ? error.message : String(error));
            taken = error instanceof artifact_errors/* ArtifactConflictError */.jn;
            if (attempt === attempts || (0,artifact_errors/* uploadCannotSucceed */.b$)(error))
                break;
            const wait = delays[attempt - 1];
            io.info(`upload of artifact ${options.name} failed (attempt ${attempt} of ${attempts}: ${lastError}); ` +
                `retrying in ${wait / 1000} s`);
            await new Promise((resolve) => setTimeout(resolve, wait));
        }
    }
    const tries = attempt === 1 ? '1 attempt (not retried: another would fail the same way)' : `${attempt} attempts`;
    const hint = taken ? " Give each job that runs the step its own 'artifact-name'." : '';
    io.warning(`Artifact ${options.name} was not uploaded after ${tries} (${lastError}): folder ${options.dir} is not ` +
        `kept.${hint} ${options.consequence}`);
    return undefined;
}
/** The first line, with query strings cut from URLs: a signed blob URL carries its token in the query. */
function oneLine(text) {
    const line = text.split(/\r?\n/)[0].replace(/(https?:\/\/[^\s?#]+)[?#]\S*/g, '$1?…');
    return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}

;// CONCATENATED MODULE: ./src/steps/store-proof.ts



function proofIdentity(settings, selection, framework, env) {
    const identity = {
        suite: selection.shard?.suite ?? settings.suite ?? plan_file/* DEFAULT_SUITE */.TR,
        ...(selection.shard ? { shard: { index: selection.shard.index, total: selection.shard.total } } : {}),
        ...(settings.runSlot !== undefined ? { runSlot: settings.runSlot } : {}),
        attempt: runAttempt(env),
    };
    return {
        ...identity,
        ...(settings.runSlot !== undefined && selection.runSlots ? { runSlots: selection.runSlots } : {}),
        ...(selection.planHash ? { planHash: selection.planHash } : {}),
        framework,
        artifactName: (0,artifact_name/* proofArtifactName */.ei)(settings.artifactName, identity),
    };
}
/** GITHUB_RUN_ATTEMPT: 1 for the first attempt of a workflow run, and off GitHub. */
function runAttempt(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT);
    return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}
/** Uploads the proof folder and sets `artifact-id` / `artifact-url` when the store gives them. */
async function storeProof(io, artifacts, options) {
    const { proof } = options;
    const anonymous = proof.shard === undefined && proof.runSlot === undefined;
    const stored = await uploadWithRetry(io, artifacts, {
        name: proof.artifactName,
        dir: options.dir,
        retentionDays: options.retentionDays,
        retryDelaysMs: options.retryDelaysMs,
        consequence: 'The test outcome is unchanged; a report job will list this proof as missing.' +
            // Jobs that are neither shards nor run slots share one name unless the workflow gives each its own.
            (anonymous ? " If several jobs of this workflow run the step, give each its own 'artifact-name'." : ''),
    });
    if (stored?.id !== undefined)
        io.setOutput('artifact-id', String(stored.id));
    if (stored?.url !== undefined)
        io.setOutput('artifact-url', stored.url);
}

// EXTERNAL MODULE: ./src/report/annotation-path.ts
var annotation_path = __webpack_require__(76889);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/run-summary.ts + 2 modules
var run_summary = __webpack_require__(46894);
;// CONCATENATED MODULE: ./src/steps/publish-verdict.ts
/**
 * Publishes a verdict where a person sees it: annotations for failed and flaky tests within the step's
 * budget, and the job summary (also kept as a file in the proof folder). The run step publishes its own
 * runs; the report step publishes the merged verdict of every shard and run slot with the same code.
 */




async function publishVerdict(io, verdict, options) {
    // Tests get the annotations the runs left over, less one error kept for the step's own failure message.
    const selected = (0,annotations/* selectAnnotations */.T)(verdict, { perLevel: io.remaining({ error: options.failing ? 1 : 0 }) });
    for (const annotation of selected.annotations) {
        const props = { ...annotation.props, file: options.annotationPath(annotation.props.file) };
        io[annotation.level](annotation.message, props);
    }
    const summary = (0,run_summary/* renderRunSummary */.q)(verdict, {
        failOnFlaky: options.failOnFlaky,
        confidence: options.confidence,
        omitted: {
            error: selected.omitted.error + io.overflow.error,
            warning: selected.omitted.warning + io.overflow.warning,
            notice: selected.omitted.notice + io.overflow.notice,
        },
        reproduceCommand: options.reproduceCommand,
    });
    if (options.summaryFile)
        await (0,own_files/* writeOwnFile */.OP)(options.summaryFile, summary);
    await io.appendSummary(summary);
    return summary;
}
/** Annotations are placed relative to the repository root (GITHUB_WORKSPACE); results are relative to the
 * directory the tests ran in. */
function repositoryPath(workingDirectory, env) {
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    return (file) => (file ? (0,annotation_path/* annotationPath */.Z)(file, workingDirectory, workspace) : undefined);
}

// EXTERNAL MODULE: ./src/steps/plan-artifact.ts
var plan_artifact = __webpack_require__(94607);
;// CONCATENATED MODULE: ./src/steps/reproduce.ts


const NEEDS_A_LOOK = new Set(['failed', 'flaky', 'file-error']);
/** A verdict's test as the framework's rerun filter needs it (only identity matters for selection). */
function asResult(test) {
    const result = { id: test.id, name: test.name, outcome: 'failed', duration: 0 };
    if (test.file !== undefined)
        result.file = test.file;
    if (test.suite !== undefined)
        result.suite = test.suite;
    if (test.class === 'file-error')
        result.fileError = true;
    return result;
}
/** Ids a user can paste into the framework (pytest node ids, `file > describe > test`, `pkg TestX/sub`),
 * on the verdict's tests and, for a compact verdict, on every test it yields for results.json. */
function addDisplayIds(verdict, preset) {
    const module = (0,frameworks/* frameworkModule */.p5)(preset.framework);
    for (const test of verdict.tests)
        test.displayId = displayIdOf(test, module);
    if ('eachTest' in verdict) {
        const compact = verdict;
        const eachTest = compact.eachTest.bind(compact);
        compact.eachTest = function* () {
            for (const test of eachTest())
                yield { ...test, displayId: displayIdOf(test, module) };
        };
    }
}
function displayIdOf(test, module) {
    if (test.class === 'file-error')
        return test.file ?? test.id;
    // The k-th test of one name keeps its ordinal, so two rows never read the same.
    const ordinal = / #\d+$/.exec(test.id)?.[0] ?? '';
    return module.displayId(asResult(test)) + ordinal;
}
/**
 * The command for the summary's "to reproduce" line: the tests that failed or flaked, selected the way a
 * rerun selects them, so a user can paste it; the whole run's command when nothing failed or the
 * framework cannot select single tests.
 */
function reproduceCommand(verdict, preset, runArgv, workers) {
    const failing = verdict.tests.filter((t) => NEEDS_A_LOOK.has(t.class)).map(asResult);
    if (failing.length === 0)
        return (0,template/* displayCommand */.kc)(runArgv);
    const selection = (0,frameworks/* frameworkModule */.p5)(preset.framework).rerunSelection(failing);
    if (selection.unselectable.length > 0 || selection.files.length === 0)
        return (0,template/* displayCommand */.kc)(runArgv);
    const invocation = (0,template/* buildInvocation */.J8)(preset.command, {
        files: selection.files.map(preset.fileArg),
        filterArgs: selection.filterArgs,
        workers,
        results: `report.${preset.reportExtension}`,
        run: 1,
    });
    return invocation.usesFiles ? (0,template/* displayCommand */.kc)(invocation.argv) : (0,template/* displayCommand */.kc)(runArgv);
}

// EXTERNAL MODULE: ./src/steps/select-tests.ts
var select_tests = __webpack_require__(56683);
;// CONCATENATED MODULE: ./src/steps/run-step.ts


























/** The run step: N runs of this job's tests (or run slot k of a matrix), classified, reported and stored. */
async function runStep(services, options = {}) {
    // `calibrate` measures worker counts instead of proving stability: a different question, one step.
    if (services.io.getInput('calibrate')) {
        await (0,calibrate_step.calibrateStep)(services);
        return;
    }
    const { env, artifacts } = services;
    const io = new annotation_budget/* AnnotationBudget */.T(services.io);
    const settings = (0,run_settings/* readRunSettings */.xX)(io, process.cwd());
    const selection = await (0,select_tests/* selectTests */.M0)(settings, artifacts, (0,plan_artifact/* runAttempt */.Tm)(env), (m) => io.warning(m));
    const inputs = withSuiteWorkers(io, selection.suiteWorkers);
    const suite = selection.shard?.suite ?? settings.suite ?? plan_file/* DEFAULT_SUITE */.TR;
    const measuredMemory = await (0,memory_figure/* findMeasuredMemory */.dy)({
        io,
        inputs,
        env,
        timings: services.timings,
        suite,
        plan: selection.planned ? { memory: selection.plannedMemory } : undefined,
    });
    const capacity = (0,capacity_step/* decideCapacity */.D)(io, inputs, { root: (0,capacity_step/* capacityRoot */.x)(env), measuredMemory });
    const childEnv = (0,child_env/* childEnvironment */.Q)(env);
    const unusable = (0,frameworks/* frameworkModule */.p5)(selection.framework).unusableWorkers?.(capacity.workers, {
        cwd: settings.workingDirectory,
        env: childEnv,
        ownCommand: selection.command === undefined,
    });
    if (unusable) {
        io.info(`workers: 1 (${unusable})`);
        capacity.workers = 1;
        io.setOutput('workers', '1');
    }
    const preset = (0,frameworks/* resolvePreset */.gr)(selection.framework, {
        workers: capacity.workers,
        command: selection.command,
        results: settings.results,
        cwd: settings.workingDirectory,
    });
    if (selection.shard && selection.shard.total > 1 && !usesFiles(preset)) {
        throw new user_error/* UserError */.y(`Input 'command' has no {files}, so every one of the ${selection.shard.total} shards would run the whole ` +
            `suite. Put {files} where the test files go, e.g. "pytest {files}".`);
    }
    io.info(`tests: ${selection.source}`);
    const slot = settings.runSlot;
    if (slot !== undefined && selection.runSlots !== undefined && slot > selection.runSlots) {
        throw new user_error/* UserError */.y(`Input 'run-slot': ${slot} is past the plan's ${selection.runSlots} run slots (plan input 'runs'); ` +
            'pass the matrix value: run-slot: ${{ matrix.run }}.');
    }
    const totalRuns = slot === undefined ? settings.runs : Math.max(slot, selection.runSlots ?? 1);
    io.info(slot === undefined
        ? `runs: ${settings.runsReason}`
        : `runs: 1, as run ${slot}${selection.runSlots ? ` of ${selection.runSlots}` : ''} (input run-slot)`);
    const outputDir = settings.outputDir ?? defaultOutputDir(env, selection, slot);
    await clearOwnFiles(outputDir);
    io.setOutput('proof-dir', outputDir);
    const proof = proofIdentity(settings, selection, preset.framework, env);
    const runner = {
        os: `${process.platform}-${process.arch}`,
        cpus: capacity.capacity.cpus,
        memoryBytes: capacity.capacity.memoryBytes,
        workers: capacity.workers,
    };
    const context = (0,run_context/* runContext */.p)(preset, outputDir, settings, childEnv, io);
    const position = { workers: capacity.workers, runs: totalRuns, shard: selection.shard };
    const collector = new RunCollector(context, position, settings, io, selection.files);
    const order = decideOrder(io, settings, preset, outputDir, childEnv);
    const checks = new IsolationChecks({
        context,
        position,
        files: selection.files,
        filterArgs: selection.filterArgs,
        order,
        serial: settings.isolation === 'serial',
        parse: (executed, files) => collector.parseRun(executed, files),
    });
    const folder = {
        outputDir,
        framework: preset.framework,
        runner,
        proof,
        cwd: settings.workingDirectory,
        env,
    };
    let failure;
    let written = false;
    let stepError;
    // From here on the job has a proof to keep, whatever happens: the upload runs in `finally`.
    try {
        if (selection.planned && selection.planned.length === 0) {
            const message = `shard ${selection.shard.index} has no tests: the plan assigned it nothing (more shards than files).`;
            io.info(message);
            await writeProofFolder({
                ...folder,
                command: [],
                manifestRuns: [],
                runs: { records: [] },
                confidence: 'no tests ran',
            });
            written = true;
            setCountOutputs(io, (0,external_node_path_.join)(outputDir, 'results.json'));
            await io.appendSummary(`### shardproof\n\n${message}\n`);
            return;
        }
        await runSeries({
            ...context,
            ...position,
            runs: slot === undefined ? settings.runs : 1,
            firstRun: slot,
            totalRuns,
            files: selection.files,
            filterArgs: selection.filterArgs,
            order,
            collect: async (executed) => {
                await collector.collect(executed);
                await checks.afterRun(executed);
            },
        });
        (0,memory_figure/* warnMemoryFaults */.pn)(io, suite, runner, collector.manifestRuns);
        await checks.serialRun();
        const verdict = collector.verdict();
        if (checks.active)
            io.info(`isolation checks: ${checks.applyCauses(verdict)} test(s) with a cause`);
        failure = (0,step_failure/* stepFailure */.n)(verdict, { failOnFlaky: settings.failOnFlaky });
        addDisplayIds(verdict, preset);
        await publishVerdict(io, verdict, {
            failing: failure !== undefined,
            failOnFlaky: settings.failOnFlaky,
            confidence: settings.confidence,
            reproduceCommand: reproduceCommand(verdict, preset, collector.firstArgv, capacity.workers),
            annotationPath: repositoryPath(settings.workingDirectory, env),
            summaryFile: (0,external_node_path_.join)(outputDir, 'summary.md'),
        });
        const confidence = (0,verdict_confidence/* confidenceSentence */.I1)(verdict, settings.confidence);
        const { resultsPath } = await writeProofFolder({
            ...folder,
            command: collector.firstArgv,
            // The isolation checks' extra runs come last, labelled with their `check`: they are in no total.
            manifestRuns: [...collector.manifestRuns, ...checks.manifestRuns],
            runs: collector,
            verdict,
            confidence,
        });
        written = true;
        setCountOutputs(io, resultsPath, verdict.counts);
        io.info(confidence);
    }
    catch (error) {
        stepError = error instanceof Error ? error.message : String(error);
        throw error;
    }
    finally {
        if (!written)
            await writePartialProof(io, { ...folder, collector, stepError, checkRuns: checks.manifestRuns });
        await collector.dispose();
        if (settings.upload) {
            await storeProof(io, artifacts, {
                proof,
                dir: outputDir,
                retentionDays: settings.retentionDays,
                retryDelaysMs: options.uploadRetryDelaysMs,
            });
        }
    }
    if (failure)
        io.setFailed(failure);
}
/** After an error mid-step, the runs done so far still make a proof: marked with the error, never complete. */
async function writePartialProof(io, folder) {
    const { collector, checkRuns = [], ...rest } = folder;
    try {
        await writeProofFolder({
            ...rest,
            stepError: rest.stepError ?? 'the step ended before its proof was written',
            command: collector.firstArgv,
            manifestRuns: [...collector.manifestRuns, ...checkRuns],
            runs: collector,
            confidence: 'the step failed before its verdict',
        });
    }
    catch (error) {
        io.warning(`could not finish the proof folder ${rest.outputDir}: ${error.message}`);
    }
}
function setCountOutputs(io, resultsPath, counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 }) {
    for (const key of ['passed', 'failed', 'flaky', 'skipped'])
        io.setOutput(key, String(counts[key]));
    io.setOutput('results-json', resultsPath);
}
function usesFiles(preset) {
    return (0,template/* buildInvocation */.J8)(preset.command, { files: ['f'], workers: 1, results: 'r', run: 1 }).usesFiles;
}
/** A planned suite's `workers` (8 for unit, 2 for e2e) applies where the step itself says auto. */
function withSuiteWorkers(io, suiteWorkers) {
    if (suiteWorkers === undefined)
        return io;
    return {
        getInput: (name) => {
            const value = io.getInput(name);
            return name === 'workers' && (value === '' || value === 'auto') ? String(suiteWorkers) : value;
        },
    };
}
function defaultOutputDir(env, selection, slot) {
    const base = env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'shardproof') : (0,platform_select/* localStateDir */.Ok)(env);
    const shard = selection.shard ? `-${selection.shard.suite}-${selection.shard.index}` : '';
    return (0,external_node_path_.join)(base, `proof${shard}${slot === undefined ? '' : `-r${slot}`}`);
}
/** A reused output folder must not mix an earlier invocation's files into this proof (the manifest hashes
 * the whole folder). Only files shardproof writes are removed; anything else is left alone. */
async function clearOwnFiles(dir) {
    await (0,promises_.mkdir)(dir, { recursive: true });
    const own = /^(run-(\d+|serial)(-(rerun|same-seed|alone|bisect)-\d+)?(-\d+)?\.(log|xml|json)|manifest\.json|results\.json|records\.jsonl|timings\.json|summary\.md)$/;
    for (const name of await (0,promises_.readdir)(dir))
        if (own.test(name))
            await (0,promises_.rm)((0,external_node_path_.join)(dir, name), { force: true });
}


/***/ })

};
