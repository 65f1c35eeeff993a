export const id = 121;
export const ids = [121];
export const modules = {

/***/ 856:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ selectAnnotations),
/* harmony export */   e: () => (/* binding */ ANNOTATIONS_PER_LEVEL)
/* harmony export */ });
/* harmony import */ var _verdict_file_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33311);
/* harmony import */ var _verdict_outcome_pattern_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(53734);
/* harmony import */ var _cap_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(70800);
/* harmony import */ var _isolation_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(93764);




/** GitHub shows at most 10 annotations per level per step from workflow commands (and 50 per job). */
const ANNOTATIONS_PER_LEVEL = 10;
const MAX_TITLE_CHARS = 200;
const MAX_FAILURE_LINES = 6;
const MAX_FAILURE_CHARS = 1000;
function byId(a, b) {
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}
// More failing runs first: a test that failed every run matters more than one that failed once.
function byRunsFailed(a, b) {
    return b.runsFailed - a.runsFailed || b.failures - a.failures || byId(a, b);
}
function byMissingRuns(a, b) {
    return b.missingRuns - a.missingRuns || byId(a, b);
}
function location(test) {
    // Without a line GitHub needs one to place the annotation on the file: line 1 shows it at the top.
    return test.file === undefined ? {} : { file: test.file, startLine: test.line ?? 1 };
}
function title(prefix, test) {
    return (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_0__/* .capText */ .y)(`${prefix}: ${test.name}`.replace(/\s+/g, ' ').trim(), MAX_TITLE_CHARS);
}
function failureText(test) {
    return causeLines(test) + messageText(test);
}
/** The isolation checks' finding, when there is one: why it fails and how to get that run back. */
function causeLines(test) {
    return test.cause ? `\n${(0,_isolation_text_js__WEBPACK_IMPORTED_MODULE_1__/* .causeText */ .xv)(test.cause)}` : '';
}
function messageText(test) {
    const text = [test.message, test.details].filter((t) => t !== undefined && t.trim() !== '').join('\n');
    return text === '' ? '' : '\n' + (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_0__/* .firstLines */ .U)(text, MAX_FAILURE_LINES, MAX_FAILURE_CHARS);
}
function runsLine(test, runs) {
    const missing = test.missingRuns > 0 ? `, absent from ${test.missingRuns}` : '';
    return `${test.pattern}  (failed in ${test.runsFailed} of ${runs} runs${missing}; ${(0,_verdict_outcome_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .patternLegend */ .ii)(test.pattern)})`;
}
function failedAnnotation(test, runs) {
    return {
        level: 'error',
        message: `Failed every time it ran: ${runsLine(test, runs)}${failureText(test)}`,
        props: { title: title('Failed', test), ...location(test) },
    };
}
function fileErrorAnnotation(test, runs) {
    if ((0,_verdict_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .loadedOnRerun */ .R)(test)) {
        return {
            level: 'warning',
            message: `Flaky at the file level: this file failed to load, then loaded on rerun: ` +
                `${runsLine(test, runs)}${failureText(test)}`,
            props: {
                title: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_0__/* .capText */ .y)(`Loaded on rerun: ${test.file ?? test.id}`, MAX_TITLE_CHARS),
                ...location(test),
            },
        };
    }
    return {
        level: 'error',
        message: `This file failed to load, so none of its tests ran: ${runsLine(test, runs)}${failureText(test)}`,
        props: { title: (0,_cap_text_js__WEBPACK_IMPORTED_MODULE_0__/* .capText */ .y)(`Failed to load: ${test.file ?? test.id}`, MAX_TITLE_CHARS), ...location(test) },
    };
}
function flakyAnnotation(test, runs) {
    return {
        level: 'warning',
        message: `Flaky, passed and failed across runs: ${runsLine(test, runs)}${failureText(test)}`,
        props: { title: title('Flaky', test), ...location(test) },
    };
}
function missingAnnotation(test, runs) {
    return {
        level: 'notice',
        message: `Absent from ${test.missingRuns} of ${runs} runs that produced a report: ${test.pattern}  (${(0,_verdict_outcome_pattern_js__WEBPACK_IMPORTED_MODULE_2__/* .patternLegend */ .ii)(test.pattern)}). A test that comes and goes is filtered, generated or crashing its worker.`,
        props: { title: title('Missing from some runs', test), ...location(test) },
    };
}
/**
 * Picks the annotations GitHub will actually show: failed tests as errors, flaky tests as warnings, and
 * tests missing from some runs as notices; at most `perLevel` each, and counts what was left out.
 */
function selectAnnotations(verdict, options = {}) {
    const limit = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
    const per = (level) => (typeof limit === 'number' ? limit : limit[level]);
    const runs = verdict.runs.length;
    // Files that failed to load come first: every test in them is missing from the counts.
    const fileErrors = verdict.tests.filter((t) => t.class === 'file-error');
    const failed = [
        ...fileErrors.filter((t) => !(0,_verdict_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .loadedOnRerun */ .R)(t)).sort(byRunsFailed),
        ...verdict.tests.filter((t) => t.class === 'failed').sort(byRunsFailed),
    ];
    // A file that loaded on rerun is flaky at the file level: a warning, before the flaky tests.
    const flaky = [
        ...fileErrors.filter(_verdict_file_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .loadedOnRerun */ .R).sort(byRunsFailed),
        ...verdict.tests.filter((t) => t.class === 'flaky').sort(byRunsFailed),
    ];
    const missing = verdict.tests
        .filter((t) => (t.class === 'passed' || t.class === 'skipped') && t.missingRuns > 0)
        .sort(byMissingRuns);
    return {
        annotations: [
            ...failed
                .slice(0, per('error'))
                .map((t) => (t.class === 'file-error' ? fileErrorAnnotation(t, runs) : failedAnnotation(t, runs))),
            ...flaky
                .slice(0, per('warning'))
                .map((t) => (t.class === 'file-error' ? fileErrorAnnotation(t, runs) : flakyAnnotation(t, runs))),
            ...missing.slice(0, per('notice')).map((t) => missingAnnotation(t, runs)),
        ],
        omitted: {
            error: Math.max(0, failed.length - per('error')),
            warning: Math.max(0, flaky.length - per('warning')),
            notice: Math.max(0, missing.length - per('notice')),
        },
    };
}


/***/ }),

/***/ 93764:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $_: () => (/* binding */ causesTable),
/* harmony export */   hl: () => (/* binding */ isolationRunsTable),
/* harmony export */   xv: () => (/* binding */ causeText)
/* harmony export */ });
/* unused harmony export causeName */
/* harmony import */ var _cap_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(70800);
/* harmony import */ var _escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37729);
/* harmony import */ var _format_units_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(79589);



/** Tests listed as having run before a failing one, nearest last: more is noise in a summary cell. */
const BEFORE_SHOWN = 5;
const MAX_COMMAND_CHARS = 500;
/** "order-dependent (victim)", "parallel-dependent". */
function causeName(cause) {
    return cause.kind ? `${cause.class} (${cause.kind})` : cause.class;
}
/** "seed 42, 2 workers, shard 1/3". */
function reproductionFacts(r) {
    return [
        r.seed !== undefined ? `seed ${r.seed}` : '',
        `${r.workers} worker${r.workers === 1 ? '' : 's'}`,
        r.shard ? `shard ${r.shard.index}/${r.shard.total}` : '',
    ]
        .filter((p) => p !== '')
        .join(', ');
}
function beforeList(before) {
    const shown = before.slice(-BEFORE_SHOWN);
    const more = before.length - shown.length;
    return `${more > 0 ? `… ${(0,_format_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(more)} more, ` : ''}${shown.join(', ')}`;
}
/** Plain text for an annotation: why, and how to get the failing run back. */
function causeText(cause) {
    const lines = [`Why: ${causeName(cause)}: ${cause.evidence}.`];
    const r = cause.reproduction;
    if (r) {
        lines.push(`Reproduce (${reproductionFacts(r)}): ${(0,_cap_text_js__WEBPACK_IMPORTED_MODULE_1__/* .capText */ .y)(r.command, MAX_COMMAND_CHARS)}`);
        if (r.before?.length)
            lines.push(`Ran before it: ${(0,_cap_text_js__WEBPACK_IMPORTED_MODULE_1__/* .capText */ .y)(beforeList(r.before), 400)}`);
    }
    return lines.join('\n');
}
function reproductionCell(r) {
    if (!r)
        return '';
    // <code> rather than backticks: entities stay entities inside an HTML element, but not in a code span.
    const before = r.before?.length ? `; ran after: ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(beforeList(r.before), 400)}` : '';
    return `<code>${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(r.command, MAX_COMMAND_CHARS)}</code> (${reproductionFacts(r)})${before}`;
}
function causeRow(test) {
    const name = test.displayId ?? test.name;
    return `| ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(name)} | ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(causeName(test.cause))} | ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(test.cause.evidence, 400)} | ${reproductionCell(test.cause.reproduction)} |`;
}
/** The summary's "why" table: every test the isolation checks found a cause for. */
function causesTable(verdict, importance) {
    const tests = verdict.tests.filter((t) => t.cause !== undefined);
    return {
        name: 'the isolation-findings table',
        rowNoun: 'isolation-finding rows',
        importance,
        head: tests.length > 0
            ? `#### Why they fail: isolation checks (${(0,_format_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatCount */ .B4)(tests.length)})\n\n| Test | Cause | Evidence | Reproduce |\n|---|---|---|---|\n`
            : '',
        rowCount: tests.length,
        row: (i) => causeRow(tests[i]),
    };
}
function isolationRunRow(run) {
    const exit = run.exitCode === null ? '—' : String(run.exitCode);
    const seed = run.seed === undefined ? '' : String(run.seed);
    return `| ${(0,_escape_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .F)(run.name)} | ${run.check} | ${run.workers} | ${seed} | ${exit}${run.reportMissing ? ', no report' : ''} | ${(0,_format_units_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(run.wallMs)} |`;
}
/** The isolation checks' extra runs, apart from the per-run table: their results are in no total. */
function isolationRunsTable(verdict, importance) {
    const runs = verdict.isolationRuns ?? [];
    return {
        name: 'the isolation-runs table',
        rowNoun: 'isolation-run rows',
        importance,
        head: runs.length > 0
            ? '#### Isolation check runs (not in the totals)\n\n| Run | Check | Workers | Seed | Exit | Duration |\n|---|---|--:|--:|---|--:|\n'
            : '',
        rowCount: runs.length,
        row: (i) => isolationRunRow(runs[i]),
    };
}


/***/ }),

/***/ 17546:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ AnnotationBudget)
/* harmony export */ });
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(856);

/**
 * GitHub shows at most 10 annotations per level per step from workflow commands and drops the rest
 * silently. Every annotation of a step goes through this one budget: past the limit an annotation becomes a
 * plain log line and is counted, so the summary can say how many were not shown. setFailed is an error
 * annotation too.
 */
class AnnotationBudget {
    io;
    limit;
    used = { error: 0, warning: 0, notice: 0 };
    overflow = { error: 0, warning: 0, notice: 0 };
    shown = new Set();
    constructor(io, limit = _report_annotations_js__WEBPACK_IMPORTED_MODULE_0__/* .ANNOTATIONS_PER_LEVEL */ .e) {
        this.io = io;
        this.limit = limit;
    }
    /** What is left per level, keeping `reserve` slots (e.g. one error for the step's failure message). */
    remaining(reserve = {}) {
        const left = (level) => Math.max(0, this.limit - this.used[level] - (reserve[level] ?? 0));
        return { error: left('error'), warning: left('warning'), notice: left('notice') };
    }
    warning(message, props) {
        this.annotate('warning', message, props);
    }
    error(message, props) {
        this.annotate('error', message, props);
    }
    notice(message, props) {
        this.annotate('notice', message, props);
    }
    setFailed(message) {
        this.used.error++;
        this.io.setFailed(message);
    }
    getInput(name) {
        return this.io.getInput(name);
    }
    setOutput(name, value) {
        this.io.setOutput(name, value);
    }
    info(message) {
        this.io.info(message);
    }
    untrusted(line) {
        this.io.untrusted(line);
    }
    debug(message) {
        this.io.debug(message);
    }
    startGroup(title) {
        this.io.startGroup(title);
    }
    endGroup() {
        this.io.endGroup();
    }
    appendSummary(markdown) {
        return this.io.appendSummary(markdown);
    }
    annotate(level, message, props) {
        const where = props?.file ? ` ${props.file}${props.startLine ? `:${props.startLine}` : ''}` : '';
        const key = `${level}${where}\0${message}`;
        // The same warning from every run (say, "cannot rerun") would use up the budget the tests need. An
        // annotation with a title is about one test: two tests may share a file and a message, and each is shown
        // or counted as not annotated, never folded into the other.
        const repeated = props?.title === undefined && this.shown.has(key);
        if (!repeated && this.used[level] < this.limit) {
            this.used[level]++;
            this.shown.add(key);
            this.io[level](message, props);
            return;
        }
        if (!repeated)
            this.overflow[level]++;
        const why = repeated ? 'annotated already' : `not annotated: over GitHub's ${this.limit} per step`;
        // Messages carry test names and output: as a plain log line they are untrusted text, never commands.
        for (const line of `${level}${where} (${why}): ${message}`.split(/\r?\n|\r/))
            this.io.untrusted(line);
    }
}


/***/ }),

/***/ 84121:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  planStep: () => (/* binding */ planStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/frameworks/index.ts + 11 modules
var frameworks = __webpack_require__(32890);
// EXTERNAL MODULE: ./src/frameworks/names.ts
var names = __webpack_require__(2377);
// EXTERNAL MODULE: ./src/inputs/find-files.ts
var find_files = __webpack_require__(75148);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
// EXTERNAL MODULE: ./src/plan/shard-count.ts
var shard_count = __webpack_require__(81321);
;// CONCATENATED MODULE: ./src/plan/suites.ts



const KEYS = new Set(['name', 'tests', 'exclude', 'framework', 'command', 'workers', 'shards']);
// Suite names end up in matrix values and artifact names, which reject most punctuation.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;
/**
 * Parses the `suites` input: a YAML list (`- name: unit\n  tests: ...`) or a map (`unit:\n  tests: ...`).
 * Empty input → no suites (the single-suite form applies). The YAML parser is loaded only here, when the input
 * is given: most workflows use `tests`, and loading it at start was a fifth of the plan bundle's cold start.
 */
async function parseSuites(text) {
    if (text.trim() === '')
        return [];
    const { parse } = await __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 38815, 19));
    let doc;
    try {
        doc = parse(text);
    }
    catch (e) {
        throw new user_error/* UserError */.y(`Input 'suites' is not valid YAML: ${e.message}`);
    }
    const entries = Array.isArray(doc)
        ? doc.map((d) => [undefined, d])
        : isRecord(doc)
            ? Object.entries(doc)
            : [];
    if (entries.length === 0) {
        throw new user_error/* UserError */.y(`Input 'suites' must be a YAML list or map of suites, each with 'tests' globs.`);
    }
    const suites = entries.map(([key, value], i) => parseSuite(key, value, i));
    const seen = new Set();
    for (const s of suites) {
        if (seen.has(s.name))
            throw new user_error/* UserError */.y(`Input 'suites': the name '${s.name}' is used twice; names must be unique.`);
        seen.add(s.name);
    }
    return suites;
}
function parseSuite(key, value, index) {
    const where = key !== undefined ? `suite '${key}'` : `suite #${index + 1}`;
    const fail = (what) => new user_error/* UserError */.y(`Input 'suites', ${where}: ${what}`);
    if (!isRecord(value))
        throw fail("must be a map with at least a 'tests' key.");
    for (const k of Object.keys(value)) {
        if (!KEYS.has(k))
            throw fail(`unknown key '${k}'; expected one of ${[...KEYS].join(', ')}.`);
    }
    const name = key ?? value.name;
    if (typeof name !== 'string' || !NAME.test(name)) {
        throw fail(`'name' must be letters, digits, '.', '_' or '-' (got ${JSON.stringify(name)}).`);
    }
    const tests = stringList(value.tests);
    if (tests === undefined || tests.length === 0)
        throw fail(`'tests' must be a glob or a list of globs.`);
    const exclude = stringList(value.exclude ?? []);
    if (exclude === undefined)
        throw fail(`'exclude' must be a glob or a list of globs.`);
    for (const k of ['framework', 'command']) {
        if (value[k] !== undefined && typeof value[k] !== 'string')
            throw fail(`'${k}' must be a string.`);
    }
    // A typo here would silently run the suite as `custom`, without its preset's reports and reruns.
    if (value.framework !== undefined && !names/* FRAMEWORKS */.i.includes(value.framework)) {
        throw fail(`'framework' must be one of ${names/* FRAMEWORKS */.i.join(', ')} (got ${JSON.stringify(value.framework)}).`);
    }
    const spec = { name, tests, exclude };
    if (value.framework !== undefined)
        spec.framework = value.framework;
    if (value.command !== undefined)
        spec.command = value.command;
    if (value.workers !== undefined) {
        const w = value.workers;
        if (!(w === 'auto' || (typeof w === 'number' && Number.isInteger(w) && w >= 1))) {
            throw fail(`'workers' must be 'auto' or a whole number ≥ 1 (got ${JSON.stringify(w)}).`);
        }
        spec.workers = w;
    }
    if (value.shards !== undefined) {
        try {
            spec.shards = (0,shard_count/* parseShardCount */.vI)(String(value.shards), 'suites');
        }
        catch {
            throw fail(`'shards' must be 'auto' or a whole number from 1 to 256 (got ${JSON.stringify(value.shards)}).`);
        }
    }
    return spec;
}
function stringList(v) {
    if (typeof v === 'string')
        return v
            .split(/\r?\n/)
            .map((s) => s.trim())
            .filter((s) => s !== '');
    if (Array.isArray(v) && v.every((s) => typeof s === 'string'))
        return v.map((s) => s.trim()).filter((s) => s !== '');
    return undefined;
}
function isRecord(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * A file matched by two suites would run in both, breaking "every test runs exactly once": that is an error
 * naming the file and both suites, so the user can narrow a glob or add an `exclude`.
 */
function assertDisjointSuites(suites) {
    const owner = new Map();
    for (const suite of suites) {
        for (const file of suite.files) {
            const first = owner.get(file);
            if (first !== undefined && first !== suite.name) {
                throw new user_error/* UserError */.y(`Input 'suites': ${JSON.stringify(file)} is matched by both '${first}' and '${suite.name}', so it ` +
                    `would run twice. Narrow one suite's tests globs or add it to that suite's exclude.`);
            }
            owner.set(file, suite.name);
        }
    }
}

// EXTERNAL MODULE: ./src/inputs/read-input.ts
var read_input = __webpack_require__(11456);
;// CONCATENATED MODULE: ./src/inputs/plan-settings.ts





/** A shard job's fixed cost (checkout, setup, dependency install) on a hosted runner, roughly. */
const DEFAULT_SHARD_OVERHEAD_SECONDS = 30;
async function readPlanSettings(source, cwd) {
    const workingDirectory = (0,external_node_path_.resolve)(cwd, source.getInput('working-directory') || '.');
    const suites = await parseSuites(source.getInput('suites'));
    const tests = (0,read_input/* readList */.LD)(source, 'tests');
    if (suites.length === 0 && tests.length === 0) {
        throw new user_error/* UserError */.y("Input 'tests' is required (globs of test files, one per line) unless 'suites' is given.");
    }
    if (suites.length > 0 && tests.length > 0) {
        throw new user_error/* UserError */.y("Inputs 'tests' and 'suites' exclude each other: put the globs in each suite's 'tests'.");
    }
    const timingsFile = source.getInput('timings-file') || undefined;
    const runSlots = (0,read_input/* readInteger */.JI)(source, 'runs', 1, 1, shard_count/* MAX_MATRIX_JOBS */.Ab);
    const auto = (0,shard_count/* parseAutoShardSettings */.ox)(source.getInput('target-minutes'), source.getInput('max-shards'));
    // shards: auto never picks more shards than fit GitHub's matrix limit next to the run slots.
    auto.maxShards = Math.max(1, Math.min(auto.maxShards, Math.floor(shard_count/* MAX_MATRIX_JOBS */.Ab / runSlots)));
    const planFile = source.getInput('plan-file') || undefined;
    return {
        framework: (0,read_input/* readChoice */.Kf)(source, 'framework', names/* FRAMEWORKS */.i, 'custom'),
        tests,
        exclude: (0,read_input/* readList */.LD)(source, 'exclude'),
        workingDirectory,
        suites,
        timingsFile: timingsFile && ((0,external_node_path_.isAbsolute)(timingsFile) ? timingsFile : (0,external_node_path_.resolve)(cwd, timingsFile)),
        timingsReports: (0,read_input/* readList */.LD)(source, 'timings-reports'),
        historySize: (0,read_input/* readInteger */.JI)(source, 'history-size', 10, 1, 100),
        planFile: planFile && ((0,external_node_path_.isAbsolute)(planFile) ? planFile : (0,external_node_path_.resolve)(cwd, planFile)),
        plan: {
            shards: (0,shard_count/* parseShardCount */.vI)(source.getInput('shards')),
            auto,
            overheadSeconds: (0,read_input/* readNumber */.kz)(source, 'shard-overhead-seconds', DEFAULT_SHARD_OVERHEAD_SECONDS, {
                min: 0,
                max: 3600,
            }),
            splitSlowFiles: (0,read_input/* readBoolean */.Vf)(source, 'split-slow-files', false),
            serialGlobs: (0,read_input/* readList */.LD)(source, 'serial'),
            ...(runSlots > 1 ? { runSlots } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/plan/discover.ts
var discover = __webpack_require__(20156);
// EXTERNAL MODULE: ./src/plan/history.ts
var plan_history = __webpack_require__(43547);
// EXTERNAL MODULE: ./src/plan/history-match.ts
var history_match = __webpack_require__(42647);
;// CONCATENATED MODULE: ./src/plan/estimate.ts



const DEFAULT_ITEM_SECONDS = 1;
/** Groups history keys by file: `file` → its own entry key, `file::test` → test entries. */
function indexHistory(history) {
    const index = new Map();
    for (const key of Object.keys(history.items)) {
        const sep = key.indexOf('::');
        const file = sep < 0 ? key : key.slice(0, sep);
        let entry = index.get(file);
        if (!entry)
            index.set(file, (entry = { tests: [] }));
        if (sep >= 0)
            entry.tests.push(key.slice(sep + 2));
    }
    return index;
}
function dirname(p) {
    const i = p.lastIndexOf('/');
    return i < 0 ? '' : p.slice(0, i);
}
/**
 * Estimates each discovered file. A file without history gets the median of its directory's files
 * (tests in one folder tend to be alike), else the median of all known files, else the default.
 */
function estimateFiles(files, history, options = {}) {
    const estimator = options.estimator ?? 'geometric-mean';
    const index = indexHistory(history);
    const withOwnEntry = [...index.keys()].filter((f) => history.items[f] !== undefined);
    const matches = (0,history_match/* matchFiles */.x)(files, withOwnEntry);
    const known = new Map();
    const byDir = new Map();
    for (const file of files) {
        const key = matches.get(file);
        if (key === undefined)
            continue;
        const seconds = (0,plan_history/* estimateFromDurations */.oT)(history.items[key].durations, estimator);
        known.set(file, { file, seconds, source: 'history', historyKey: key, tests: index.get(key).tests });
        const list = byDir.get(dirname(file));
        if (list)
            list.push(seconds);
        else
            byDir.set(dirname(file), [seconds]);
    }
    const all = [...known.values()].map((e) => e.seconds);
    const globalMedian = all.length > 0 ? (0,plan_history/* quantile */.YV)(all, 0.5) : undefined;
    const result = files.map((file) => {
        const hit = known.get(file);
        if (hit)
            return hit;
        const dir = byDir.get(dirname(file));
        if (dir)
            return { file, seconds: (0,plan_history/* quantile */.YV)(dir, 0.5), source: 'directory', tests: [] };
        if (globalMedian !== undefined)
            return { file, seconds: globalMedian, source: 'global', tests: [] };
        return { file, seconds: options.defaultSeconds ?? DEFAULT_ITEM_SECONDS, source: 'default', tests: [] };
    });
    return { files: result, matchRate: files.length === 0 ? 1 : known.size / files.length };
}
/** Per-test estimates of one file, sorted by selector. */
function estimateTests(file, history, estimator = 'geometric-mean') {
    return [...file.tests].sort(discover/* compareStrings */.Kt).map((test) => ({
        test,
        seconds: (0,plan_history/* estimateFromDurations */.oT)(history.items[`${file.historyKey}::${test}`].durations, estimator),
    }));
}

// EXTERNAL MODULE: ./src/plan/model.ts
var model = __webpack_require__(38582);
// EXTERNAL MODULE: ./src/plan/partition.ts
var partition = __webpack_require__(31249);
;// CONCATENATED MODULE: ./src/plan/seeded-random.ts
/**
 * Deterministic randomness for the plan: the same input must give the same plan on every OS and run,
 * so simulated draws are seeded from item keys, never from Math.random.
 */
/** FNV-1a: a stable 32-bit hash of a string, used as a seed. */
function fnv1a(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
/** mulberry32: a small, fast, seeded generator of numbers in [0, 1). */
function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

;// CONCATENATED MODULE: ./src/plan/expected-makespan.ts

const DEFAULT_SCENARIOS = 256;
const DEFAULT_BUDGET = 20_000_000;
/** Sources per round: the shards most often slowest; moving work off the others cannot lower the max. */
const SOURCES = 3;
/** Receivers per source: the least loaded shards, as in lpt.ts's improve pass. */
const RECEIVERS = 6;
/** Swap partners tried per given item and receiver. */
const PARTNERS = 4;
/** A candidate's gain must exceed this many standard errors of its paired difference over the runs. */
const SIGNIFICANCE = 2;
/** Candidates tried on the held-out runs per round, best first. */
const CONFIRM = 4;
/**
 * Improves `lists` (each sorted by weight, as lpt.ts leaves them) in place. Returns the average simulated
 * makespan on the held-out runs before and after, and the number of steps taken.
 */
function lowerExpectedMakespan(items, lists, options) {
    const K = options.scenarios ?? DEFAULT_SCENARIOS;
    let budget = options.budget ?? DEFAULT_BUDGET;
    const N = lists.length;
    // Runs 0..K-1 choose a step, runs K..2K-1 confirm it: choosing the best of thousands of candidates on
    // the same runs that score it would reward luck (the winner's curse) and fit these runs, not the next.
    // Measured: without the confirmation the pass made oracle plans ~0.4-0.9% worse at N = 4.
    const R = 2 * K;
    const runs = simulateRuns(items, R);
    const sums = new Float64Array(N * R);
    const mean = new Float64Array(N);
    lists.forEach((list, s) => {
        for (const i of list) {
            mean[s] += items[i].seconds;
            for (let k = 0; k < R; k++)
                sums[s * R + k] += runs[i * R + k];
        }
    });
    const top = new TopThree(R);
    top.refresh(sums, N);
    /** Sum and sum of squares over runs [k0, k1) of the change in the slowest shard; undefined if dropped early. */
    const change = (from, to, i, j, k0, k1, screen) => {
        let total = 0;
        let squares = 0;
        for (let k = k0; k < k1; k++) {
            // Most candidates are bad; a quarter of the runs is enough to drop them.
            if (screen && k === k0 + (K >> 2) && total >= 0) {
                budget -= k - k0;
                return undefined;
            }
            const d = j >= 0 ? runs[i * R + k] - runs[j * R + k] : runs[i * R + k];
            const next = Math.max(top.without(k, from, to), sums[from * R + k] - d, sums[to * R + k] + d);
            total += next - top.max(k);
            squares += (next - top.max(k)) ** 2;
        }
        budget -= k1 - k0;
        return { total, squares };
    };
    const before = top.average(K, R);
    let steps = 0;
    while (budget > 0) {
        const sources = top.mostOftenSlowest(N, SOURCES, K);
        // Receivers: the shards with the least mean load (ties by index), like lpt.ts's improve pass.
        const byLoad = [...mean.keys()].sort((x, y) => mean[x] - mean[y] || x - y);
        const candidates = [];
        const tryStep = (from, to, give, take) => {
            const i = lists[from][give];
            const j = take >= 0 ? lists[to][take] : -1;
            const dw = items[i].seconds - (j >= 0 ? items[j].seconds : 0);
            if (mean[to] + dw > options.maxMeanLoad || mean[from] - dw > options.maxMeanLoad)
                return;
            const c = change(from, to, i, j, 0, K, true);
            if (c === undefined)
                return;
            // Only a gain that stands out from the runs' sampling noise (paired z > 2) is a candidate.
            const delta = c.total / K;
            const noise = Math.sqrt(Math.max(0, c.squares / K - delta * delta) / K);
            if (delta < -SIGNIFICANCE * noise && delta < 0)
                candidates.push({ delta, from, to, give, take });
        };
        for (const from of sources) {
            const list = lists[from];
            for (const to of byLoad.filter((s) => s !== from).slice(0, RECEIVERS)) {
                const light = lists[to];
                for (let g = 0; g < list.length && budget > 0; g++) {
                    tryStep(from, to, g, -1);
                    // Swap partners: the lighter items nearest the given one (fine tuning) and those nearest to
                    // halving the mean gap (balancing). Taking a heavier item back adds mean and variance to `from`.
                    const wg = items[list[g]].seconds;
                    const below = firstAtLeast(items, light, wg);
                    const half = firstAtLeast(items, light, wg - (mean[from] - mean[to]) / 2);
                    const partners = new Set();
                    for (let t = Math.max(0, below - PARTNERS); t < below; t++)
                        partners.add(t);
                    for (let t = Math.max(0, half - PARTNERS / 2); t < Math.min(below, half + PARTNERS / 2); t++)
                        partners.add(t);
                    for (const t of partners)
                        tryStep(from, to, g, t);
                }
            }
        }
        // Best first; equal gains keep scan order (Array.prototype.sort is stable), so plans are deterministic.
        candidates.sort((x, y) => x.delta - y.delta);
        const confirmed = candidates.slice(0, CONFIRM).find((c) => {
            const j = c.take >= 0 ? lists[c.to][c.take] : -1;
            return change(c.from, c.to, lists[c.from][c.give], j, K, R, false).total < 0;
        });
        if (confirmed === undefined)
            break;
        apply(confirmed);
        steps++;
    }
    return { before, after: top.average(K, R), steps };
    function apply({ from, to, give, take }) {
        const i = lists[from].splice(give, 1)[0];
        const j = take >= 0 ? lists[to].splice(take, 1)[0] : -1;
        insertByWeight(items, lists[to], i);
        if (j >= 0)
            insertByWeight(items, lists[from], j);
        for (const [item, out, into] of j >= 0
            ? [
                [i, from, to],
                [j, to, from],
            ]
            : [[i, from, to]]) {
            mean[out] -= items[item].seconds;
            mean[into] += items[item].seconds;
            for (let k = 0; k < R; k++) {
                sums[out * R + k] -= runs[item * R + k];
                sums[into * R + k] += runs[item * R + k];
            }
        }
        top.refresh(sums, N);
    }
}
function firstAtLeast(items, list, weight) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (items[list[mid]].seconds < weight)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Per item, K lognormal run times with the item's estimate as their median (the default estimator's). */
function simulateRuns(items, K) {
    const runs = new Float64Array(items.length * K);
    items.forEach((item, i) => {
        const s = item.spread ?? 0;
        if (s <= 0) {
            runs.fill(item.seconds, i * K, (i + 1) * K);
            return;
        }
        const random = mulberry32(fnv1a(item.key));
        const scale = item.seconds;
        for (let k = 0; k < K; k += 2) {
            // Box–Muller gives two normals per pair of uniforms.
            const r = Math.sqrt(-2 * Math.log(1 - random()));
            const t = 2 * Math.PI * random();
            runs[i * K + k] = scale * Math.exp(s * r * Math.cos(t));
            if (k + 1 < K)
                runs[i * K + k + 1] = scale * Math.exp(s * r * Math.sin(t));
        }
    });
    return runs;
}
/** The three largest shard sums per scenario, so a step's new max is found in O(1) per scenario. */
class TopThree {
    K;
    v1;
    v2;
    v3;
    i1;
    i2;
    constructor(K) {
        this.K = K;
        this.v1 = new Float64Array(K);
        this.v2 = new Float64Array(K);
        this.v3 = new Float64Array(K);
        this.i1 = new Int32Array(K);
        this.i2 = new Int32Array(K);
    }
    refresh(sums, N) {
        const K = this.K;
        for (let k = 0; k < K; k++) {
            let v1 = -Infinity, v2 = -Infinity, v3 = -Infinity;
            let i1 = -1, i2 = -1;
            for (let s = 0; s < N; s++) {
                const v = sums[s * K + k];
                if (v > v1) {
                    [v3, v2, i2, v1, i1] = [v2, v1, i1, v, s];
                }
                else if (v > v2) {
                    [v3, v2, i2] = [v2, v, s];
                }
                else if (v > v3)
                    v3 = v;
            }
            this.v1[k] = v1;
            this.v2[k] = v2;
            this.v3[k] = v3;
            this.i1[k] = i1;
            this.i2[k] = i2;
        }
    }
    /** Largest sum in scenario k among shards other than a and b (−∞ when there are none). */
    without(k, a, b) {
        const i1 = this.i1[k];
        if (i1 !== a && i1 !== b)
            return this.v1[k];
        const i2 = this.i2[k];
        return i2 !== a && i2 !== b ? this.v2[k] : this.v3[k];
    }
    max(k) {
        return this.v1[k];
    }
    /** Average slowest shard over runs [k0, k1). */
    average(k0, k1) {
        let total = 0;
        for (let k = k0; k < k1; k++)
            total += this.v1[k];
        return total / (k1 - k0);
    }
    /** Up to `count` shards that are slowest in the most scenarios, most often first, then by index. */
    mostOftenSlowest(N, count, runs) {
        const times = new Array(N).fill(0);
        for (let k = 0; k < runs; k++)
            times[this.i1[k]]++;
        return times
            .map((t, s) => [t, s])
            .filter(([t]) => t > 0)
            .sort((x, y) => y[0] - x[0] || x[1] - y[1])
            .slice(0, count)
            .map(([, s]) => s);
    }
}
/** Lists stay sorted by weight, then key, as lpt.ts leaves them, so swap partners are found by bisection. */
function insertByWeight(items, list, item) {
    const w = items[item].seconds;
    const key = items[item].key;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const m = items[list[mid]];
        if (m.seconds < w || (m.seconds === w && m.key < key))
            lo = mid + 1;
        else
            hi = mid;
    }
    list.splice(lo, 0, item);
}

;// CONCATENATED MODULE: ./src/plan/lpt.ts



/**
 * Above this many items the expected-makespan pass is skipped: shards then sum hundreds of items, their
 * noise averages out, and the pass would cost more planning time (10,000 files must plan in < 0.5 s).
 */
const MAX_NOISE_AWARE_ITEMS = 1000;
/**
 * Longest Processing Time first (Graham 1969: within 4/3 of optimal), then a local search that moves
 * or swaps items out of the heaviest shard while that strictly lowers it; then, when items carry a
 * spread, a pass that lowers the expected slowest shard under run-to-run noise (expected-makespan.ts),
 * never letting a shard's estimated load exceed Graham's list-scheduling bound. Deterministic: equal
 * weights are ordered by key, equal loads by shard index, and both searches have fixed work limits.
 */
const lptStrategy = {
    name: 'lpt',
    partition(items, shards) {
        const lists = lptAssign(items, shards);
        improve(items, lists, 2000);
        if (shards > 1 && items.length <= MAX_NOISE_AWARE_ITEMS && items.some((i) => (i.spread ?? 0) > 0)) {
            lowerExpectedMakespan(items, lists, { maxMeanLoad: grahamBound(items, shards) });
        }
        return lists.map((l) => [...l].sort((a, b) => (0,discover/* compareStrings */.Kt)(items[a].key, items[b].key)));
    },
};
/** Per shard, item indexes sorted ascending by weight (then key). */
function lptAssign(items, shards) {
    const order = items
        .map((_, i) => i)
        .sort((a, b) => items[b].seconds - items[a].seconds || (0,discover/* compareStrings */.Kt)(items[a].key, items[b].key));
    const loads = new Array(shards).fill(0);
    const lists = Array.from({ length: shards }, () => []);
    for (const i of order) {
        let best = 0;
        for (let s = 1; s < shards; s++)
            if (loads[s] < loads[best])
                best = s;
        lists[best].push(i);
        loads[best] += items[i].seconds;
    }
    // Items arrived heaviest first; the search wants ascending order.
    for (const l of lists)
        l.reverse();
    return lists;
}
/** total/N + largest·(1 − 1/N): what list scheduling guarantees, so also what the noise-aware pass keeps. */
function grahamBound(items, shards) {
    const { total, largest } = (0,partition/* totalAndLargest */.Ay)(items);
    return total / shards + largest * (1 - 1 / shards);
}
const lpt_RECEIVERS = 8;
/** Improves `lists` in place; returns the number of moves and swaps applied. */
function improve(items, lists, maxRounds) {
    const w = (i) => items[i].seconds;
    const loads = lists.map((l) => l.reduce((s, i) => s + w(i), 0));
    // Close enough to the lower bound that no move is worth its search (the bench prints 4 decimals).
    const goal = (0,partition/* lowerBound */.yz)(items, lists.length) * (1 + 1e-5);
    const before = (a, b) => w(a) < w(b) || (w(a) === w(b) && items[a].key < items[b].key);
    const firstAtLeast = (list, weight) => {
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (w(list[mid]) < weight)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo;
    };
    let round = 0;
    for (; round < maxRounds; round++) {
        let h = 0;
        for (let s = 1; s < lists.length; s++)
            if (loads[s] > loads[h])
                h = s;
        const top = loads[h];
        if (top <= goal)
            break;
        const eps = 1e-9 * Math.max(1, top);
        let best;
        const consider = (to, d, give, take) => {
            if (d <= eps || d >= top - loads[to] - eps)
                return;
            const value = Math.max(top - d, loads[to] + d);
            if (best === undefined || value < best.value - eps)
                best = { value, to, give, take };
        };
        const heavy = lists[h];
        // The best partner is almost always among the lightest shards; looking only there keeps a round
        // O(RECEIVERS · |heaviest| · log) instead of O(N · |heaviest| · log) — 256 shards plan in milliseconds.
        const receivers = lists
            .map((_, j) => j)
            .sort((a, b) => loads[a] - loads[b] || a - b)
            .slice(0, lpt_RECEIVERS);
        for (const j of receivers) {
            if (j === h || top - loads[j] <= eps)
                continue;
            const half = (top - loads[j]) / 2;
            // Move: the ideal item weighs half the gap; try its neighbours in weight order.
            const p = firstAtLeast(heavy, half);
            for (const g of [p - 1, p])
                if (g >= 0 && g < heavy.length)
                    consider(j, w(heavy[g]), g, -1);
            // Swap: for each item given, the ideal item taken back weighs (given - half).
            const light = lists[j];
            if (light.length === 0)
                continue;
            for (let g = 0; g < heavy.length; g++) {
                const q = firstAtLeast(light, w(heavy[g]) - half);
                for (const t of [q - 1, q])
                    if (t >= 0 && t < light.length)
                        consider(j, w(heavy[g]) - w(light[t]), g, t);
            }
        }
        if (best === undefined || best.value >= top - eps)
            break;
        const light = lists[best.to];
        const given = heavy.splice(best.give, 1)[0];
        const taken = best.take >= 0 ? light.splice(best.take, 1)[0] : undefined;
        insertSorted(light, given, before);
        loads[h] -= w(given);
        loads[best.to] += w(given);
        if (taken !== undefined) {
            insertSorted(heavy, taken, before);
            loads[best.to] -= w(taken);
            loads[h] += w(taken);
        }
    }
    return round;
}
function insertSorted(list, item, before) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (before(list[mid], item))
            lo = mid + 1;
        else
            hi = mid;
    }
    list.splice(lo, 0, item);
}

;// CONCATENATED MODULE: ./src/plan/strategies.ts

/** Every partitioning strategy by name; a new one is a new file and a line here. */
const strategies = {
    [lptStrategy.name]: lptStrategy,
};
const DEFAULT_STRATEGY = lptStrategy.name;

;// CONCATENATED MODULE: ./src/plan/partition-guarantee.ts

/**
 * The partition guarantee: every discovered file runs exactly once — either whole in one shard, or split
 * into test pieces plus exactly one remainder that excludes precisely those tests. Checked on every plan;
 * a violation is a shardproof bug (a plain Error with its stack), never the user's fault.
 */
function assertPartition(files, shards) {
    const fail = (what) => {
        throw new Error(`shardproof bug: the plan breaks the partition guarantee: ${what}`);
    };
    const discovered = new Set(files);
    const keys = new Set();
    const whole = new Map();
    const rest = new Map();
    const pieces = new Map();
    for (const shard of shards) {
        for (const item of shard) {
            const key = (0,model/* itemKey */.D)(item);
            if (keys.has(key))
                fail(`${JSON.stringify(key)} is planned twice`);
            keys.add(key);
            if (!discovered.has(item.file))
                fail(`${JSON.stringify(item.file)} was not discovered`);
            if (item.tests !== undefined) {
                const seen = pieces.get(item.file) ?? new Set();
                for (const t of item.tests) {
                    if (seen.has(t))
                        fail(`test ${JSON.stringify(`${item.file}::${t}`)} is planned twice`);
                    seen.add(t);
                }
                pieces.set(item.file, seen);
            }
            else if (item.exceptTests !== undefined) {
                rest.set(item.file, new Set(item.exceptTests));
            }
            else {
                whole.set(item.file, (whole.get(item.file) ?? 0) + 1);
            }
        }
    }
    for (const file of discovered) {
        const runs = (whole.get(file) ?? 0) + (rest.has(file) ? 1 : 0);
        if (runs !== 1)
            fail(`${JSON.stringify(file)} runs ${runs} times`);
        const selected = pieces.get(file);
        const excluded = rest.get(file);
        if (selected === undefined)
            continue;
        if (excluded === undefined)
            fail(`${JSON.stringify(file)} is split without a remainder`);
        if (excluded.size !== selected.size || [...selected].some((t) => !excluded.has(t))) {
            fail(`the remainder of ${JSON.stringify(file)} does not exclude exactly its split tests`);
        }
    }
}

// EXTERNAL MODULE: ./src/plan/plan-hash.ts
var plan_hash = __webpack_require__(26317);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(14006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
;// CONCATENATED MODULE: ./src/inputs/glob.ts
/**
 * The one glob dialect of every input (`tests`, `exclude`, `serial`, `results`, `timings-reports`, suites):
 * picomatch, which is what tinyglobby matches with on disk. Globs over paths on disk go through `findFiles`
 * (find-files.ts), globs over keys that are not on disk (serial groups over `file::test` ids) through
 * `globMatcher`; both use the same options, so `{a,{b,c}}`, `[ab]`, `+(a|b)` and `\*` mean the same in each.
 */



/**
 * Compiles globs once; the returned function gives the index of the first glob that matches `value`, or -1.
 * A glob picomatch cannot compile is a UserError naming the input.
 */
function globMatcher(globs, input) {
    const matchers = globs.map((pattern) => {
        try {
            return picomatch_default()((0,find_files/* normalizeGlob */.er)(pattern, input), find_files/* MATCH_OPTIONS */.z_);
        }
        catch (error) {
            throw new user_error/* UserError */.y(`Input '${input}': the glob ${JSON.stringify(pattern)} is not valid (${error.message}).`);
        }
    });
    return (value) => matchers.findIndex((isMatch) => isMatch(value));
}

;// CONCATENATED MODULE: ./src/plan/split.ts



/**
 * Frameworks whose split pieces the run step can execute exactly (their module has splitArguments: pytest
 * node ids and `--deselect` for the remainder). go -run, jest/vitest -t and playwright --grep can select
 * tests too, but not several filtered pieces together with whole files in one invocation.
 */
const TEST_SELECTING_FRAMEWORKS = new Set(names/* FRAMEWORKS */.i.filter((name) => (0,frameworks/* frameworkModule */.p5)(name).splitArguments !== undefined));
/**
 * Turns file estimates into plan items: whole files, or — for a file slower than a shard's share that
 * has per-test history — one item per test (serial groups kept together) plus one remainder item that
 * runs the file minus the known tests, so tests added since the history was taken still run once.
 */
function itemsFromEstimates(files, split) {
    const serial = globMatcher(split?.serialGlobs ?? [], 'serial');
    const out = [];
    for (const f of files) {
        const splittable = split !== undefined && f.seconds > split.targetSeconds && f.tests.length > 1 && serial(f.file) < 0;
        if (!splittable) {
            out.push({ file: f.file, seconds: f.seconds });
            continue;
        }
        out.push(...splitFile(f, estimateTests(f, split.history, split.estimator), serial));
    }
    return out;
}
function splitFile(f, tests, serial) {
    const groups = new Map();
    const pieces = [];
    for (const t of tests) {
        const g = serial(`${f.file}::${t.test}`);
        if (g < 0) {
            pieces.push({ file: f.file, tests: [t.test], seconds: t.seconds });
            continue;
        }
        const group = groups.get(g) ?? { tests: [], seconds: 0 };
        group.tests.push(t.test);
        group.seconds += t.seconds;
        groups.set(g, group);
    }
    for (const group of groups.values())
        pieces.push({ file: f.file, tests: group.tests, seconds: group.seconds });
    const known = tests.map((t) => t.test);
    const testsTotal = tests.reduce((s, t) => s + t.seconds, 0);
    // The file's own estimate minus its tests is setup time and tests we have not seen yet.
    pieces.push({ file: f.file, exceptTests: known, seconds: Math.max(0, f.seconds - testsTotal) });
    return pieces;
}

;// CONCATENATED MODULE: ./src/plan/spread.ts
/**
 * How much an item's next run may differ from its estimate, as a log-sd (σ of a lognormal).
 * Five durations say little about one item's spread (the sample variance of 5 has a relative error of
 * ~70%), so each item's log-variance is shrunk toward the value pooled over all items, weighted by
 * degrees of freedom (the usual empirical-Bayes variance shrinkage, e.g. limma's moderated variance).
 * The result is the spread of the *next run given the history*: the run's own noise plus the error of an
 * estimate made from n samples, σ²(1 + 1/n).
 */
/** Weight of the pooled log-variance, in samples: an item's own 4 degrees of freedom count for 4/(4+8). */
const PRIOR_DEGREES = 8;
/**
 * Beyond a 4× swing per standard deviation the lognormal model says nothing useful (such a history mixes
 * different tests or machines), and larger values would overflow the simulated runs.
 */
const MAX_SPREAD = Math.LN2 * 2;
/** `durations[i]` is item i's history, or undefined for an item estimated without one. */
function runSpreads(durations) {
    const own = durations.map((d) => logVariance(d ?? []));
    let sum = 0;
    let degrees = 0;
    for (const o of own) {
        if (o === undefined)
            continue;
        sum += o.variance * o.degrees;
        degrees += o.degrees;
    }
    if (degrees === 0)
        return { spreads: durations.map(() => 0), pooled: undefined };
    const pooled = sum / degrees;
    const spreads = own.map((o, i) => {
        const variance = o === undefined
            ? pooled
            : (o.variance * o.degrees + pooled * PRIOR_DEGREES) / (o.degrees + PRIOR_DEGREES);
        // An item estimated without history (directory or global median) counts as one sample.
        const samples = Math.max(1, durations[i]?.filter((d) => d > 0).length ?? 0);
        return Math.min(MAX_SPREAD, Math.sqrt(variance * (1 + 1 / samples)));
    });
    return { spreads, pooled: Math.sqrt(pooled) };
}
/** Sample variance of the logs of the positive durations (a 0 s run has no log), with its degrees of freedom. */
function logVariance(durations) {
    const logs = durations.filter((d) => d > 0 && Number.isFinite(d)).map(Math.log);
    if (logs.length < 2)
        return undefined;
    const mean = logs.reduce((s, l) => s + l, 0) / logs.length;
    const squares = logs.reduce((s, l) => s + (l - mean) ** 2, 0);
    return { variance: squares / (logs.length - 1), degrees: logs.length - 1 };
}

;// CONCATENATED MODULE: ./src/plan/make-plan.ts











const DEFAULT_SETTINGS = {
    shards: 'auto',
    auto: { targetMinutes: shard_count/* DEFAULT_TARGET_MINUTES */.IL, maxShards: shard_count/* MAX_MATRIX_JOBS */.Ab },
    overheadSeconds: 0,
    splitSlowFiles: false,
    serialGlobs: [],
    estimator: 'geometric-mean',
    defaultSeconds: DEFAULT_ITEM_SECONDS,
    strategy: DEFAULT_STRATEGY,
    matchRateWarning: 0.95,
    runSlots: 1,
};
/** Plans every suite: pure, deterministic, and checked against the partition guarantee. */
function makePlan(input) {
    const settings = { ...DEFAULT_SETTINGS, ...input.settings };
    const strategy = strategies[settings.strategy];
    if (strategy === undefined) {
        throw new user_error/* UserError */.y(`Unknown partition strategy '${settings.strategy}'; expected ${Object.keys(strategies).join(', ')}.`);
    }
    const warnings = [];
    const suites = input.suites.map((suite) => planSuite(suite, input.history, settings, warnings));
    const shards = suites.reduce((s, p) => s + p.shards.length, 0);
    const runSlots = settings.runSlots;
    if (shards * runSlots > shard_count/* MAX_MATRIX_JOBS */.Ab) {
        const slots = runSlots > 1 ? ` × ${runSlots} run slots (input 'runs') = ${shards * runSlots}` : '';
        throw new user_error/* UserError */.y(`Inputs 'suites'/'shards' ask for ${shards} jobs in all${slots}; a GitHub matrix holds at most ` +
            `${shard_count/* MAX_MATRIX_JOBS */.Ab}. Lower the shard counts${runSlots > 1 ? " or 'runs'" : ''}.`);
    }
    const items = suites.reduce((s, p) => s + p.shards.reduce((t, sh) => t + sh.items.length, 0), 0);
    const files = input.suites.reduce((s, p) => s + p.files.length, 0);
    const matched = suites.reduce((s, p, i) => s + p.matchRate * input.suites[i].files.length, 0);
    const withoutHash = {
        version: model/* PLAN_VERSION */.Z,
        hash: '',
        overheadSeconds: settings.overheadSeconds,
        suites,
        totals: {
            items,
            shards,
            totalSeconds: suites.reduce((s, p) => s + p.totalSeconds, 0),
            matchRate: files === 0 ? 1 : matched / files,
        },
        warnings,
        ...(runSlots > 1 ? { runSlots } : {}),
    };
    return { ...withoutHash, hash: (0,plan_hash/* planHash */.S)(withoutHash) };
}
function planSuite(suite, history, settings, warnings) {
    const files = [...new Set(suite.files)].sort(discover/* compareStrings */.Kt);
    const estimates = estimateFiles(files, history, {
        estimator: settings.estimator,
        defaultSeconds: settings.defaultSeconds,
    });
    const fileTotal = estimates.files.reduce((s, f) => s + f.seconds, 0);
    const count = (0,shard_count/* chooseShardCount */.jA)(suite.shards ?? settings.shards, settings.auto, fileTotal, files.length, settings.overheadSeconds);
    const n = count.chosen;
    const canSplit = settings.splitSlowFiles && TEST_SELECTING_FRAMEWORKS.has(suite.framework ?? '');
    if (settings.splitSlowFiles && !canSplit) {
        warnings.push(`Suite '${suite.name}': split-slow-files needs a framework that selects single tests ` +
            `(${[...TEST_SELECTING_FRAMEWORKS].join(', ')}); files are kept whole.`);
    }
    const items = itemsFromEstimates(estimates.files, canSplit
        ? {
            targetSeconds: fileTotal / n,
            serialGlobs: settings.serialGlobs,
            history,
            estimator: settings.estimator,
        }
        : undefined);
    // How much each file's next run may vary, from its history; pieces of a split file share its spread.
    const { spreads } = runSpreads(estimates.files.map((f) => f.historyKey === undefined ? undefined : history.items[f.historyKey].durations));
    const spreadOf = new Map(estimates.files.map((f, i) => [f.file, spreads[i]]));
    const weighted = items.map((i) => ({
        key: (0,model/* itemKey */.D)(i),
        seconds: i.seconds,
        spread: spreadOf.get(i.file),
    }));
    const strategy = strategies[settings.strategy];
    const assignment = strategy.partition(weighted, n);
    const shards = assignment.map((indexes, s) => {
        const planned = indexes.map((i) => items[i]);
        const work = planned.reduce((sum, i) => sum + i.seconds, 0);
        return { shard: s + 1, items: planned, predictedSeconds: work + settings.overheadSeconds };
    });
    if (shards.length !== n)
        throw new Error(`shardproof bug: strategy returned ${shards.length} shards, expected ${n}`);
    assertPartition(files, shards.map((s) => s.items));
    const total = weighted.reduce((s, i) => s + i.seconds, 0);
    const lb = (0,partition/* lowerBound */.yz)(weighted, n);
    const makespan = Math.max(0, ...shards.map((s) => s.predictedSeconds - settings.overheadSeconds));
    if (files.length > 0 && estimates.matchRate < settings.matchRateWarning) {
        warnings.push(`Suite '${suite.name}': only ${(estimates.matchRate * 100).toFixed(1)}% of test files have timing history ` +
            `(below ${settings.matchRateWarning * 100}%); the others are estimated, so shards may be uneven until the next run records them.`);
    }
    const largest = [...weighted]
        .sort((a, b) => b.seconds - a.seconds || (0,discover/* compareStrings */.Kt)(a.key, b.key))
        .slice(0, 10)
        .map(({ key, seconds }) => ({ key, seconds }));
    const plan = {
        name: suite.name,
        shards,
        totalSeconds: total,
        lowerBound: lb,
        makespan,
        quality: lb === 0 ? 1 : makespan / lb,
        matchRate: estimates.matchRate,
        largest,
        shardCount: {
            ...count,
            // The other counts are a rough what-if in estimated seconds: plan them without the noise-aware pass.
            tradeoffs: (0,shard_count/* tradeoffRows */.nY)(weighted.map(({ key, seconds }) => ({ key, seconds })), n, assignment, strategy, settings.overheadSeconds),
        },
    };
    if (suite.framework !== undefined)
        plan.framework = suite.framework;
    if (suite.command !== undefined)
        plan.command = suite.command;
    if (suite.workers !== undefined)
        plan.workers = suite.workers;
    return plan;
}

// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/plan/memory-history.ts
var memory_history = __webpack_require__(10585);
;// CONCATENATED MODULE: ./src/plan/go-packages.ts
/**
 * Go is tested by package, not by file: `go test a_test.go b_test.go` fails across directories and cannot
 * see the package's other files. So a Go suite is planned as packages: `tests` may be package patterns
 * (`./...`, `./pkg/...`, `./pkg`) or globs of `_test.go` files, and the items are the directories that hold
 * test files, as `./dir` (`.` for the root).
 */
/** Package patterns become globs of test files; anything else is taken as a glob already. */
function goTestGlobs(patterns) {
    return patterns.map((pattern) => {
        const recursive = /^\.\/(.*?)\/?\.\.\.$/.exec(pattern);
        if (recursive)
            return recursive[1] ? `${recursive[1]}/**/*_test.go` : '**/*_test.go';
        const single = /^\.\/?([^*?[\]{}]*)$/.exec(pattern);
        if (single && !pattern.endsWith('.go'))
            return single[1] ? `${single[1].replace(/\/$/, '')}/*_test.go` : '*_test.go';
        return pattern;
    });
}
/** The packages (directories) of the discovered test files, sorted and unique. */
function goPackages(testFiles) {
    const dirs = new Set(testFiles.map((file) => (file.includes('/') ? `./${file.slice(0, file.lastIndexOf('/'))}` : '.')));
    return [...dirs].sort();
}

// EXTERNAL MODULE: ./src/plan/history-sources.ts
var history_sources = __webpack_require__(78480);
// EXTERNAL MODULE: ./src/plan/history-scope.ts
var history_scope = __webpack_require__(91450);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(57975);
;// CONCATENATED MODULE: ./src/plan/renames.ts



/**
 * Renames from `git diff --name-status -M <base>` so a moved test file keeps its timing history.
 * Accepts both the default output (tab-separated, C-quoted paths) and `-z` output (NUL-separated, raw paths).
 */
function parseNameStatus(output) {
    const renames = {};
    if (output.includes('\0')) {
        const fields = output.split('\0');
        for (let i = 0; i < fields.length;) {
            const status = fields[i];
            if (status === '') {
                i++;
                continue;
            }
            // Renames and copies carry two paths, everything else one.
            const twoPaths = status.startsWith('R') || status.startsWith('C');
            if (status.startsWith('R') && fields[i + 1] && fields[i + 2])
                renames[fields[i + 1]] = fields[i + 2];
            i += twoPaths ? 3 : 2;
        }
        return renames;
    }
    for (const line of output.split(/\r?\n/)) {
        const parts = line.split('\t');
        if (parts.length === 3 && /^R\d*$/.test(parts[0]))
            renames[unquote(parts[1])] = unquote(parts[2]);
    }
    return renames;
}
/** Git quotes paths with unusual bytes: "dir/caf\303\251 \"x\".py". */
function unquote(p) {
    if (!(p.startsWith('"') && p.endsWith('"')))
        return p;
    const bytes = [];
    const body = p.slice(1, -1);
    const escapes = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
    for (let i = 0; i < body.length; i++) {
        const c = body[i];
        if (c !== '\\') {
            bytes.push(...Buffer.from(c, 'utf8'));
            continue;
        }
        const next = body[i + 1];
        if (/[0-7]/.test(next)) {
            bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
            i += 3;
        }
        else {
            bytes.push(escapes[next] ?? next.charCodeAt(0));
            i += 1;
        }
    }
    return Buffer.from(bytes).toString('utf8');
}
/** Runs git with an argv (never a shell string) and returns the renames since `base`. */
async function gitRenames(cwd, base) {
    // A ref starting with '-' would be read as an option.
    if (base.startsWith('-'))
        throw new user_error/* UserError */.y(`Base ref ${JSON.stringify(base)} is not a git ref.`);
    const { stdout } = await (0,external_node_util_.promisify)(external_node_child_process_.execFile)('git', ['diff', '--name-status', '-z', '-M', base, '--'], {
        cwd,
        maxBuffer: 64 * 1024 * 1024,
    });
    return parseNameStatus(stdout);
}

// EXTERNAL MODULE: ./src/capacity/byte-size.ts
var byte_size = __webpack_require__(52580);
// EXTERNAL MODULE: ./src/platform/confined-path.ts
var confined_path = __webpack_require__(31123);
// EXTERNAL MODULE: ./src/platform/select.ts + 3 modules
var platform_select = __webpack_require__(54736);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(37729);
;// CONCATENATED MODULE: ./src/report/plan-summary.ts

function planSummaryData(plan) {
    return plan.suites.map((s) => ({
        suite: s.name,
        predictedSeconds: s.shards.map((sh) => sh.predictedSeconds),
        lowerBound: s.lowerBound,
        makespan: s.makespan,
        quality: s.quality,
        matchRate: s.matchRate,
        largest: s.largest,
        chosenShards: s.shardCount.chosen,
        suggestedShards: s.shardCount.suggested,
        reason: s.shardCount.reason,
        tradeoffs: s.shardCount.tradeoffs,
    }));
}
const MAX_PATH = 120;
// Mermaid xychart renders one bar per value; beyond this the chart is unreadable, so the table says the rest.
const MAX_BARS = 64;
/** Paths come from the repository: escaped like every user string, and capped from the left because the
 * end of a path says most. Inside <code> (unlike a markdown code span) the entities render as characters. */
function pathCell(text) {
    const capped = text.length > MAX_PATH ? `…${text.slice(text.length - (MAX_PATH - 1))}` : text;
    return `<code>${(0,escape_markdown/* escapeMarkdown */.F)(capped, Infinity)}</code>`;
}
/** Mermaid labels are double-quoted; quotes and anything markdown-ish inside would break the chart. */
function mermaidLabel(text) {
    return text.replace(/[^A-Za-z0-9 _.:-]/g, '_').slice(0, 40);
}
function seconds(s) {
    return s >= 90 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`;
}
/** Markdown for the job summary: per suite a bar chart of predicted seconds per shard and the key numbers. */
function renderPlanSummary(plan) {
    const out = ['## shardproof plan', ''];
    out.push(`Plan \`${plan.hash.slice(0, 12)}\`: ${plan.totals.items} items in ${plan.totals.shards} shards, ` +
        `timing match rate ${(plan.totals.matchRate * 100).toFixed(1)}%.`, '');
    if (plan.runSlots) {
        out.push(`Each shard runs in ${plan.runSlots} run slots, one run each: ` +
            `${plan.totals.shards * plan.runSlots} matrix jobs, and a ${plan.runSlots}-run stability check ` +
            `in the wall time of one run.`, '');
    }
    for (const w of plan.warnings)
        out.push(`> [!WARNING]`, `> ${(0,escape_markdown/* escapeMarkdown */.F)(w, 400)}`, '');
    for (const s of planSummaryData(plan)) {
        out.push(`### Suite ${(0,escape_markdown/* escapeMarkdown */.F)(s.suite)}`, '');
        const bars = s.predictedSeconds.slice(0, MAX_BARS);
        if (bars.length > 0) {
            out.push('```mermaid', 'xychart-beta', `  title "${mermaidLabel(`Predicted seconds per shard (${s.suite})`)}"`);
            out.push(`  x-axis [${bars.map((_, i) => `"${i + 1}"`).join(', ')}]`);
            out.push(`  y-axis "seconds"`, `  bar [${bars.map((v) => v.toFixed(1)).join(', ')}]`, '```', '');
            if (s.predictedSeconds.length > MAX_BARS)
                out.push(`Chart shows the first ${MAX_BARS} of ${s.predictedSeconds.length} shards.`, '');
        }
        out.push('| | |', '|---|---|');
        out.push(`| shards | ${s.chosenShards} (suggested ${s.suggestedShards}) |`);
        out.push(`| predicted slowest shard (work) | ${seconds(s.makespan)} |`);
        out.push(`| lower bound max(total/N, largest) | ${seconds(s.lowerBound)} |`);
        out.push(`| makespan / lower bound | ${s.quality.toFixed(3)} |`);
        out.push(`| timing match rate | ${(s.matchRate * 100).toFixed(1)}% |`, '');
        out.push('| shards | wall time | runner minutes | billed minutes |', '|---:|---:|---:|---:|');
        for (const r of s.tradeoffs) {
            out.push(`| ${r.shards} | ${seconds(r.wallSeconds)} | ${r.runnerMinutes.toFixed(1)} | ${r.billedMinutes} |`);
        }
        out.push('');
        if (s.largest.length > 0) {
            out.push('<details><summary>Largest items</summary>', '', '| item | estimate |', '|---|---:|');
            for (const l of s.largest)
                out.push(`| ${pathCell(l.key)} | ${seconds(l.seconds)} |`);
            out.push('', '</details>', '');
        }
    }
    return out.join('\n');
}

// EXTERNAL MODULE: ./src/results/parse-report.ts + 13 modules
var parse_report = __webpack_require__(94176);
// EXTERNAL MODULE: ./src/steps/annotation-budget.ts
var annotation_budget = __webpack_require__(17546);
// EXTERNAL MODULE: ./src/steps/capacity-step.ts + 4 modules
var capacity_step = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/steps/plan-artifact.ts
var plan_artifact = __webpack_require__(94607);
// EXTERNAL MODULE: ./src/steps/history-fallback.ts
var history_fallback = __webpack_require__(61466);
;// CONCATENATED MODULE: ./src/steps/plan-step.ts

















/** Plans at most this many items into the `plan` output; larger plans travel only as the artifact/file. */
const PLAN_OUTPUT_MAX_ITEMS = 500;
/** The plan sub-action: discover, load timings, partition, write and upload the plan, output the matrix. */
async function planStep(services) {
    const { env } = services;
    const io = new annotation_budget/* AnnotationBudget */.T(services.io);
    (0,capacity_step/* decideCapacity */.D)(io);
    const settings = await readPlanSettings(io, process.cwd());
    const suites = await discoverSuites(settings, (0,confined_path/* workspaceOf */.B3)(env), (m) => io.warning(m));
    const history = await loadHistory(settings, { ...services, io });
    const plan = makePlan({ suites, history, settings: settings.plan });
    carryMemoryFigures(plan, history, io);
    for (const warning of plan.warnings)
        io.warning(warning);
    for (const suite of plan.suites) {
        io.info(`suite '${suite.name}': ${suite.shards.length} shards, predicted ${suite.makespan.toFixed(1)} s ` +
            `per shard (lower bound ${suite.lowerBound.toFixed(1)} s, ratio ${suite.quality.toFixed(3)}), ` +
            `timing match rate ${(suite.matchRate * 100).toFixed(1)}%; ${suite.shardCount.reason}`);
    }
    if (plan.runSlots) {
        const jobs = plan.totals.shards * plan.runSlots;
        io.info(`matrix: ${plan.totals.shards} shards × ${plan.runSlots} run slots (input runs) = ${jobs} jobs, each one run`);
    }
    const planFile = settings.planFile ??
        (0,external_node_path_.join)(env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'shardproof') : (0,platform_select/* localStateDir */.Ok)(env), plan_artifact/* PLAN_FILE_NAME */.Hx);
    await (0,plan_file/* writePlan */.pD)(planFile, plan);
    const uploadDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shardproof-plan-upload-'));
    let uploaded;
    try {
        await (0,plan_file/* writePlan */.pD)((0,external_node_path_.join)(uploadDir, plan_artifact/* PLAN_FILE_NAME */.Hx), plan);
        uploaded = await services.artifacts.upload((0,plan_artifact/* planArtifactName */.nU)((0,plan_artifact/* runAttempt */.Tm)(env)), uploadDir);
    }
    finally {
        // The artifact store has its own copy now; the temp folder would otherwise pile up on self-hosted runners.
        await (0,promises_.rm)(uploadDir, { recursive: true, force: true });
    }
    io.info(`plan ${plan.hash.slice(0, 12)} written to ${planFile} and stored as ${uploaded.location}`);
    io.setOutput('matrix', JSON.stringify((0,plan_file/* matrixFor */.bm)(plan)));
    io.setOutput('plan', JSON.stringify(planOutput(plan)));
    io.setOutput('plan-hash', plan.hash);
    io.setOutput('plan-file', planFile);
    io.setOutput('shards', String(plan.totals.shards));
    await io.appendSummary(renderPlanSummary(plan));
}
/**
 * Each suite's measured per-worker memory rides in the plan to its shards, whose `workers: auto` caps itself
 * by it without restoring the history again. Outside the plan's hash: it sizes workers, not the assignment.
 */
function carryMemoryFigures(plan, history, io) {
    for (const suite of plan.suites) {
        const record = history.memory?.[suite.name];
        if (record === undefined)
            continue;
        suite.memory = record;
        io.info(`suite '${suite.name}': ${(0,byte_size/* formatBytes */.z3)(record.bytesPerWorker)} per worker, ${(0,memory_history/* describeMemorySource */.W$)(record)}`);
    }
}
async function discoverSuites(settings, workspace, warn) {
    const single = { name: 'default', tests: settings.tests, exclude: [] };
    const specs = settings.suites.length ? settings.suites : [single];
    const suites = [];
    for (const spec of specs) {
        const framework = spec.framework ?? settings.framework;
        const go = (0,frameworks/* frameworkModule */.p5)((0,names/* frameworkNamed */.W)(framework)).itemsArePackages === true;
        const files = await (0,discover/* discover */.k4)({
            tests: (go ? goTestGlobs(spec.tests) : spec.tests).join('\n'),
            exclude: [...settings.exclude, ...spec.exclude].join('\n'),
            cwd: settings.workingDirectory,
            inputName: settings.suites.length ? `suites.${spec.name}.tests` : 'tests',
            workspace,
            warn,
        });
        suites.push({
            name: spec.name,
            files: go ? goPackages(files) : files,
            framework,
            command: spec.command,
            workers: spec.workers,
            shards: spec.shards,
        });
    }
    assertDisjointSuites(suites);
    return suites;
}
/**
 * timings-file, else timings-reports, else the history shardproof keeps (the Actions cache on GitHub), else the
 * one in the newest report artifact of the default branch.
 */
async function loadHistory(settings, { io, env, timings, history: artifacts }) {
    let history;
    const workspace = [(0,confined_path/* workspaceOf */.B3)(env)];
    if (settings.timingsFile) {
        history = await (0,history_sources/* loadHistoryFile */.FG)(settings.timingsFile, workspace, (m) => io.warning(m));
        io.info(`timings: ${Object.keys(history.items).length} items from timings-file ${settings.timingsFile}`);
    }
    else if (settings.timingsReports.length) {
        const paths = await (0,find_files/* findFiles */.lY)(settings.timingsReports, {
            cwd: process.cwd(),
            input: 'timings-reports',
            within: workspace[0],
            onRefused: (message) => io.warning(`timings-reports: skipped ${message}`),
        });
        if (paths.length === 0) {
            throw new user_error/* UserError */.y(`Input 'timings-reports': no files match ${settings.timingsReports.join(', ')}.`);
        }
        // A committed link to a file outside the workspace is skipped unread (and named).
        const inside = [];
        for (const path of paths.sort()) {
            const outside = await (0,confined_path/* outsideProblem */.J5)(path, workspace);
            if (outside === undefined)
                inside.push(path);
            else
                io.warning(`timings-reports: skipped ${outside}`);
        }
        // One unreadable report (a run that timed out mid-write) must not cost the plan all the others.
        // Messages name a report as the user wrote its path: relative to the working folder.
        const files = inside.map((path) => ({ path, name: (0,external_node_path_.relative)(process.cwd(), path) || path }));
        const parsed = await (0,parse_report/* parseReports */.jk)(files, { rootDir: settings.workingDirectory });
        for (const error of parsed.errors)
            io.warning(`timings-reports: skipped ${error.message}`);
        const byPath = new Map(parsed.reports.map((report) => [report.source, report]));
        const parse = async (path) => byPath.get(path);
        history = await (0,history_sources/* loadHistoryFromReports */.IK)([...byPath.keys()], parse, new Date().toISOString(), settings.historySize);
        io.info(`timings: ${Object.keys(history.items).length} items from ${parsed.reports.length} reports`);
    }
    else {
        const restored = await (0,history_fallback/* restoreStoredHistory */.kU)(timings((0,history_scope/* historyScope */.R)(env)), artifacts, (m) => io.warning(m));
        history = restored.history;
        io.info(`timings: ${Object.keys(history.items).length} items from ${restored.source}`);
    }
    // On a pull request, files renamed since the base branch keep their history (git rename detection).
    if (env.GITHUB_BASE_REF && Object.keys(history.items).length) {
        try {
            const renames = await gitRenames(settings.workingDirectory, `origin/${env.GITHUB_BASE_REF}`);
            if (Object.keys(renames).length)
                io.info(`timings: following ${Object.keys(renames).length} renamed files`);
            history = (0,plan_history/* applyRenames */.Kn)(history, renames);
        }
        catch (error) {
            io.warning(`could not detect renamed files: ${error.message}`);
        }
    }
    return history;
}
/** The `plan` output: the numbers always; the item lists only while the plan is small. */
function planOutput(plan) {
    const withItems = plan.totals.items <= PLAN_OUTPUT_MAX_ITEMS;
    return {
        hash: plan.hash,
        totals: plan.totals,
        suites: plan.suites.map((suite) => ({
            name: suite.name,
            lowerBound: suite.lowerBound,
            makespan: suite.makespan,
            quality: suite.quality,
            matchRate: suite.matchRate,
            shards: suite.shards.map((shard) => ({
                shard: shard.shard,
                predictedSeconds: shard.predictedSeconds,
                items: withItems ? shard.items.map(model/* itemKey */.D) : shard.items.length,
            })),
        })),
    };
}


/***/ }),

/***/ 33311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ loadedOnRerun)
/* harmony export */ });
/**
 * A file that failed to load in some run and loaded when that run's rerun tried it again: flaky at the
 * file level (an import that races, a setup file that times out), not a broken file. It is reported
 * like a flaky test — it fails the step only with fail-on-flaky — and stays a file, not a test.
 */
function loadedOnRerun(test) {
    return test.class === 'file-error' && test.runsPassed > 0;
}


/***/ }),

/***/ 53734:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   ii: () => (/* binding */ patternLegend),
/* harmony export */   z: () => (/* binding */ PATTERN_SYMBOLS)
/* harmony export */ });
/* unused harmony exports outcomeSymbol, runCell */
/**
 * A test's pattern has one cell per run, in run order, with no separator between runs:
 *   ✓ passed   ✗ failed or errored   – skipped   · absent from that run (or the run had no report)
 *   ⟲ passed, but only after the test framework retried a failure within the run (counts as flaky evidence)
 *   ↻ shardproof reran the run's failed tests; the outcome of each rerun follows the arrow.
 * So `✓✗↻✓✓` is three runs: passed; failed then passed on rerun; passed. A run cell always starts with
 * one of ✓ ✗ – · ⟲, and every ↻ belongs to the cell before it, so patterns read unambiguously.
 */
const PATTERN_SYMBOLS = {
    passed: '✓',
    failed: '✗',
    skipped: '–',
    absent: '·',
    retriedPass: '⟲',
    rerun: '↻',
};
const LEGEND = [
    [PATTERN_SYMBOLS.passed, 'passed'],
    [PATTERN_SYMBOLS.failed, 'failed'],
    [PATTERN_SYMBOLS.skipped, 'skipped'],
    [PATTERN_SYMBOLS.absent, 'absent'],
    [PATTERN_SYMBOLS.retriedPass, 'passed after a framework retry'],
    [PATTERN_SYMBOLS.rerun, 'rerun of failed tests'],
];
function outcomeSymbol(result) {
    switch (result.outcome) {
        case 'passed':
            return (result.retriedFailures ?? 0) > 0 ? PATTERN_SYMBOLS.retriedPass : PATTERN_SYMBOLS.passed;
        case 'failed':
        case 'error':
            return PATTERN_SYMBOLS.failed;
        case 'skipped':
            return PATTERN_SYMBOLS.skipped;
    }
}
/** The cell of one run: its main result (or absence) followed by `↻` and each rerun's result. */
function runCell(main, reruns) {
    let cell = main === undefined ? PATTERN_SYMBOLS.absent : outcomeSymbol(main);
    for (const rerun of reruns)
        cell += PATTERN_SYMBOLS.rerun + outcomeSymbol(rerun);
    return cell;
}
/** The legend for the symbols that occur in `patterns` (all of them when none is given). */
function patternLegend(...patterns) {
    const used = patterns.length === 0 ? LEGEND : LEGEND.filter(([s]) => patterns.some((p) => p.includes(s)));
    return used.map(([symbol, meaning]) => `${symbol} ${meaning}`).join(', ');
}


/***/ })

};
