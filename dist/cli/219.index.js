export const id = 219;
export const ids = [219];
export const modules = {

/***/ 75505:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pb: () => (/* binding */ RunTimeSums),
/* harmony export */   zL: () => (/* binding */ RunTimings)
/* harmony export */ });
/* unused harmony export MAX_TIMED_TESTS */
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(43547);
/**
 * timings.json of a proof folder, gathered while results stream past: each run's results go through
 * recordRun (the timing-history format) when the run ends. A run keeps per-test entries for up to
 * MAX_TIMED_TESTS tests; a larger run records its files' times only (the sum of each file's tests, or the
 * file's own time where the report gives it), so memory does not grow with the suite. The report job builds
 * the history the next plan reads from records.jsonl, which always holds every test; this file is for
 * people and other tools.
 */

const MAX_TIMED_TESTS = 50_000;
/**
 * One run's durations for the timing history, bounded: each test's (what recordRun reads of it) up to
 * `maxTests` tests, and past that only the sum of each file's tests.
 */
class RunTimeSums {
    maxTests;
    tests = [];
    /** The run's valid durations summed per file (or suite, as recordRun keys a result without a file). */
    fileSums = new Map();
    tooMany = false;
    constructor(maxTests = MAX_TIMED_TESTS) {
        this.maxTests = maxTests;
    }
    add(test) {
        const { duration } = test;
        if (!(Number.isFinite(duration) && duration >= 0))
            return;
        const key = test.file ?? test.suite ?? '';
        this.fileSums.set(key, (this.fileSums.get(key) ?? 0) + duration);
        if (this.tooMany)
            return;
        if (this.tests.length >= this.maxTests) {
            this.tooMany = true;
            this.tests = [];
            return;
        }
        // Only what recordRun reads: not the failure texts.
        this.tests.push({
            id: '',
            file: test.file,
            suite: test.suite,
            name: test.name,
            outcome: 'passed',
            duration,
        });
    }
    /** The run's results for recordRun (per file when it had too many tests), and starts over. */
    take() {
        const perTest = !this.tooMany;
        const results = perTest
            ? this.tests
            : [...this.fileSums].map(([file, duration]) => ({
                id: file,
                name: '',
                file,
                outcome: 'passed',
                duration,
            }));
        this.tests = [];
        this.fileSums.clear();
        this.tooMany = false;
        return { results, perTest };
    }
}
class RunTimings {
    history = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_0__/* .emptyHistory */ .s4)();
    sums;
    constructor(maxTests = MAX_TIMED_TESTS) {
        this.sums = new RunTimeSums(maxTests);
    }
    add(test) {
        this.sums.add(test);
    }
    endRun(fileTimes, now) {
        const { results, perTest } = this.sums.take();
        this.history = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_0__/* .recordRun */ .vj)(this.history, results, {
            now,
            tests: perTest,
            fileSeconds: new Map(fileTimes.map((t) => [t.file, t.seconds])),
        });
    }
    serialize() {
        return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_0__/* .serializeHistory */ .ph)(this.history);
    }
}


/***/ }),

/***/ 22728:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a7: () => (/* binding */ writeChunks),
/* harmony export */   mI: () => (/* binding */ prettyJsonWithArray),
/* harmony export */   z1: () => (/* binding */ ChunkWriter)
/* harmony export */ });
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78474);
/* harmony import */ var node_events__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_events__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _execute_own_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59913);
/**
 * Writes a file piece by piece with backpressure, so that a report of 100,000 tests never exists as one
 * string (V8 caps a string near 512 MiB, and one giant JSON.stringify holds the whole report twice). The run
 * step's proof files and the report job's merged files both go through here.
 */


/** Chunks are gathered to about this many characters per write: one write per test would cost a syscall each,
 * and bench/proof-writer.ts measured 256 K batches at twice the peak memory of 64 K for no gain in time. */
const BATCH_CHARS = 64 * 1024;
/** Writes `chunks` to `path` in batches, waiting when the stream is full: memory stays one batch deep.
 * A link a test planted at `path` is removed, never written through. */
async function writeChunks(path, chunks) {
    const out = await ChunkWriter.open(path);
    try {
        for (const chunk of chunks) {
            out.push(chunk);
            await out.drained();
        }
        await out.close();
    }
    finally {
        out.destroy();
    }
}
/**
 * A file written piece by piece by a producer that cannot wait at every piece (a parser's `onTest`):
 * push() gathers chunks into batches and never blocks; drained() waits until the written batches have left
 * memory, and the producer calls it often enough (after each parsed chunk) to keep memory a few batches deep.
 */
class ChunkWriter {
    out;
    batch = [];
    size = 0;
    full = false;
    failed;
    constructor(out) {
        this.out = out;
        this.failed = (0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(out, 'error').then(([error]) => Promise.reject(error));
        // Keeps an error raised after the last write from going unhandled; it is rethrown by drained()/close().
        this.failed.catch(() => { });
    }
    static async open(path) {
        return new ChunkWriter(await (0,_execute_own_files_js__WEBPACK_IMPORTED_MODULE_1__/* .createOwnWriteStream */ .YU)(path));
    }
    push(chunk) {
        this.batch.push(chunk);
        this.size += chunk.length;
        if (this.size >= BATCH_CHARS)
            this.flush();
    }
    /** Resolves once the stream can take more (at once when it can); rejects when writing failed. */
    async drained() {
        if (this.full)
            await Promise.race([(0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(this.out, 'drain'), this.failed]);
        this.full = false;
    }
    /** Writes what is left and waits until it is on disk. */
    async close() {
        if (this.size > 0)
            this.flush();
        await this.drained();
        this.out.end();
        await Promise.race([(0,node_events__WEBPACK_IMPORTED_MODULE_0__.once)(this.out, 'finish'), this.failed]);
    }
    destroy() {
        this.out.destroy();
    }
    flush() {
        if (!this.out.write(this.batch.join('')))
            this.full = true;
        this.batch = [];
        this.size = 0;
    }
}
/**
 * The chunks of `JSON.stringify({ ...head, [key]: items }, null, 2) + '\n'`, byte for byte, with the array
 * written one element at a time. `key` must not be a key of `head`: it is written last.
 */
function* prettyJsonWithArray(head, key, items) {
    const opening = JSON.stringify(head, null, 2);
    const empty = opening === '{}';
    yield `${empty ? '{' : opening.slice(0, -2) + ','}\n  ${JSON.stringify(key)}: [`;
    let first = true;
    for (const item of items) {
        yield `${first ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
        first = false;
    }
    yield first ? ']\n}\n' : '\n  ]\n}\n';
}


/***/ }),

/***/ 76889:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ annotationPath)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** GitHub places annotations relative to the repository root; results are relative to the working directory. */
function annotationPath(file, workingDirectory, workspace) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_0__.relative)(workspace, (0,node_path__WEBPACK_IMPORTED_MODULE_0__.join)(workingDirectory, file)).split('\\').join('/');
}


/***/ }),

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

/***/ 46894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ IMPORTANCE),
  q: () => (/* binding */ renderRunSummary)
});

// EXTERNAL MODULE: ./src/verdict/confidence.ts
var confidence = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/verdict/file-errors.ts
var file_errors = __webpack_require__(33311);
// EXTERNAL MODULE: ./src/verdict/outcome-pattern.ts
var outcome_pattern = __webpack_require__(53734);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(37729);
// EXTERNAL MODULE: ./src/report/format-units.ts
var format_units = __webpack_require__(79589);
;// CONCATENATED MODULE: ./src/report/summary-budget.ts

/** GitHub rejects a step summary over 1 MiB; stay a margin below it for whatever is appended later. */
const SUMMARY_BYTE_BUDGET = 1_000_000;
function bytes(text) {
    return Buffer.byteLength(text, 'utf8');
}
// Fills the budget in order of importance; the first section that does not fit whole keeps the rows that
// fit (or is dropped when none do), and every less important section is dropped.
function plan(sections, budget) {
    const kept = new Map();
    let remaining = budget;
    let exhausted = false;
    const byImportance = [...sections].sort((a, b) => a.importance - b.importance);
    for (const section of byImportance) {
        const fixed = bytes(section.head) + 1; // +1: the blank line after the section
        if (exhausted || fixed > remaining) {
            exhausted = true;
            kept.set(section, -1);
            continue;
        }
        remaining -= fixed;
        let rows = 0;
        while (rows < section.rowCount) {
            const size = bytes(section.row(rows)) + 1;
            if (size > remaining) {
                exhausted = true;
                break;
            }
            remaining -= size;
            rows++;
        }
        if (section.rowCount > 0 && rows === 0) {
            // A table header with no rows says nothing: give its bytes back and drop it.
            remaining += fixed;
            kept.set(section, -1);
        }
        else {
            kept.set(section, rows);
        }
    }
    return { plan: kept, complete: !exhausted };
}
function render(sections, kept) {
    const parts = [];
    for (const section of sections) {
        const rows = kept.get(section) ?? -1;
        if (rows < 0)
            continue;
        let text = section.head;
        for (let i = 0; i < rows; i++)
            text += section.row(i) + '\n';
        parts.push(text + '\n');
    }
    return parts.join('');
}
function cutLine(sections, kept) {
    const cuts = [];
    for (const section of sections) {
        const rows = kept.get(section) ?? -1;
        if (rows < 0)
            cuts.push(section.name);
        else if (rows < section.rowCount) {
            cuts.push(`${(0,format_units/* formatCount */.B4)(section.rowCount - rows)} ${section.rowNoun ?? 'rows'}`);
        }
    }
    return `Cut to fit GitHub's 1 MiB summary limit: ${cuts.join(', ')}.\n`;
}
/**
 * Renders the sections within `budget` UTF-8 bytes. When something had to go, the last line says exactly
 * what: "Cut to fit GitHub's 1 MiB summary limit: 4,512 flaky-test rows, the slowest-tests table."
 */
function renderWithinBudget(sections, budget) {
    const whole = plan(sections, budget);
    if (whole.complete)
        return render(sections, whole.plan);
    // Room for the cut line: guess, then grow the reserve until the line fits what it describes.
    let reserve = 256;
    for (let attempt = 0; attempt < 8; attempt++) {
        const cut = plan(sections, Math.max(0, budget - reserve));
        const line = cutLine(sections, cut.plan);
        if (bytes(line) <= reserve)
            return render(sections, cut.plan) + line;
        reserve = bytes(line);
    }
    throw new Error(`summary budget of ${budget} bytes cannot hold even the cut line`);
}

// EXTERNAL MODULE: ./src/report/isolation-text.ts
var isolation_text = __webpack_require__(93764);
;// CONCATENATED MODULE: ./src/report/run-summary-tables.ts


const SLOWEST_SHOWN = 10;
/** "137, OOM-killed, no report": everything that was unusual about how the run ended. */
function exitCell(run) {
    const parts = [];
    if (run.exitCode !== null)
        parts.push(String(run.exitCode));
    else if (run.signal)
        parts.push((0,escape_markdown/* escapeMarkdown */.F)(run.signal, 20));
    else
        parts.push('—');
    if (run.timedOut)
        parts.push('timed out');
    if (run.oomKilled)
        parts.push('OOM-killed');
    if (run.reportMissing)
        parts.push('no report');
    return parts.join(', ');
}
function runRow(run) {
    const { passed, failed, skipped, flaky } = run.counts;
    const memory = run.peakRssBytes === undefined ? '—' : (0,format_units/* formatBytes */.z3)(run.peakRssBytes);
    const reruns = run.reruns > 0 ? ` (+${run.reruns} rerun${run.reruns === 1 ? '' : 's'})` : '';
    return `| ${run.run}${reruns} | ${exitCell(run)} | ${(0,format_units/* formatDuration */.a3)(run.wallMs)} | ${(0,format_units/* formatCount */.B4)(passed)} | ${(0,format_units/* formatCount */.B4)(failed)} | ${(0,format_units/* formatCount */.B4)(skipped)} | ${(0,format_units/* formatCount */.B4)(flaky)} | ${memory} |`;
}
function runsTable(verdict, importance) {
    return {
        name: 'the per-run table',
        rowNoun: 'per-run rows',
        importance,
        head: verdict.runs.length > 0
            ? '#### Runs\n\n| Run | Exit | Duration | Passed | Failed | Skipped | Flaky | Peak memory |\n|--:|---|--:|--:|--:|--:|--:|--:|\n'
            : '',
        rowCount: verdict.runs.length,
        row: (i) => runRow(verdict.runs[i]),
    };
}
function slowest(tests) {
    // One pass keeping the top few: a full sort of 100,000 tests to show ten would be wasted work.
    const top = [];
    const slower = (a, b) => b.medianDurationSec - a.medianDurationSec || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
    for (const test of tests) {
        if (test.medianDurationSec <= 0 || test.class === 'skipped')
            continue;
        if (top.length === SLOWEST_SHOWN && slower(test, top[top.length - 1]) >= 0)
            continue;
        top.push(test);
        top.sort(slower);
        if (top.length > SLOWEST_SHOWN)
            top.pop();
    }
    return top;
}
function slowestTests(verdict, importance) {
    const tests = slowest(verdict.tests);
    return {
        name: 'the slowest-tests table',
        rowNoun: 'slowest-test rows',
        importance,
        head: tests.length > 0
            ? `#### Slowest tests (median across runs)\n\n| Test | Median | Location |\n|---|--:|---|\n`
            : '',
        rowCount: tests.length,
        row: (i) => {
            const t = tests[i];
            const where = t.file === undefined ? '' : (0,escape_markdown/* escapeMarkdown */.F)(t.file);
            return `| ${(0,escape_markdown/* escapeMarkdown */.F)(t.name)} | ${(0,format_units/* formatDuration */.a3)(t.medianDurationSec * 1000)} | ${where} |`;
        },
    };
}

;// CONCATENATED MODULE: ./src/report/run-summary.ts








// Kept longest first when the summary must shrink (lower = more important).
const IMPORTANCE = {
    headline: 0,
    runFailures: 1,
    fileErrors: 1,
    notAnnotated: 2,
    reproduce: 2,
    runs: 3,
    failed: 4,
    flaky: 5,
    causes: 5,
    isolationRuns: 6,
    slowest: 6,
};
const TEST_TABLE_HEAD = '| Test | Runs | Location | First failure |\n|---|---|---|---|\n';
function plural(n, one, many = `${one}s`) {
    return `${(0,format_units/* formatCount */.B4)(n)} ${n === 1 ? one : many}`;
}
function headline(verdict, options) {
    const { failed, flaky, passed, skipped, total, fileErrors } = verdict.counts;
    const flakyFiles = verdict.tests.filter(file_errors/* loadedOnRerun */.R).length;
    const failing = options.failing === true ||
        failed > 0 ||
        fileErrors > flakyFiles ||
        (flakyFiles > 0 && options.failOnFlaky !== false) ||
        verdict.runFailures.length > 0 ||
        (flaky > 0 && options.failOnFlaky !== false);
    const icon = failing ? '❌' : flaky > 0 || flakyFiles > 0 ? '⚠️' : '✅';
    const counts = `${(0,format_units/* formatCount */.B4)(failed)} failed, ${(0,format_units/* formatCount */.B4)(flaky)} flaky, ${(0,format_units/* formatCount */.B4)(passed)} passed, ${(0,format_units/* formatCount */.B4)(skipped)} skipped`;
    const unloaded = (fileErrors > flakyFiles
        ? `; ${plural(fileErrors - flakyFiles, 'test file')} failed to load, their tests did not run`
        : '') +
        (flakyFiles > 0
            ? `; ${plural(flakyFiles, 'test file')} failed to load and then loaded on rerun (flaky at the file level)`
            : '');
    const scope = `${plural(total, 'test')}, ${plural(verdict.runs.length, 'run')}${unloaded}`;
    const sentence = (0,confidence/* confidenceSentence */.I1)(verdict, options.confidence ?? confidence/* DEFAULT_CONFIDENCE */.FH);
    return {
        name: 'the headline',
        importance: IMPORTANCE.headline,
        head: `### ${icon} ${options.title ?? 'shardproof'}: ${counts} (${scope})\n\n${sentence}\n`,
        rowCount: 0,
        row: () => '',
    };
}
function runFailures(verdict) {
    const failures = verdict.runFailures;
    return {
        name: 'the run-failure list',
        rowNoun: 'run-failure lines',
        importance: IMPORTANCE.runFailures,
        head: failures.length > 0 ? '**Runs that failed as a whole:**\n\n' : '',
        rowCount: failures.length,
        row: (i) => `- ${(0,escape_markdown/* escapeMarkdown */.F)(failures[i].message, 500)}`,
    };
}
function run_summary_location(test) {
    if (test.file === undefined)
        return '';
    return (0,escape_markdown/* escapeMarkdown */.F)(test.line === undefined ? test.file : `${test.file}:${test.line}`);
}
function testRow(test) {
    const name = test.displayId ?? (test.suite === undefined ? test.name : `${test.suite} › ${test.name}`);
    const message = (0,escape_markdown/* escapeMarkdown */.F)(test.message ?? '');
    return `| ${(0,escape_markdown/* escapeMarkdown */.F)(name)} | ${test.pattern} | ${run_summary_location(test)} | ${message} |`;
}
// Most failing runs first, so that cutting rows from the end drops the rarest failures.
function byRunsFailed(a, b) {
    return b.runsFailed - a.runsFailed || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
function testTable(verdict, cls, title, importance) {
    const tests = verdict.tests.filter((t) => t.class === cls).sort(byRunsFailed);
    const legend = (0,outcome_pattern/* patternLegend */.ii)(...new Set(tests.slice(0, 1000).map((t) => t.pattern)));
    return {
        name: `the ${cls}-tests table`,
        rowNoun: `${cls}-test rows`,
        importance,
        head: tests.length > 0
            ? `#### ${title} (${(0,format_units/* formatCount */.B4)(tests.length)})\n\nRuns: ${legend}\n\n${TEST_TABLE_HEAD}`
            : '',
        rowCount: tests.length,
        row: (i) => testRow(tests[i]),
    };
}
function notAnnotated(options) {
    const omitted = options.omitted ?? { error: 0, warning: 0, notice: 0 };
    const parts = [
        omitted.error > 0 ? plural(omitted.error, 'error') : '',
        omitted.warning > 0 ? plural(omitted.warning, 'warning') : '',
        omitted.notice > 0 ? plural(omitted.notice, 'notice') : '',
    ].filter((p) => p !== '');
    return {
        name: 'the not-annotated line',
        importance: IMPORTANCE.notAnnotated,
        head: parts.length > 0
            ? `Not annotated: ${parts.join(', ')} (GitHub shows at most 10 annotations per level per step); the tables list them.\n`
            : '',
        rowCount: 0,
        row: () => '',
    };
}
function reproduce(options) {
    const command = options.reproduceCommand?.trim() ?? '';
    return {
        name: 'the reproduce line',
        importance: IMPORTANCE.reproduce,
        // <code> rather than backticks: entities stay entities inside an HTML element, but not in a code span.
        head: command !== '' ? `To reproduce: <code>${(0,escape_markdown/* escapeMarkdown */.F)(command, 500)}</code>\n` : '',
        rowCount: 0,
        row: () => '',
    };
}
/**
 * The run step's job summary: headline with the confidence sentence, runs that failed as a whole, the
 * per-run table, failed and flaky tests with their run patterns, the slowest tests, what was not
 * annotated and how to reproduce. Always within `byteBudget` UTF-8 bytes; what was cut is said at the end.
 */
function renderRunSummary(verdict, options = {}) {
    const sections = [
        headline(verdict, options),
        ...(options.extraSections ?? []),
        runFailures(verdict),
        runsTable(verdict, IMPORTANCE.runs),
        testTable(verdict, 'file-error', 'Test files that failed to load', IMPORTANCE.fileErrors),
        testTable(verdict, 'failed', 'Failed every run', IMPORTANCE.failed),
        testTable(verdict, 'flaky', 'Flaky', IMPORTANCE.flaky),
        (0,isolation_text/* causesTable */.$_)(verdict, IMPORTANCE.causes),
        (0,isolation_text/* isolationRunsTable */.hl)(verdict, IMPORTANCE.isolationRuns),
        slowestTests(verdict, IMPORTANCE.slowest),
        notAnnotated(options),
        reproduce(options),
    ].filter((s) => s.head !== '' || s.rowCount > 0);
    return renderWithinBudget(sections, options.byteBudget ?? SUMMARY_BYTE_BUDGET);
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

/***/ 58173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ attachCauses)
/* harmony export */ });
/**
 * Puts each found cause on its test: on the listed tests, and, for a compact verdict, on every test its
 * eachTest() yields (results.json and the merged report iterate that). Causes only add; a test keeps its class.
 */
function attachCauses(verdict, causes) {
    if (causes.size === 0)
        return;
    for (const test of verdict.tests) {
        const cause = causes.get(test.id);
        if (cause)
            test.cause = cause;
    }
    if ('eachTest' in verdict) {
        const compact = verdict;
        const each = compact.eachTest.bind(compact);
        compact.eachTest = function* () {
            for (const test of each()) {
                const cause = causes.get(test.id);
                yield cause ? { ...test, cause } : test;
            }
        };
    }
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


/***/ }),

/***/ 87814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ runFailures),
/* harmony export */   r: () => (/* binding */ describeRunFailure)
/* harmony export */ });
/* harmony import */ var _results_by_id_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77783);

// Shells and runners report "killed by signal N" as exit code 128 + N.
const SIGNAL_BY_NUMBER = {
    1: 'SIGHUP',
    2: 'SIGINT',
    6: 'SIGABRT',
    9: 'SIGKILL',
    11: 'SIGSEGV',
    15: 'SIGTERM',
};
const MEMORY_ADVICE = 'try fewer workers or memory-per-worker';
const TIMEOUT_ADVICE = 'raise the timeout or split the suite into more shards';
function signalOf(record) {
    if (record.signal)
        return record.signal;
    if (record.exitCode !== null && record.exitCode > 128)
        return SIGNAL_BY_NUMBER[record.exitCode - 128];
    return undefined;
}
function statusLabel(record) {
    if (record.exitCode !== null)
        return `exit ${record.exitCode}`;
    if (record.signal)
        return `signal ${record.signal}`;
    return 'no exit status';
}
/** "exit 137: killed, probably out of memory — try fewer workers or memory-per-worker" */
function cause(record) {
    const label = statusLabel(record);
    const signal = signalOf(record);
    if (record.timedOut)
        return `${label}: timed out — ${TIMEOUT_ADVICE}`;
    if (record.oomKilled)
        return `${label}: killed by the out-of-memory killer — ${MEMORY_ADVICE}`;
    // A SIGKILL nobody asked for is, on CI runners, almost always the kernel or the container reclaiming memory.
    if (signal === 'SIGKILL')
        return `${label}: killed, probably out of memory — ${MEMORY_ADVICE}`;
    if (signal !== undefined)
        return record.signal ? `${label}: crashed` : `${label}: crashed with ${signal}`;
    return label;
}
/** Why a run failed as a whole, or undefined when its command behaved (test failures are not run failures). */
function describeRunFailure(record) {
    const run = `run ${record.run}`;
    if (record.startError)
        return `${run} could not start: ${record.startError}`;
    if (record.outputProblem)
        return `${run} tampered with its output folder, so its report is not used: ${record.outputProblem}`;
    const unreadable = record.unreadableReports ?? [];
    if (unreadable.length > 0) {
        const more = unreadable.length > 1 ? ` (and ${unreadable.length - 1} more)` : '';
        return `${run}: a report could not be read, so its results are incomplete: ${unreadable[0]}${more}`;
    }
    if (record.stopReason !== undefined && (record.reportMissing || !record.tests.some(_results_by_id_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N))) {
        return `${run} stopped before running its tests (${statusLabel(record)}): ${record.stopReason}`;
    }
    if (record.reportMissing) {
        const detail = record.exitCode === 0 && !record.timedOut
            ? 'exit 0 — check that the report path matches where the test framework writes its report'
            : cause(record);
        const onlyLabel = detail === statusLabel(record);
        return `${run} produced no report (${detail}${onlyLabel ? ' — the command failed before writing one; see its log' : ''})`;
    }
    if (record.tests.length === 0 && record.exitCode === 0) {
        // An empty report proves nothing; five empty runs must not read as "0 flaky on 5 runs".
        return `${run} reported no tests at all — check the test selection and that the command runs the tests`;
    }
    if (record.timedOut || record.oomKilled || signalOf(record) !== undefined) {
        return `${run} did not finish cleanly (${cause(record)}); its report may be missing tests`;
    }
    if (record.exitCode !== 0 && !record.tests.some(_results_by_id_js__WEBPACK_IMPORTED_MODULE_0__/* .isFailure */ .N)) {
        return `${run} exited with ${statusLabel(record)} but its report shows no failing test — the command failed outside the tests (setup, a coverage threshold, a crash after the report); see its log`;
    }
    return undefined;
}
function runFailures(records) {
    const failures = [];
    for (const record of records) {
        const message = describeRunFailure(record);
        if (message !== undefined)
            failures.push({ run: record.run, message });
    }
    return failures;
}


/***/ }),

/***/ 34916:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   n: () => (/* binding */ stepFailure)
/* harmony export */ });
/* harmony import */ var _file_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33311);

// Test names come from pull requests: keep the failure message to one line per item.
function oneLine(text) {
    return text.replace(/\s+/g, ' ').trim();
}
function listTests(tests, max, withPattern, total = tests.length) {
    const shown = tests.slice(0, max).map((t) => oneLine(t.id) + (withPattern ? ` (${t.pattern})` : ''));
    const more = total - shown.length;
    return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}
/**
 * The message the step fails with, or undefined when it passes: tests that failed every run, flaky tests
 * (when `failOnFlaky`), and runs whose command crashed, timed out or left no report.
 */
function stepFailure(verdict, options) {
    const max = options.maxListed ?? 10;
    const failed = verdict.tests.filter((t) => t.class === 'failed');
    const flaky = options.failOnFlaky ? verdict.tests.filter((t) => t.class === 'flaky') : [];
    const fileErrors = verdict.tests.filter((t) => t.class === 'file-error');
    const asFiles = (tests) => tests.map((t) => ({ ...t, id: t.file ?? t.id }));
    const lasting = fileErrors.filter((t) => !(0,_file_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .loadedOnRerun */ .R)(t));
    const flakyFiles = options.failOnFlaky ? fileErrors.filter(_file_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .loadedOnRerun */ .R) : [];
    // A compact verdict (VerdictBuilder) lists the notable tests only; its counts have them all.
    const failedCount = Math.max(failed.length, verdict.counts.failed);
    const flakyCount = options.failOnFlaky ? Math.max(flaky.length, verdict.counts.flaky) : 0;
    const lines = [];
    if (lasting.length > 0) {
        const noun = lasting.length === 1 ? '1 test file' : `${lasting.length} test files`;
        lines.push(`${noun} failed to load, so their tests did not run: ${listTests(asFiles(lasting), max, false)}.`);
    }
    if (flakyFiles.length > 0) {
        const noun = flakyFiles.length === 1 ? '1 test file' : `${flakyFiles.length} test files`;
        lines.push(`${noun} failed to load and then loaded on rerun (flaky at the file level): ` +
            `${listTests(asFiles(flakyFiles), max, true)}.`);
    }
    if (failedCount > 0) {
        const noun = failedCount === 1 ? '1 test' : `${failedCount} tests`;
        lines.push(`${noun} failed in every run: ${listTests(failed, max, false, failedCount)}.`);
    }
    if (flakyCount > 0) {
        const noun = flakyCount === 1 ? '1 test is' : `${flakyCount} tests are`;
        lines.push(`${noun} flaky: ${listTests(flaky, max, true, flakyCount)}.`);
    }
    for (const failure of verdict.runFailures)
        lines.push(`${failure.message}.`);
    return lines.length > 0 ? lines.join('\n') : undefined;
}


/***/ }),

/***/ 72767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  v: () => (/* binding */ VerdictBuilder),
  E: () => (/* binding */ everyTest)
});

// EXTERNAL MODULE: ./src/verdict/outcome-pattern.ts
var outcome_pattern = __webpack_require__(53734);
// EXTERNAL MODULE: ./src/verdict/run-failures.ts
var run_failures = __webpack_require__(87814);
;// CONCATENATED MODULE: ./src/verdict/name-store.ts
/**
 * Test names for millions of tests without a string object each: names are appended to large joined
 * strings (64 Ki names per chunk) and found again by offset, and an open-addressing hash table of row
 * numbers answers "which row is (group, name)?" without a Map entry per test. A name costs its characters
 * plus about 20 bytes, instead of a string (~40 bytes and up) plus a Map entry (~30 bytes).
 */
const NAMES_PER_CHUNK = 65_536;
class NameStore {
    chunks = [];
    /** Names of the chunk being filled, kept as they came until it is full. */
    pending = [];
    starts = new Uint32Array(1024);
    lengths = new Uint32Array(1024);
    groups = new Uint32Array(1024);
    table = new Int32Array(2048).fill(-1);
    count = 0;
    get size() {
        return this.count;
    }
    group(row) {
        return this.groups[row];
    }
    name(row) {
        const chunk = Math.floor(row / NAMES_PER_CHUNK);
        if (chunk === this.chunks.length)
            return this.pending[row % NAMES_PER_CHUNK];
        return this.chunks[chunk].slice(this.starts[row], this.starts[row] + this.lengths[row]);
    }
    /** Orders two rows' names as `<` orders strings (UTF-16 code units), without making either string:
     * sorting millions of rows must not leave millions of substrings behind. */
    compare(a, b) {
        const [textA, startA] = this.where(a);
        const [textB, startB] = this.where(b);
        const lengthA = this.lengths[a];
        const lengthB = this.lengths[b];
        const common = Math.min(lengthA, lengthB);
        for (let i = 0; i < common; i++) {
            const difference = textA.charCodeAt(startA + i) - textB.charCodeAt(startB + i);
            if (difference !== 0)
                return difference;
        }
        return lengthA - lengthB;
    }
    where(row) {
        const chunk = Math.floor(row / NAMES_PER_CHUNK);
        if (chunk === this.chunks.length)
            return [this.pending[row % NAMES_PER_CHUNK], 0];
        return [this.chunks[chunk], this.starts[row]];
    }
    /** The row of (group, name), or -1. */
    find(group, name) {
        const mask = this.table.length - 1;
        for (let slot = hash(group, name) & mask;; slot = (slot + 1) & mask) {
            const row = this.table[slot];
            if (row === -1)
                return -1;
            if (this.groups[row] === group && this.lengths[row] === name.length && this.name(row) === name)
                return row;
        }
    }
    /** Adds a name that find() did not know; returns its row. */
    add(group, name) {
        const row = this.count++;
        this.ensureCapacity(this.count);
        this.groups[row] = group;
        this.lengths[row] = name.length;
        const local = row % NAMES_PER_CHUNK;
        this.starts[row] = local === 0 ? 0 : this.starts[row - 1] + this.lengths[row - 1];
        this.pending.push(name);
        if (this.pending.length === NAMES_PER_CHUNK) {
            this.chunks.push(this.pending.join(''));
            this.pending = [];
        }
        this.insert(row, name);
        return row;
    }
    insert(row, name) {
        const mask = this.table.length - 1;
        let slot = hash(this.groups[row], name) & mask;
        while (this.table[slot] !== -1)
            slot = (slot + 1) & mask;
        this.table[slot] = row;
    }
    ensureCapacity(needed) {
        if (needed > this.starts.length) {
            const capacity = this.starts.length * 2;
            this.starts = grown(this.starts, capacity);
            this.lengths = grown(this.lengths, capacity);
            this.groups = grown(this.groups, capacity);
        }
        // Keep the table at most half full, so probes stay short.
        if (needed * 2 > this.table.length) {
            this.table = new Int32Array(this.table.length * 2).fill(-1);
            for (let row = 0; row < needed - 1; row++)
                this.insert(row, this.name(row));
        }
    }
}
/** FNV-1a over the group and the name's UTF-16 code units. */
function hash(group, name) {
    let h = (0x811c9dc5 ^ group) >>> 0;
    for (let i = 0; i < name.length; i++)
        h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
    return h >>> 0;
}
function grown(array, capacity) {
    const next = new Uint32Array(capacity);
    next.set(array);
    return next;
}

;// CONCATENATED MODULE: ./src/verdict/test-table.ts

/**
 * Every test seen across the runs of a stability check, stored in columns instead of one object per test:
 * a report of 2,000,000 passing tests would otherwise hold 2,000,000 TestResult objects per run (each with
 * an id that repeats its file and suite) and then as many verdict objects — gigabytes. Here a test costs
 * its name string, an entry in its identity group's map, and a few bytes per run.
 * The file and suite of a test are interned as one "head" (`file::suite::`), so the id is head + name.
 */
/** Cell codes in rank order: a worse outcome has a higher code (merging duplicates keeps the worst). */
const ABSENT = 0;
const CODE = { skipped: 1, passed: 2, failed: 3, error: 4 };
const OUTCOME_OF_CODE = [
    undefined,
    'skipped',
    'passed',
    'failed',
    'error',
];
function outcomeCode(outcome) {
    return CODE[outcome];
}
class TestTable {
    heads = [];
    names = new NameStore();
    /** 1-based line, 0 when unknown. */
    lineOf = new Uint32Array(1024);
    /** Where lineOf came from, as classifyRuns picks a test's identity: the run (0-based) of its first main
     * result, -1 nowhere yet, -2 a rerun (used only while no main result is seen). */
    identityRun = new Int32Array(1024).fill(-1);
    runs = [];
    headIndex = new Map();
    get size() {
        return this.names.size;
    }
    name(row) {
        return this.names.name(row);
    }
    headOf(row) {
        return this.heads[this.names.group(row)];
    }
    /** The row of a result's test, added on first sight. */
    rowOf(result) {
        const name = result.name;
        // testId() joins file, suite and name with '::', so the id always ends with the name.
        const headText = result.id.endsWith(name)
            ? result.id.slice(0, result.id.length - name.length)
            : `${result.id}\0`;
        const headKey = `${result.file ?? '\0'}\u0001${result.suite ?? '\0'}\u0001${headText}`;
        let head = this.headIndex.get(headKey);
        if (head === undefined) {
            head = this.heads.length;
            this.heads.push({ text: headText, file: result.file, suite: result.suite });
            this.headIndex.set(headKey, head);
        }
        let row = this.names.find(head, name);
        if (row === -1) {
            row = this.names.add(head, name);
            this.ensureCapacity(row + 1);
        }
        return row;
    }
    id(row) {
        const head = this.headOf(row).text;
        return head.endsWith('\0') ? head.slice(0, -1) : head + this.names.name(row);
    }
    addRun() {
        const capacity = this.lineOf.length;
        const column = {
            codes: new Uint8Array(capacity),
            durations: new Float32Array(capacity),
            retries: new Map(),
        };
        this.runs.push(column);
        return column;
    }
    /** Row numbers sorted by id, the order of classifyRuns; heads are compared once, names within a head. */
    sortedRows() {
        const headRank = new Uint32Array(this.heads.length);
        const order = this.heads.map((_, i) => i).sort((a, b) => compare(this.heads[a].text, this.heads[b].text));
        order.forEach((head, rank) => (headRank[head] = rank));
        const rows = new Uint32Array(this.size).map((_, i) => i);
        return rows.sort((a, b) => {
            const ha = this.names.group(a);
            const hb = this.names.group(b);
            if (ha === hb)
                return this.names.compare(a, b);
            const ta = this.heads[ha].text;
            const tb = this.heads[hb].text;
            // When neither head is a prefix of the other, the heads alone decide the order of the ids.
            if (!ta.startsWith(tb) && !tb.startsWith(ta))
                return headRank[ha] - headRank[hb];
            return compare(this.id(a), this.id(b));
        });
    }
    ensureCapacity(needed) {
        if (needed <= this.lineOf.length)
            return;
        const capacity = Math.max(needed, this.lineOf.length * 2);
        this.lineOf = test_table_grown(this.lineOf, capacity);
        const identityRun = test_table_grown(this.identityRun, capacity);
        identityRun.fill(-1, this.identityRun.length);
        this.identityRun = identityRun;
        for (const run of this.runs) {
            run.codes = test_table_grown(run.codes, capacity);
            run.durations = test_table_grown(run.durations, capacity);
        }
    }
}
function test_table_grown(array, capacity) {
    const next = new array.constructor(capacity);
    next.set(array);
    return next;
}
function compare(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/verdict/failure-texts.ts

/**
 * The failure text each test's verdict shows, chosen as classifyRuns chooses it: the first failing result
 * in run order (a run's main result before its reruns), where a result merged from duplicates carries the
 * text of the worst of them (the first of equals); without any failure, the first main result the framework
 * retried. Details (stacks, output) are kept for the first `maxDetailed` failing tests only, and texts at
 * all for the first `maxTexts` tests: a report where millions of tests fail must not cost a string per test.
 * While a run's results arrive, only as many texts are held as can still be kept (the first to arrive); with
 * fewer failing tests than the limits, every text is kept exactly as before.
 */
class FailureTexts {
    maxDetailed;
    maxTexts;
    failure = new Map();
    retried = new Map();
    /** The current run's merged main result's text per row, while its main results arrive. */
    main = new Map();
    mainFolded = false;
    /** The same for each rerun of the current run, keyed `row:rerun`. */
    reruns = new Map();
    detailed = 0;
    /** Texts in `main` that hold details. */
    mainDetailed = 0;
    constructor(maxDetailed, maxTexts = DEFAULT_MAX_TEXTS) {
        this.maxDetailed = maxDetailed;
        this.maxTexts = maxTexts;
    }
    /** A main result; `worst` when it is now the worst result of its test in this run. */
    addMain(row, result, worst) {
        if (!worst)
            return;
        const previous = this.main.get(row);
        if (previous?.details !== undefined)
            this.mainDetailed--;
        const text = textOf(result);
        if (text === undefined) {
            this.main.delete(row);
            return;
        }
        if (previous === undefined && this.main.size + this.kept() >= this.maxTexts)
            return;
        if (text.details !== undefined) {
            if (this.detailed + this.mainDetailed >= this.maxDetailed)
                delete text.details;
            else
                this.mainDetailed++;
        }
        this.main.set(row, text);
    }
    addRerun(row, rerun, code, result, run) {
        this.foldMain(run);
        const key = `${row}:${rerun}`;
        const seen = this.reruns.get(key);
        if (seen === undefined || code > seen.code)
            this.reruns.set(key, { code, text: textOf(result) });
    }
    /** At the end of a run: its main texts, then its reruns' in rerun order. */
    endRun(run) {
        this.foldMain(run);
        const keys = [...this.reruns.keys()].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
        for (const key of keys) {
            const { code, text } = this.reruns.get(key);
            if (code >= outcomeCode('failed'))
                this.keepFirst(this.failure, Number(key.split(':')[0]), text);
        }
        this.reruns = new Map();
        this.mainFolded = false;
    }
    of(row, failed) {
        return failed ? this.failure.get(row) : this.retried.get(row);
    }
    foldMain(run) {
        if (this.mainFolded)
            return;
        this.mainFolded = true;
        for (let row = 0; row < run.codes.length; row++) {
            const code = run.codes[row];
            if (code >= outcomeCode('failed'))
                this.keepFirst(this.failure, row, this.main.get(row));
            else if (code !== ABSENT && (run.retries.get(row) ?? 0) > 0)
                this.keepFirst(this.retried, row, this.main.get(row));
        }
        this.main = new Map();
        this.mainDetailed = 0;
    }
    kept() {
        return this.failure.size + this.retried.size;
    }
    keepFirst(store, row, text) {
        if (store.has(row) || this.kept() >= this.maxTexts)
            return;
        const keepDetails = this.detailed < this.maxDetailed;
        if (keepDetails && text?.details !== undefined)
            this.detailed++;
        store.set(row, {
            ...(text?.message !== undefined ? { message: text.message } : {}),
            ...(keepDetails && text?.details !== undefined ? { details: text.details } : {}),
        });
    }
}
/** 100,000 failure messages are a few tens of MB; summaries and annotations show far fewer. */
const DEFAULT_MAX_TEXTS = 100_000;
function textOf(result) {
    if (result.message === undefined && result.details === undefined)
        return undefined;
    return {
        ...(result.message !== undefined ? { message: result.message } : {}),
        ...(result.details !== undefined ? { details: result.details } : {}),
    };
}

;// CONCATENATED MODULE: ./src/verdict/notable-tests.ts
const DEFAULT_NOTABLE_PER_KIND = 10_000;
const DEFAULT_SLOWEST = 100;
/** Classes every summary lists (and annotates); 'missing' is the third kind. */
const NAMED_KINDS = new Set(['failed', 'flaky', 'file-error']);
/** Failed, flaky, file-error and partly absent tests (up to a cap each) and the slowest ones: what summaries read. */
class NotableTests {
    options;
    kinds = new Map();
    slowest = [];
    constructor(options) {
        this.options = options;
    }
    /** Whether consider() would keep a test with these numbers: lets the caller skip building the others. */
    wants(cls, missingRuns, medianDurationSec) {
        const kind = NAMED_KINDS.has(cls) ? cls : missingRuns > 0 ? 'missing' : undefined;
        if (kind !== undefined &&
            (this.kinds.get(kind)?.length ?? 0) < (this.options.maxNotablePerKind ?? DEFAULT_NOTABLE_PER_KIND)) {
            return true;
        }
        const keep = this.options.slowest ?? DEFAULT_SLOWEST;
        if (medianDurationSec <= 0 || cls === 'skipped' || keep === 0)
            return false;
        return (this.slowest.length < keep ||
            medianDurationSec > this.slowest[this.slowest.length - 1].medianDurationSec);
    }
    consider(test) {
        const kind = NAMED_KINDS.has(test.class) ? test.class : test.missingRuns > 0 ? 'missing' : undefined;
        if (kind !== undefined) {
            const list = this.kinds.get(kind) ?? [];
            this.kinds.set(kind, list);
            if (list.length < (this.options.maxNotablePerKind ?? DEFAULT_NOTABLE_PER_KIND)) {
                list.push(test);
                return;
            }
        }
        const keep = this.options.slowest ?? DEFAULT_SLOWEST;
        if (test.medianDurationSec <= 0 || test.class === 'skipped' || keep === 0)
            return;
        if (this.slowest.length >= keep &&
            test.medianDurationSec <= this.slowest[this.slowest.length - 1].medianDurationSec)
            return;
        this.slowest.push(test);
        this.slowest.sort((a, b) => b.medianDurationSec - a.medianDurationSec);
        if (this.slowest.length > keep)
            this.slowest.pop();
    }
    /** In id order, like a verdict's tests. */
    sorted() {
        const all = [...this.kinds.values()].flat().concat(this.slowest);
        return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    }
}

;// CONCATENATED MODULE: ./src/verdict/verdict-builder.ts





/** Every test of a verdict: eachTest() when it is compact, else its tests. For results.json and records.jsonl. */
function everyTest(verdict) {
    return 'eachTest' in verdict ? verdict.eachTest() : verdict.tests;
}
class VerdictBuilder {
    options;
    table = new TestTable();
    records = [];
    reruns = new Map();
    rerunCounts = [];
    current;
    order;
    rerunIdentity = new Map();
    /** Rows whose identity is a file that failed to load (numberRunResults' entries), not a test. */
    fileErrors = new Set();
    texts;
    constructor(options = {}) {
        this.options = options;
        this.texts = new FailureTexts(options.maxDetailedFailures ?? DEFAULT_DETAILED_FAILURES);
    }
    /** Starts the next run (runs are added in run order). */
    startRun() {
        this.current = this.table.addRun();
        this.rerunCounts.push(0);
    }
    /** A main result of the current run; a second result with the same id merges (worst outcome, durations add).
     * Returns the test's row (stable for the builder's life: the report keys per-test facts by it). */
    add(result) {
        const run = this.current;
        const row = this.table.rowOf(result);
        const code = outcomeCode(result.outcome);
        const runIndex = this.table.runs.length - 1;
        const from = this.table.identityRun[row];
        // A duplicate in the run that gave the identity replaces it when worse (resultsById keeps the worse).
        if (from < 0 || (from === runIndex && code > run.codes[row])) {
            this.table.lineOf[row] = result.line ?? 0;
            this.table.identityRun[row] = runIndex;
            this.markFileError(row, result);
        }
        this.texts.addMain(row, result, run.codes[row] === ABSENT || code > run.codes[row]);
        run.codes[row] = Math.max(run.codes[row], code);
        run.durations[row] += result.duration;
        if ((result.retriedFailures ?? 0) > 0)
            run.retries.set(row, (run.retries.get(row) ?? 0) + result.retriedFailures);
        return row;
    }
    /** Results of the current run's `rerun`-th rerun of its failed tests (1-based, in order). */
    addRerun(rerun, result) {
        const runIndex = this.table.runs.length - 1;
        this.rerunCounts[runIndex] = Math.max(this.rerunCounts[runIndex], rerun);
        const row = this.table.rowOf(result);
        let byRun = this.reruns.get(row);
        if (byRun === undefined)
            this.reruns.set(row, (byRun = new Map()));
        const list = byRun.get(runIndex) ?? [];
        byRun.set(runIndex, list);
        const code = outcomeCode(result.outcome);
        const entry = {
            rerun,
            code,
            retries: result.retriedFailures ?? 0,
            anyPassed: result.outcome === 'passed',
        };
        // Without a main result, the identity is the first rerun's merged result (the worse of duplicates).
        const from = this.table.identityRun[row];
        const first = this.rerunIdentity.get(row);
        // Shards merged into one run may bring rerun 2 before another shard's rerun 1: the lowest rerun wins.
        if (from === -1 ||
            (from === -2 &&
                first?.run === runIndex &&
                (rerun < first.rerun || (first.rerun === rerun && entry.code > first.code)))) {
            this.table.lineOf[row] = result.line ?? 0;
            this.table.identityRun[row] = -2;
            this.rerunIdentity.set(row, { run: runIndex, rerun, code: entry.code });
            this.markFileError(row, result);
        }
        // Within one rerun a duplicate id merges like in a main run; reruns stay in rerun order (a merged run's
        // shards each bring their own reruns 1, 2, …).
        const same = list.findLast((r) => r.rerun <= rerun);
        if (same?.rerun === rerun) {
            same.code = Math.max(same.code, entry.code);
            same.retries += entry.retries;
            same.anyPassed ||= entry.anyPassed;
        }
        else
            list.splice(same === undefined ? 0 : list.indexOf(same) + 1, 0, entry);
        this.texts.addRerun(row, rerun, entry.code, result, this.table.runs[runIndex]);
        return row;
    }
    /** Whether the current run already has a main result with this result's id (for numbering duplicates). */
    seenInRun(result) {
        // The row first: adding it may grow the table, which replaces the run's arrays.
        const row = this.table.rowOf(result);
        return this.current.codes[row] !== ABSENT;
    }
    markFileError(row, result) {
        if (result.fileError)
            this.fileErrors.add(row);
        else
            this.fileErrors.delete(row);
    }
    /** Exclusive counts of a run (default: the current one), as countRun gives them (the log's closing line). */
    runCounts(runIndex = this.table.runs.length - 1) {
        const run = this.table.runs[runIndex];
        const counts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
        for (let row = 0; row < this.table.size; row++) {
            const code = run.codes[row];
            if (code === ABSENT)
                continue;
            const outcome = OUTCOME_OF_CODE[code];
            if (this.fileErrors.has(row))
                counts.fileErrors = (counts.fileErrors ?? 0) + 1;
            else if (outcome === 'failed' || outcome === 'error') {
                const passedLater = this.reruns
                    .get(row)
                    ?.get(runIndex)
                    ?.some((r) => r.anyPassed);
                if (passedLater)
                    counts.flaky++;
                else
                    counts.failed++;
            }
            else if (outcome === 'passed') {
                if ((run.retries.get(row) ?? 0) > 0)
                    counts.flaky++;
                else
                    counts.passed++;
            }
            else
                counts.skipped++;
        }
        return counts;
    }
    /** The current run's failed and errored tests (merged main results), for rerunning them. */
    failedInRun() {
        const run = this.table.runs[this.table.runs.length - 1];
        const failed = [];
        for (let row = 0; row < this.table.size; row++) {
            const outcome = OUTCOME_OF_CODE[run.codes[row]];
            if (outcome !== 'failed' && outcome !== 'error')
                continue;
            const head = this.table.headOf(row);
            const line = this.table.lineOf[row];
            failed.push({
                id: this.table.id(row),
                name: this.table.name(row),
                ...(head.file !== undefined ? { file: head.file } : {}),
                ...(head.suite !== undefined ? { suite: head.suite } : {}),
                outcome,
                duration: run.durations[row],
                ...(line > 0 ? { line } : {}),
            });
        }
        return failed;
    }
    /** Ends the current run with what the execute stage recorded about it, and how many reruns it had
     * (default: the highest rerun a result was added for; a rerun may report nothing). */
    endRun(outline, reruns) {
        const runIndex = this.table.runs.length - 1;
        if (reruns !== undefined)
            this.rerunCounts[runIndex] = reruns;
        this.texts.endRun(this.table.runs[runIndex]);
        this.records.push(outline);
        this.current = undefined;
    }
    finish() {
        const notable = new NotableTests(this.options);
        const tests = [];
        const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0, fileErrors: 0 };
        // Counting needs only numbers: a verdict object (id, pattern) is built for the notable tests alone.
        for (const row of this.rowsById()) {
            const stats = this.statsOf(row, false);
            const cls = this.fileErrors.has(row) ? 'file-error' : classOf(stats);
            if (cls === 'file-error')
                counts.fileErrors++;
            else {
                counts.total++;
                counts[cls]++;
            }
            if (notable.wants(cls, stats.missingRuns, stats.medianDurationSec))
                notable.consider(this.verdictOf(row));
        }
        tests.push(...notable.sorted());
        const runs = this.records.map((record, index) => ({
            ...record,
            counts: this.runCounts(index),
            reruns: this.rerunCounts[index] ?? 0,
        }));
        // runFailures reads a record's tests only to tell an empty report and a failing test apart.
        const withTests = this.records.map((record, index) => ({ ...record, tests: this.sampleTests(index) }));
        return {
            runs,
            runsWithReport: this.records.filter((r) => !r.reportMissing).length,
            tests,
            counts,
            runFailures: (0,run_failures/* runFailures */.B)(withTests),
            eachTest: () => this.eachTest(),
        };
    }
    *eachTest() {
        for (const row of this.rowsById())
            yield this.verdictOf(row);
    }
    /** Sorted once, after the last run (sorting 2,000,000 rows takes seconds). */
    rowsById() {
        if (this.order === undefined || this.order.length !== this.table.size)
            this.order = this.table.sortedRows();
        return this.order;
    }
    /** The numbers of a row's verdict, and its pattern when asked for (building strings costs memory). */
    statsOf(row, withPattern) {
        const t = this.table;
        const stats = {
            passes: 0,
            failures: 0,
            runsFailed: 0,
            runsPassed: 0,
            runsPresent: 0,
            missingRuns: 0,
            pattern: '',
            failed: false,
            medianDurationSec: 0,
        };
        const durations = [];
        this.records.forEach((record, index) => {
            const run = t.runs[index];
            const code = run.codes[row];
            const retries = code === ABSENT ? 0 : (run.retries.get(row) ?? 0);
            const reruns = this.reruns.get(row)?.get(index) ?? [];
            if (withPattern) {
                stats.pattern += code === ABSENT ? outcome_pattern/* PATTERN_SYMBOLS */.z.absent : symbol(code, retries);
                for (const r of reruns)
                    stats.pattern += outcome_pattern/* PATTERN_SYMBOLS */.z.rerun + symbol(r.code, r.retries);
            }
            if (code === ABSENT) {
                if (!record.reportMissing)
                    stats.missingRuns++;
            }
            else {
                stats.runsPresent++;
                durations.push(run.durations[row]);
            }
            let failedHere = false;
            let passedHere = false;
            const results = code === ABSENT ? reruns : [{ code, retries }, ...reruns];
            for (const r of results) {
                const isFailed = r.code >= outcomeCode('failed');
                stats.failures += r.retries + (isFailed ? 1 : 0);
                if (isFailed)
                    stats.failed = true;
                if (isFailed || r.retries > 0)
                    failedHere = true;
                if (r.code === outcomeCode('passed')) {
                    stats.passes++;
                    passedHere = true;
                }
            }
            if (failedHere)
                stats.runsFailed++;
            if (passedHere)
                stats.runsPassed++;
        });
        // Durations are stored as float32; reports give them to the microsecond at most.
        stats.medianDurationSec = Math.round(median(durations) * 1e6) / 1e6;
        return stats;
    }
    verdictOf(row) {
        const t = this.table;
        const s = this.statsOf(row, true);
        const head = t.headOf(row);
        const text = this.texts.of(row, s.failed);
        const line = t.lineOf[row];
        return {
            id: t.id(row),
            name: t.name(row),
            ...(head.file !== undefined ? { file: head.file } : {}),
            ...(head.suite !== undefined ? { suite: head.suite } : {}),
            ...(line > 0 ? { line } : {}),
            class: this.fileErrors.has(row) ? 'file-error' : classOf(s),
            pattern: s.pattern,
            runsFailed: s.runsFailed,
            runsPassed: s.runsPassed,
            runsPresent: s.runsPresent,
            missingRuns: s.missingRuns,
            failures: s.failures,
            ...(text?.message !== undefined ? { message: text.message } : {}),
            ...(text?.details !== undefined ? { details: text.details } : {}),
            medianDurationSec: s.medianDurationSec,
        };
    }
    /** Enough of a run's results for runFailures: whether it has any test and any failing one. */
    sampleTests(index) {
        const run = this.table.runs[index];
        const sample = [];
        for (let row = 0; row < this.table.size && sample.length < 2; row++) {
            const outcome = OUTCOME_OF_CODE[run.codes[row]];
            if (outcome === undefined)
                continue;
            const failedTest = outcome === 'failed' || outcome === 'error';
            if (sample.length === 0 || failedTest)
                sample.push({ id: '', name: '', outcome, duration: 0 });
            if (failedTest)
                break;
        }
        return sample;
    }
}
const DEFAULT_DETAILED_FAILURES = 1000;
function classOf(s) {
    if (s.passes > 0 && s.failures > 0)
        return 'flaky';
    if (s.failures > 0)
        return 'failed';
    return s.passes > 0 ? 'passed' : 'skipped';
}
function symbol(code, retries) {
    const outcome = OUTCOME_OF_CODE[code];
    if (outcome === 'passed')
        return retries > 0 ? outcome_pattern/* PATTERN_SYMBOLS */.z.retriedPass : outcome_pattern/* PATTERN_SYMBOLS */.z.passed;
    if (outcome === 'skipped')
        return outcome_pattern/* PATTERN_SYMBOLS */.z.skipped;
    return outcome_pattern/* PATTERN_SYMBOLS */.z.failed;
}
function median(values) {
    if (values.length === 0)
        return 0;
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}


/***/ })

};
