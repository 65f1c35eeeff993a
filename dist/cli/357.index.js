export const id = 357;
export const ids = [357];
export const modules = {

/***/ 59913:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cz: () => (/* binding */ openOwnWriteStream),
/* harmony export */   KA: () => (/* binding */ reclaimOutputDir),
/* harmony export */   OP: () => (/* binding */ writeOwnFile),
/* harmony export */   VW: () => (/* binding */ appendOwnFile),
/* harmony export */   XV: () => (/* binding */ copyToOwnFile),
/* harmony export */   YU: () => (/* binding */ createOwnWriteStream),
/* harmony export */   tN: () => (/* binding */ removePlantedLink)
/* harmony export */ });
/* unused harmony export OWN_FILE_FLAGS */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(75363);
/**
 * The output folder is shared with the test command, which can delete it, make it read-only or plant
 * symbolic links in it (`results.json -> /somewhere/else`) while it runs. shardproof never writes through a
 * link it did not create: every file it writes there is opened with O_NOFOLLOW after any link found at its
 * name is removed, and the folder is made a real, writable folder of ours again after every run.
 * These helpers are for every writer of the proof folder (logs, report copies, results, manifest).
 */



/** Write-only, created or truncated, and refused (ELOOP) when the name is a symbolic link. */
const OWN_FILE_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_CREAT | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_TRUNC | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
const APPEND_FLAGS = node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_WRONLY | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_APPEND | node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW;
/**
 * Makes `dir` a real folder this user can write again, and says what had been done to it (nothing: []).
 * A link or a file in its place is removed and the folder recreated; lost permissions are restored.
 */
async function reclaimOutputDir(dir) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(dir).catch(() => undefined);
    if (info === undefined) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        return [`the output folder ${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(dir)} was removed; recreated it`];
    }
    if (info.isSymbolicLink() || !info.isDirectory()) {
        const what = info.isSymbolicLink() ? `a symbolic link to ${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(dir))}` : 'a file';
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(dir, { force: true });
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
        return [`the output folder ${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(dir)} had been replaced by ${what}; replaced it with a folder`];
    }
    if ((info.mode & 0o700) !== 0o700) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.chmod)(dir, (info.mode & 0o777) | 0o700);
        return [
            `the output folder ${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(dir)} was made mode ${(info.mode & 0o777).toString(8)}; made it writable`,
        ];
    }
    return [];
}
/** Removes a symbolic link planted at `path` (never its target); says so, or undefined when there was none. */
async function removePlantedLink(path) {
    const info = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.lstat)(path).catch(() => undefined);
    if (!info?.isSymbolicLink())
        return undefined;
    const target = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readlink)(path).catch(() => '?');
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.unlink)(path);
    return `${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(path)} was a symbolic link to ${(0,_platform_inert_text_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(target)}; removed the link, its target untouched`;
}
/** Writes a whole file of ours; a link at its name is removed first and never followed. */
async function writeOwnFile(path, data) {
    await removePlantedLink(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OWN_FILE_FLAGS, 0o644);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
}
/** Appends to a file of ours; refuses (ELOOP) to append through a link. */
async function appendOwnFile(path, data) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, APPEND_FLAGS);
    try {
        await handle.writeFile(data);
    }
    finally {
        await handle.close();
    }
}
/**
 * A write stream to a file of ours (for results.json, records.jsonl and logs): a link at its name is
 * removed first; if one is planted again before the open, the stream fails with ELOOP instead of following it.
 */
async function createOwnWriteStream(path) {
    await removePlantedLink(path);
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.open)(path, OWN_FILE_FLAGS, 0o644);
    return handle.createWriteStream();
}
/** Copies `from` to a new file of ours at `to`: whatever is at `to` (a planted link) is removed first. */
async function copyToOwnFile(from, to) {
    await removePlantedLink(to);
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.rm)(to, { force: true });
    // COPYFILE_EXCL creates with O_EXCL, which never follows a link planted in between.
    await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.copyFile)(from, to, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.COPYFILE_EXCL);
}
/**
 * The same, synchronously, for a file whose name the caller has just cleared (reclaimOutputDir and
 * removePlantedLink before the run): a link planted since makes it throw ELOOP, never writes through it.
 */
function openOwnWriteStream(path) {
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createWriteStream)(path, { fd: (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(path, OWN_FILE_FLAGS, 0o644) });
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


/***/ }),

/***/ 12173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  reportArtifactName: () => (/* binding */ reportArtifactName),
  reportStep: () => (/* binding */ reportStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/proof/artifact-name.ts
var artifact_name = __webpack_require__(40780);
// EXTERNAL MODULE: ./src/verdict/confidence.ts
var verdict_confidence = __webpack_require__(65229);
// EXTERNAL MODULE: ./src/inputs/read-input.ts
var read_input = __webpack_require__(11456);
// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
;// CONCATENATED MODULE: ./src/inputs/report-settings.ts





function absolute(cwd, path) {
    return (0,external_node_path_.isAbsolute)(path) ? path : (0,external_node_path_.resolve)(cwd, path);
}
function readReportSettings(source, cwd) {
    const prefix = source.getInput('artifact-name') || artifact_name/* DEFAULT_PROOF_PREFIX */.cX;
    if (/[\r\n]/.test(prefix))
        throw (0,user_error/* inputError */.X)('artifact-name', prefix, 'one line');
    const planFile = source.getInput('plan-file');
    const outputDir = source.getInput('output-dir');
    const checkRun = source.getInput('check-run-id');
    return {
        artifactPrefix: prefix,
        ...(planFile ? { planFile: absolute(cwd, planFile) } : {}),
        historySize: (0,read_input/* readInteger */.JI)(source, 'history-size', 10, 1, 100),
        failOnFlaky: (0,read_input/* readBoolean */.Vf)(source, 'fail-on-flaky', true),
        confidence: (0,read_input/* readNumber */.kz)(source, 'confidence', verdict_confidence/* DEFAULT_CONFIDENCE */.FH, { min: 0, max: 1, exclusive: true }),
        workingDirectory: absolute(cwd, source.getInput('working-directory') || '.'),
        ...(outputDir ? { outputDir: absolute(cwd, outputDir) } : {}),
        ...(source.getInput('retention-days')
            ? { retentionDays: (0,read_input/* readInteger */.JI)(source, 'retention-days', 0, 1, 90) }
            : {}),
        ...(checkRun ? { checkRunId: (0,read_input/* readInteger */.JI)(source, 'check-run-id', 0, 1, Number.MAX_SAFE_INTEGER) } : {}),
        comment: (0,read_input/* readBoolean */.Vf)(source, 'comment', false),
        maxAnnotations: (0,read_input/* readInteger */.JI)(source, 'max-annotations', 50, 0, 1000),
    };
}

// EXTERNAL MODULE: ./src/plan/history-scope.ts
var history_scope = __webpack_require__(91450);
// EXTERNAL MODULE: ./src/platform/select.ts + 3 modules
var platform_select = __webpack_require__(54736);
;// CONCATENATED MODULE: ./src/proof/proof-label.ts
/** "suite 'unit' shard 3/8, run slot 2": how logs, the summary and failures name one proof. */
function proofLabel(id) {
    const parts = [`suite '${id.suite}'`];
    if (id.shard)
        parts.push(`shard ${id.shard.index}/${id.shard.total}`);
    const head = parts.join(' ');
    return id.runSlot === undefined ? head : `${head}, run slot ${id.runSlot}`;
}

// EXTERNAL MODULE: ./src/verdict/verdict-builder.ts + 4 modules
var verdict_builder = __webpack_require__(72767);
;// CONCATENATED MODULE: ./src/report/ctrf-json.ts

function ctrf_json_status(test) {
    if (test.class === 'failed')
        return 'failed';
    // CTRF marks a test that passed after failing as passed with `flaky: true`.
    if (test.class === 'passed' || test.class === 'flaky')
        return 'passed';
    if (test.class === 'skipped')
        return 'skipped';
    return 'other';
}
function ctrfTest(test) {
    return {
        name: test.name,
        status: ctrf_json_status(test),
        duration: Math.round(test.medianDurationSec * 1000),
        ...(test.suite !== undefined ? { suite: test.suite } : {}),
        ...(test.file !== undefined ? { filePath: test.file } : {}),
        ...(test.line !== undefined ? { line: test.line } : {}),
        ...(test.message !== undefined ? { message: test.message } : {}),
        ...(test.details !== undefined ? { trace: test.details } : {}),
        flaky: test.class === 'flaky',
        retries: Math.max(0, test.runsPresent - 1),
        extra: {
            id: test.id,
            class: test.class,
            pattern: test.pattern,
            runsFailed: test.runsFailed,
            runsPassed: test.runsPassed,
        },
    };
}
/**
 * The merged verdict as a CTRF report (ctrf.io), for tools that read it: JSON.stringify escapes every string,
 * and the document is yielded test by test. `start`/`stop` are the report's own time, in ms since the epoch.
 */
function* ctrfJsonChunks(verdict, times) {
    // Counted in a pass of their own: the summary comes before the tests, which are built one at a time.
    const by = { passed: 0, failed: 0, skipped: 0, pending: 0, other: 0 };
    let tests = 0;
    for (const test of (0,verdict_builder/* everyTest */.E)(verdict)) {
        by[ctrf_json_status(test)]++;
        tests++;
    }
    const summary = {
        tests,
        ...by,
        start: times.start,
        stop: times.stop,
    };
    yield `{"reportFormat":"CTRF","specVersion":"0.0.0","results":{"tool":{"name":"shardproof"},"summary":${JSON.stringify(summary)},"tests":[`;
    let first = true;
    for (const test of (0,verdict_builder/* everyTest */.E)(verdict)) {
        yield `${first ? '\n' : ',\n'}${JSON.stringify(ctrfTest(test))}`;
        first = false;
    }
    yield '\n]}}\n';
}

;// CONCATENATED MODULE: ./src/report/junit-xml.ts

// XML 1.0 allows tab, LF, CR and these ranges; anything else (NUL, other C0 controls, lone surrogates,
// U+FFFE/U+FFFF) makes the whole document unreadable, so it is replaced.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES = {
    '&': '&amp;',
    '<': '&lt;',
    '>': '&gt;',
    '"': '&quot;',
    "'": '&apos;',
};
/** Text safe inside an XML attribute or element: the five special characters escaped, invalid ones replaced. */
function escapeXml(text) {
    return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
function attributes(values) {
    return Object.entries(values)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
        .join('');
}
function seconds(value) {
    return value.toFixed(3);
}
function testcase(test) {
    const attrs = attributes({
        name: test.name,
        classname: test.suite ?? test.file ?? '',
        file: test.file,
        line: test.line,
        time: seconds(test.medianDurationSec),
    });
    const message = test.message ?? '';
    const details = escapeXml(test.details ?? test.message ?? '');
    const pattern = `<properties><property${attributes({ name: 'shardproof.pattern', value: test.pattern })}/></properties>`;
    if (test.class === 'failed') {
        return `    <testcase${attrs}>${pattern}<failure${attributes({ message })}>${details}</failure></testcase>\n`;
    }
    if (test.class === 'passed')
        return `    <testcase${attrs}>${pattern}</testcase>\n`;
    if (test.class !== 'skipped') {
        // Surefire's <flakyFailure>: a pass that failed on another try. Tools that know it show the test as flaky;
        // classes added later (isolation) are treated like flaky, as verdict.ts asks of consumers.
        return `    <testcase${attrs}>${pattern}<flakyFailure${attributes({ message })}>${details}</flakyFailure></testcase>\n`;
    }
    return `    <testcase${attrs}>${pattern}<skipped/></testcase>\n`;
}
/**
 * Tests grouped by file (or suite when a framework reports no file), as the runs of one key in id order:
 * the ids of a file's tests start with the file, so a file is one group. Counted in a pass of their own,
 * because a <testsuite> states its counts before its tests, which are then built again one at a time.
 */
function groups(verdict) {
    const list = [];
    let current;
    for (const test of (0,verdict_builder/* everyTest */.E)(verdict)) {
        const key = test.file ?? test.suite ?? '';
        if (current?.name !== key)
            list.push((current = { name: key, tests: 0, failures: 0, skipped: 0, time: 0 }));
        current.tests++;
        if (test.class === 'failed')
            current.failures++;
        if (test.class === 'skipped')
            current.skipped++;
        current.time += test.medianDurationSec;
    }
    return list;
}
/**
 * The merged verdict as one JUnit XML document, one <testsuite> per file: a test's median time, its failure
 * text, flaky tests as Surefire <flakyFailure>, and each test's run pattern as a property. Yielded in pieces.
 */
function* junitXmlChunks(verdict) {
    const { counts } = verdict;
    const suites = groups(verdict);
    const total = suites.reduce((s, g) => s + g.time, 0);
    yield '<?xml version="1.0" encoding="UTF-8"?>\n';
    yield `<testsuites${attributes({ name: 'shardproof', tests: counts.total, failures: counts.failed, skipped: counts.skipped, time: seconds(total) })}>\n`;
    const tests = (0,verdict_builder/* everyTest */.E)(verdict)[Symbol.iterator]();
    for (const { name, tests: count, failures, skipped, time } of suites) {
        yield `  <testsuite${attributes({ name, tests: count, failures, errors: 0, skipped, time: seconds(time) })}>\n`;
        for (let i = 0; i < count; i++)
            yield testcase(tests.next().value);
        yield '  </testsuite>\n';
    }
    yield '</testsuites>\n';
}

// EXTERNAL MODULE: ./src/proof/streamed-file.ts
var streamed_file = __webpack_require__(22728);
;// CONCATENATED MODULE: ./src/report/report-files.ts






/** The files of the `shardproof-report` artifact. */
const REPORT_FILES = {
    results: 'results.json',
    ctrf: 'ctrf-report.json',
    junit: 'junit.xml',
    timings: 'timings.json',
    proofs: 'proofs.json',
    summary: 'summary.md',
    /** The pull-request comment body, marker first, within GitHub's limit: for a `workflow_run` job to post. */
    comment: 'comment.md',
};
/** Every proof that was merged, with the SHA-256 of its manifest (which hashes every file of the proof). */
function proofIndex(proofs) {
    return proofs.map((p) => ({
        artifact: p.artifact,
        suite: p.identity.suite,
        ...(p.identity.shard ? { shard: p.identity.shard.index, shards: p.identity.shard.total } : {}),
        ...(p.identity.runSlot !== undefined ? { runSlot: p.identity.runSlot } : {}),
        attempt: p.identity.attempt,
        manifestSha256: p.manifest?.sha256 ?? null,
        manifestBytes: p.manifest?.bytes ?? null,
        runs: p.records.length,
        problems: p.problems,
    }));
}
/** results.json in the run step's shape, plus what only the report knows: completeness and the proofs. */
function* resultsChunks(content) {
    const { verdict } = content;
    const head = {
        version: 1,
        counts: verdict.counts,
        confidence: content.confidence,
        ...(content.planHash ? { planHash: content.planHash } : {}),
        completeness: content.completeness,
        proofs: content.proofs.length,
        runs: verdict.runs,
        runFailures: verdict.runFailures,
    };
    const text = JSON.stringify(head, null, 2);
    yield `${text.slice(0, -2)},\n  "tests": [`;
    let first = true;
    for (const test of (0,verdict_builder/* everyTest */.E)(verdict)) {
        yield `${first ? '\n' : ',\n'}    ${JSON.stringify(test)}`;
        first = false;
    }
    yield '\n  ]\n}\n';
}
/** Writes the merged report into `dir` (streamed: a 20,000-test suite never becomes one string). */
async function writeReportFiles(dir, content) {
    await (0,streamed_file/* writeChunks */.a7)((0,external_node_path_.join)(dir, REPORT_FILES.results), resultsChunks(content));
    await (0,streamed_file/* writeChunks */.a7)((0,external_node_path_.join)(dir, REPORT_FILES.ctrf), ctrfJsonChunks(content.verdict, content.times));
    await (0,streamed_file/* writeChunks */.a7)((0,external_node_path_.join)(dir, REPORT_FILES.junit), junitXmlChunks(content.verdict));
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, REPORT_FILES.timings), content.history);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, REPORT_FILES.proofs), `${JSON.stringify(proofIndex(content.proofs), null, 2)}\n`);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, REPORT_FILES.summary), content.summary);
    await (0,promises_.writeFile)((0,external_node_path_.join)(dir, REPORT_FILES.comment), content.comment);
}

// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(37729);
// EXTERNAL MODULE: ./src/report/format-units.ts
var format_units = __webpack_require__(79589);
// EXTERNAL MODULE: ./src/report/run-summary.ts + 2 modules
var run_summary = __webpack_require__(46894);
;// CONCATENATED MODULE: ./src/report/report-summary.ts



const EMPTY = { name: '', importance: 0, head: '', rowCount: 0, row: () => '' };
function rows(c) {
    return [
        ...c.missingProofs.map((label) => `- No proof from ${(0,escape_markdown/* escapeMarkdown */.F)(label)}`),
        ...c.missingFiles.map((m) => `- No results for <code>${(0,escape_markdown/* escapeMarkdown */.F)(m.file)}</code> (${(0,escape_markdown/* escapeMarkdown */.F)(m.shard)})`),
        ...c.partitionFaults.map((f) => `- Partition fault: <code>${(0,escape_markdown/* escapeMarkdown */.F)(f.id)}</code> ran in ${f.shards.map((s) => (0,escape_markdown/* escapeMarkdown */.F)(s)).join(' and ')}`),
        ...c.otherPlan.map((label) => `- ${(0,escape_markdown/* escapeMarkdown */.F)(label)} ran a different plan`),
    ];
}
/** What is missing or ran twice: right after the headline, and the last thing cut. */
function completenessSection(c) {
    const lines = rows(c);
    if (lines.length === 0)
        return EMPTY;
    return {
        name: 'the completeness list',
        rowNoun: 'completeness lines',
        importance: run_summary/* IMPORTANCE */.N.runFailures,
        head: `**Incomplete: ${(0,format_units/* formatCount */.B4)(lines.length)} problem${lines.length === 1 ? '' : 's'} with the shards' proofs**\n\n`,
        rowCount: lines.length,
        row: (i) => lines[i],
    };
}
/** One-line notes (the plan used, the timing history, the feedback fallback), kept with the headline. */
function notesSection(notes) {
    if (notes.length === 0)
        return EMPTY;
    return {
        name: 'the notes',
        importance: run_summary/* IMPORTANCE */.N.notAnnotated,
        head: '',
        rowCount: notes.length,
        row: (i) => `- ${(0,escape_markdown/* escapeMarkdown */.F)(notes[i], 500)}`,
    };
}
/**
 * The report job's summary: the run step's summary of the merged verdict (same renderer, same budget) with
 * the completeness list, the shard timing and notes placed after the headline.
 */
function renderReportSummary(verdict, completeness, extra, options) {
    return (0,run_summary/* renderRunSummary */.q)(verdict, {
        ...options,
        title: 'shardproof report',
        failing: extra.failing,
        extraSections: [completenessSection(completeness), ...extra.sections, notesSection(extra.notes)].filter((s) => s.head !== '' || s.rowCount > 0),
    });
}

;// CONCATENATED MODULE: ./src/report/shard-timing.ts
/**
 * How the shards' time was spent: predicted (from the plan) against actual (from the proofs), the realized
 * balance, and what the sharding cost in runner minutes against one unsharded job. Pure: values in, values
 * and markdown out.
 */

/** Billed minutes and wall time of the jobs, against one job that runs everything (same overhead once). */
function shardCost(shards, overheadSeconds) {
    const jobs = shards.map((s) => s.jobTestSeconds + overheadSeconds);
    const all = shards.reduce((sum, s) => sum + s.jobTestSeconds, 0) + overheadSeconds;
    return {
        wallSeconds: Math.max(0, ...jobs),
        billedMinutes: jobs.reduce((sum, j) => sum + Math.max(1, Math.ceil(j / 60)), 0),
        unshardedWallSeconds: all,
        unshardedBilledMinutes: Math.max(1, Math.ceil(all / 60)),
        overheadSeconds,
    };
}
/**
 * Slowest shard over the best any split could do: max(total / shards, largest file). 1.00 is perfect;
 * undefined when nothing was measured.
 */
function realizedBalance(shards, largestItemSeconds) {
    if (shards.length === 0)
        return undefined;
    const total = shards.reduce((sum, s) => sum + s.actualSeconds, 0);
    const bound = Math.max(total / shards.length, largestItemSeconds);
    const slowest = Math.max(...shards.map((s) => s.actualSeconds));
    return bound > 0 ? slowest / bound : undefined;
}
// Mermaid reads ':' ';' '#' and line breaks as syntax, and the chart is code (entities are not decoded):
// anything beyond plain word characters becomes '_'.
function chartLabel(text) {
    return text.replace(/[^A-Za-z0-9 ._/-]/g, '_').slice(0, 60) || '_';
}
/** A Mermaid Gantt chart, one section per shard with its predicted and actual bar (seconds from 0). */
function ganttChart(shards) {
    const lines = [
        '```mermaid',
        'gantt',
        '  title Shards: predicted vs actual seconds per run',
        '  dateFormat X',
        '  axisFormat %s s',
    ];
    for (const shard of shards) {
        lines.push(`  section ${chartLabel(shard.label)}`);
        if (shard.predictedSeconds !== undefined) {
            lines.push(`  predicted ${Math.round(shard.predictedSeconds)} s : 0, ${Math.max(1, Math.round(shard.predictedSeconds))}`);
        }
        lines.push(`  actual ${Math.round(shard.actualSeconds)} s : active, 0, ${Math.max(1, Math.round(shard.actualSeconds))}`);
    }
    lines.push('```');
    return `${lines.join('\n')}\n`;
}
/** Mermaid draws nothing useful past a few dozen bars; beyond that the table alone tells it. */
const MAX_CHART_SHARDS = 64;
/** The summary section: chart, balance, wall time and billed minutes. */
function shardTimingSection(shards, options) {
    if (shards.length === 0)
        return { name: 'the shard timing', importance: options.importance, head: '', rowCount: 0, row: () => '' };
    const balance = realizedBalance(shards, options.largestItemSeconds);
    const cost = shardCost(shards, options.overheadSeconds);
    const chart = shards.length <= MAX_CHART_SHARDS ? `${ganttChart(shards)}\n` : '';
    const lines = [
        `Realized balance: ${balance === undefined ? '—' : balance.toFixed(2)} (slowest shard / lower bound; 1.00 is a perfect split).`,
        `Wall time ${(0,format_units/* formatDuration */.a3)(cost.wallSeconds * 1000)} and ${cost.billedMinutes} billed runner minutes across ${shards.length} jobs, ` +
            `against ${(0,format_units/* formatDuration */.a3)(cost.unshardedWallSeconds * 1000)} and ${cost.unshardedBilledMinutes} minute${cost.unshardedBilledMinutes === 1 ? '' : 's'} for one unsharded job ` +
            `(measured test time plus ${cost.overheadSeconds} s overhead per job; each job rounds up to a minute).`,
    ];
    return {
        name: 'the shard timing',
        rowNoun: 'shard rows',
        importance: options.importance,
        head: `#### Shards\n\n${chart}${lines.join('\n')}\n\n| Shard | Predicted | Actual per run | Job test time |\n|---|--:|--:|--:|\n`,
        rowCount: shards.length,
        row: (i) => {
            const s = shards[i];
            const predicted = s.predictedSeconds === undefined ? '—' : (0,format_units/* formatDuration */.a3)(s.predictedSeconds * 1000);
            return `| ${chartLabel(s.label)} | ${predicted} | ${(0,format_units/* formatDuration */.a3)(s.actualSeconds * 1000)} | ${(0,format_units/* formatDuration */.a3)(s.jobTestSeconds * 1000)} |`;
        },
    };
}

// EXTERNAL MODULE: ./src/plan/history-match.ts
var history_match = __webpack_require__(42647);
;// CONCATENATED MODULE: ./src/report/shard-times.ts

function label(proof) {
    const { suite, shard, runSlot } = proof.identity;
    const where = shard ? ` ${shard.index}/${shard.total}` : '';
    return `${suite}${where}${runSlot === undefined ? '' : ` r${runSlot}`}`;
}
/** Each proof's job as a bar: the plan's prediction for one run against the runs' mean wall time. */
function shardTimes(proofs, plan) {
    const times = [];
    for (const proof of proofs) {
        const runs = proof.records.filter((r) => r.wallMs > 0);
        const actualMs = runs.length === 0 ? 0 : runs.reduce((s, r) => s + r.wallMs, 0) / runs.length;
        const recordsMs = proof.records.reduce((s, r) => s + r.wallMs, 0);
        const suite = plan?.suites.find((s) => s.name === proof.identity.suite);
        const planned = suite?.shards.find((s) => s.shard === proof.identity.shard?.index);
        times.push({
            label: label(proof),
            ...(planned && plan
                ? { predictedSeconds: Math.max(0, planned.predictedSeconds - plan.overheadSeconds) }
                : {}),
            actualSeconds: actualMs / 1000,
            jobTestSeconds: Math.max(proof.manifest?.testWallMs ?? 0, recordsMs) / 1000,
        });
    }
    return times.sort((a, b) => (a.label < b.label ? -1 : 1));
}
/** The largest file's mean measured time per run: no split can finish faster than it. */
function largestFileSeconds(runs) {
    const totals = new Map();
    for (const run of runs) {
        const perFile = new Map();
        for (const test of run.tests) {
            const file = (0,history_match/* normaliseKey */.a)(test.file ?? test.suite ?? '');
            if (file !== '')
                perFile.set(file, (perFile.get(file) ?? 0) + test.duration);
        }
        for (const [file, seconds] of run.fileSeconds ?? [])
            perFile.set((0,history_match/* normaliseKey */.a)(file), seconds);
        for (const [file, seconds] of perFile)
            totals.set(file, (totals.get(file) ?? 0) + seconds);
    }
    const runs_ = Math.max(1, runs.length);
    return Math.max(0, ...[...totals.values()].map((s) => s / runs_));
}

;// CONCATENATED MODULE: ./src/verdict/completeness.ts


function expectedSuites(plan, proofs) {
    if (plan) {
        return plan.suites.map((s) => ({
            name: s.name,
            shards: s.shards.length,
            items: new Map(s.shards.map((sh) => [sh.shard, sh.items])),
        }));
    }
    // Without a plan the proofs' own names say how many shards there were: a shard nobody uploaded is still seen.
    const totals = new Map();
    for (const { identity } of proofs) {
        if (identity.shard)
            totals.set(identity.suite, Math.max(totals.get(identity.suite) ?? 0, identity.shard.total));
    }
    return [...totals].map(([name, shards]) => ({ name, shards }));
}
/** Run slots of a suite: as many as its proofs say the matrix had (a proof records `runSlots`), else none. */
function runSlotsOf(suite, proofs, declared) {
    let slots = declared.get(suite) ?? 0;
    for (const p of proofs)
        if (p.identity.suite === suite)
            slots = Math.max(slots, p.identity.runSlot ?? 0);
    return slots === 0 ? [0] : Array.from({ length: slots }, (_, i) => i + 1);
}
function seenKeys(proofs) {
    if (!proofs.every((p) => p.keys !== undefined)) {
        const seen = resultKeys(proofs.flatMap((p) => p.records));
        return { ...seen, any: seen.ids.size > 0 };
    }
    if (proofs.length === 1)
        return proofs[0].keys;
    const files = new Set();
    const ids = new Set();
    for (const p of proofs) {
        for (const file of p.keys.files)
            files.add(file);
        for (const id of p.keys.ids)
            ids.add(id);
    }
    return { files, ids, any: proofs.some((p) => p.keys.any) };
}
/** Files (or go packages) and ids a proof's results name; `withFileOnly` keeps only ids of results with a file. */
function resultKeys(records, withFileOnly = false) {
    const files = new Set();
    const ids = new Set();
    for (const record of records) {
        for (const results of [record.tests, ...(record.reruns ?? [])]) {
            for (const r of results) {
                const file = r.file ?? r.suite;
                if (file !== undefined)
                    files.add(file);
                if (!withFileOnly || r.file !== undefined)
                    ids.add(r.id);
            }
        }
    }
    return { files, ids };
}
/**
 * Planned items of one shard that no result covers (the rest of a split file may rightly run nothing), or
 * undefined when results exist but none names a planned file: the reports carry no usable paths.
 */
function missingItems(items, proofs) {
    const seen = seenKeys(proofs);
    const planned = [...new Set(items.filter((i) => i.exceptTests === undefined).map((i) => i.file))];
    const matched = (0,history_match/* matchFiles */.x)(planned, [...seen.files]);
    if (matched.size === 0 && seen.any && planned.length > 0)
        return undefined;
    const missing = [];
    for (const item of items) {
        if (item.exceptTests !== undefined)
            continue;
        const key = matched.get(item.file);
        if (key === undefined) {
            if (!missing.includes(item.file))
                missing.push(item.file);
            continue;
        }
        for (const selector of item.tests ?? []) {
            if (!seen.ids.has(`${key}::${selector}`) && !seen.ids.has(`${(0,history_match/* normaliseKey */.a)(key)}::${selector}`))
                missing.push(`${item.file}::${selector}`);
        }
    }
    return missing;
}
/**
 * Tests seen in more than one shard of a suite. Run slots of one shard repeat its tests by design. An id is
 * only evidence when it names its file: two files' `test > adds` share an id in a report without paths.
 * `trusted` proofs' ids count even without a file (the plan matched their results, e.g. go packages).
 */
function partitionFaults(proofs, trusted = () => false, limit = 1000) {
    const firstShard = new Map();
    const faults = new Map();
    for (const proof of proofs) {
        if (!proof.identity.shard)
            continue;
        const label = proofLabel({ suite: proof.identity.suite, shard: proof.identity.shard });
        for (const id of resultKeys(proof.records, !trusted(proof)).ids) {
            const first = firstShard.get(id);
            if (first === undefined)
                firstShard.set(id, label);
            else if (first !== label && (faults.size < limit || faults.has(id))) {
                const shards = faults.get(id) ?? new Set([first]);
                shards.add(label);
                faults.set(id, shards);
            }
        }
    }
    return [...faults]
        .map(([id, shards]) => ({ id, shards: [...shards] }))
        .sort((a, b) => (a.id < b.id ? -1 : 1));
}
/**
 * Checks the proofs against the plan: every planned shard and run slot has a proof, every planned file of a
 * shard produced a result there, no test ran in two shards, and every proof ran this plan.
 */
function checkCompleteness(plan, proofs, declaredRunSlots = new Map(), 
/** false: leave partitionFaults empty (the streamed merge finds them with trustedProofs). */
withFaults = true) {
    const result = {
        missingProofs: [],
        missingFiles: [],
        partitionFaults: [],
        otherPlan: [],
        filesUnchecked: [],
    };
    for (const suite of expectedSuites(plan, proofs)) {
        const ofSuite = proofs.filter((p) => p.identity.suite === suite.name);
        for (let shard = 1; shard <= suite.shards; shard++) {
            const ofShard = ofSuite.filter((p) => p.identity.shard?.index === shard);
            const label = proofLabel({ suite: suite.name, shard: { index: shard, total: suite.shards } });
            for (const slot of runSlotsOf(suite.name, proofs, declaredRunSlots)) {
                const found = ofShard.some((p) => (p.identity.runSlot ?? 0) === slot);
                if (!found)
                    result.missingProofs.push(slot === 0 ? label : `${label}, run slot ${slot}`);
            }
            const items = suite.items?.get(shard) ?? [];
            if (ofShard.length === 0)
                continue;
            const missing = missingItems(items, ofShard);
            if (missing === undefined)
                result.filesUnchecked.push(label);
            else
                for (const file of missing)
                    result.missingFiles.push({ shard: label, file });
        }
        if (plan) {
            for (const p of ofSuite) {
                const wrongTotal = p.identity.shard !== undefined && p.identity.shard.total !== suite.shards;
                if (wrongTotal || (p.planHash !== undefined && p.planHash !== plan.hash))
                    result.otherPlan.push(proofLabel(p.identity));
            }
        }
    }
    if (withFaults)
        result.partitionFaults = partitionFaults(proofs, trustedProofs(plan, result));
    return result;
}
/** Proofs whose ids count for partition faults without naming a file: the plan matched their results. */
function trustedProofs(plan, completeness) {
    const unchecked = new Set(completeness.filesUnchecked);
    return (p) => plan !== undefined &&
        p.identity.shard !== undefined &&
        !unchecked.has(proofLabel({ suite: p.identity.suite, shard: p.identity.shard }));
}
/** How many things are missing: the `missing` output. */
function missingCount(c) {
    return c.missingProofs.length + c.missingFiles.length;
}
function listed(items, max) {
    const shown = items.slice(0, max).join('; ');
    return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}
/** The report's failure message for an incomplete or overlapping set of proofs, or undefined when whole. */
function completenessFailure(c, max = 20) {
    const lines = [];
    if (c.missingProofs.length > 0) {
        lines.push(`No proof from ${listed(c.missingProofs, max)}: the job failed before uploading its proof, was cancelled, ` +
            'or did not run. A shard without its proof is not evidence that its tests passed.');
    }
    if (c.missingFiles.length > 0) {
        const files = c.missingFiles.map((m) => `${m.file} (${m.shard})`);
        lines.push(`Planned but produced no test results: ${listed(files, max)}.`);
    }
    if (c.partitionFaults.length > 0) {
        const faults = c.partitionFaults.map((f) => `${f.id} (${f.shards.join(' and ')})`);
        lines.push(`Partition fault, tests reported by two shards: ${listed(faults, max)}.`);
    }
    if (c.otherPlan.length > 0) {
        lines.push(`Ran a different plan than the one found: ${listed(c.otherPlan, max)}; re-run the whole workflow.`);
    }
    return lines.length > 0 ? lines.join('\n') : undefined;
}

;// CONCATENATED MODULE: ./src/verdict/result-keys.ts
class ResultKeys {
    selectors;
    /** Files (or go packages) the results name. */
    files = new Set();
    /** Ids of results that end in one of the selectors (split files' `tests`): all completeness looks up. */
    ids = new Set();
    any = false;
    constructor(selectors = new Set()) {
        this.selectors = selectors;
    }
    add(result) {
        this.any = true;
        const file = result.file ?? result.suite;
        if (file !== undefined)
            this.files.add(file);
        if (this.selectors.size === 0)
            return;
        const { id } = result;
        for (let at = id.indexOf('::'); at !== -1; at = id.indexOf('::', at + 2)) {
            if (this.selectors.has(id.slice(at + 2))) {
                this.ids.add(id);
                return;
            }
        }
    }
}
/** Tests seen in more than one shard: partitionFaults over table rows (the first shard of each row). */
class PartitionFaultFinder {
    limit;
    first = new Int32Array(1024);
    labels = [];
    labelIndex = new Map();
    faults = new Map();
    constructor(limit = 1000) {
        this.limit = limit;
    }
    /** A result of the test in `row`, reported by the shard `label`. */
    see(row, label, id) {
        let index = this.labelIndex.get(label);
        if (index === undefined) {
            index = this.labels.push(label);
            this.labelIndex.set(label, index);
        }
        if (row >= this.first.length) {
            const grown = new Int32Array(Math.max(row + 1, this.first.length * 2));
            grown.set(this.first);
            this.first = grown;
        }
        const first = this.first[row];
        if (first === 0)
            this.first[row] = index;
        else if (first !== index && (this.faults.size < this.limit || this.faults.has(row))) {
            const fault = this.faults.get(row) ?? { id, shards: new Set([this.labels[first - 1]]) };
            fault.shards.add(label);
            this.faults.set(row, fault);
        }
    }
    faultList() {
        return [...this.faults.values()]
            .map(({ id, shards }) => ({ id, shards: [...shards] }))
            .sort((a, b) => (a.id < b.id ? -1 : 1));
    }
}

// EXTERNAL MODULE: ./src/verdict/run-failures.ts
var run_failures = __webpack_require__(87814);
;// CONCATENATED MODULE: ./src/verdict/merge-runs.ts



/*
 * Where a proof's run lands in the merged stability check: its own run number. Run k of every shard is
 * merged run k, and a run-slot job records its one run as run <slot> (the run step's contract), so slot s
 * is merged run s without any arithmetic here.
 */
function emptyRun(run) {
    // No report until a shard brings one: a merged run that no shard reported stays "no report".
    return { run, exitCode: 0, timedOut: false, reportMissing: true, wallMs: 0, tests: [], reruns: [] };
}
function absorb(into, from) {
    // The worst exit wins so a crashed shard is never hidden by a clean one; shards run side by side, so the
    // merged run took as long as its slowest shard.
    if (into.exitCode === 0 || (into.exitCode !== null && from.exitCode === null))
        into.exitCode = from.exitCode;
    into.signal ??= from.signal;
    into.timedOut ||= from.timedOut;
    if (from.oomKilled)
        into.oomKilled = true;
    into.startError ??= from.startError;
    into.reportMissing &&= from.reportMissing;
    into.wallMs = Math.max(into.wallMs, from.wallMs);
    if (from.peakRssBytes !== undefined)
        into.peakRssBytes = Math.max(into.peakRssBytes ?? 0, from.peakRssBytes);
    for (const test of from.tests)
        into.tests.push(test);
    const reruns = (into.reruns ??= []);
    (from.reruns ?? []).forEach((rerun, k) => {
        while (reruns.length <= k)
            reruns.push([]);
        for (const test of rerun)
            reruns[k].push(test);
    });
}
/** Every shard's run k (or run slot k) as one merged run k, with every shard's results in it. */
function mergeRuns(proofs) {
    const merged = new Map();
    for (const proof of proofs) {
        for (const record of proof.records) {
            const run = record.run;
            let into = merged.get(run);
            if (!into)
                merged.set(run, (into = emptyRun(run)));
            absorb(into, record);
        }
    }
    return [...merged.values()].sort((a, b) => a.run - b.run);
}
/** Runs that failed as a whole, said per shard: "suite 'default' shard 2/3: run 1 could not start: …". */
function proofRunFailures(proofs) {
    const failures = [];
    for (const proof of proofs) {
        for (const record of proof.records) {
            const message = (0,run_failures/* describeRunFailure */.r)(record);
            if (message === undefined)
                continue;
            failures.push({
                run: record.run,
                message: `${proofLabel(proof.identity)}: ${message}`,
            });
        }
    }
    return failures.sort((a, b) => a.run - b.run || (a.message < b.message ? -1 : 1));
}
/**
 * One verdict over every shard and run slot, by the run step's own classifier: the merged runs are
 * classified as if one job had run them. Only run failures are taken per shard, so each names its shard.
 */
function mergeVerdict(proofs, merged = mergeRuns(proofs)) {
    const verdict = classifyRuns(merged);
    return { ...verdict, runFailures: proofRunFailures(proofs) };
}

// EXTERNAL MODULE: ./src/proof/read-lines.ts
var read_lines = __webpack_require__(76846);
// EXTERNAL MODULE: ./src/proof/record-lines.ts
var record_lines = __webpack_require__(53059);
// EXTERNAL MODULE: ./src/proof/run-timings.ts
var run_timings = __webpack_require__(75505);
;// CONCATENATED MODULE: ./src/proof/merge-records.ts







const MAX_RECORD_LINE_BYTES = 1024 * 1024;
/** Results of `run` in one byte range of a proof's records (main results, or reruns). */
async function streamRun(proof, range, run, onResult) {
    if (range === undefined || proof.recordsPath === undefined)
        return;
    await (0,read_lines/* readLines */.S)(proof.recordsPath, (line) => {
        const record = (0,record_lines/* parseRecordLine */.p)(line);
        if (record?.type !== 'test' || record.run !== run)
            return;
        const { type: _type, run: _run, rerun, ...result } = record;
        onResult(result, rerun);
    }, MAX_RECORD_LINE_BYTES, range);
}
/**
 * Merges proofs read with `keepTests: false`. `trusted` proofs' ids count as partition-fault evidence
 * without naming a file (as in partitionFaults).
 */
async function mergeRecords(proofs, trusted) {
    const builder = new verdict_builder/* VerdictBuilder */.v();
    const faults = new PartitionFaultFinder();
    const measured = [];
    const times = new run_timings/* RunTimeSums */.pb();
    const shardOf = (p) => p.identity.shard ? proofLabel({ suite: p.identity.suite, shard: p.identity.shard }) : undefined;
    for (const merged of mergeRuns(proofs)) {
        const { tests: _tests, reruns, ...outline } = merged;
        builder.startRun();
        const fileSeconds = new Map();
        for (const pass of ['main', 'reruns']) {
            for (const proof of proofs) {
                const segments = proof.segments?.get(merged.run);
                const label = shardOf(proof);
                const everyId = trusted(proof);
                await streamRun(proof, segments?.[pass], merged.run, (result, rerun) => {
                    const row = rerun === undefined ? builder.add(result) : builder.addRerun(rerun, result);
                    if (rerun === undefined)
                        times.add(result);
                    if (label !== undefined && (everyId || result.file !== undefined))
                        faults.see(row, label, result.id);
                });
                if (pass === 'main')
                    for (const [file, seconds] of proof.fileSeconds.get(merged.run) ?? [])
                        fileSeconds.set(file, seconds);
            }
        }
        builder.endRun(outline, reruns?.length ?? 0);
        const { results, perTest } = times.take();
        if (!merged.reportMissing)
            measured.push({ tests: results, ...(fileSeconds.size > 0 ? { fileSeconds } : {}), perTest });
    }
    const verdict = builder.finish();
    verdict.runFailures = proofRunFailures(proofs);
    return { verdict, measured, partitionFaults: faults.faultList() };
}

// EXTERNAL MODULE: ./src/verdict/attach-causes.ts
var attach_causes = __webpack_require__(58173);
// EXTERNAL MODULE: ./src/verdict/step-failure.ts
var step_failure = __webpack_require__(34916);
// EXTERNAL MODULE: ./src/steps/annotation-budget.ts
var annotation_budget = __webpack_require__(17546);
// EXTERNAL MODULE: ./src/steps/capacity-step.ts + 4 modules
var capacity_step = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/proof/read-proof.ts + 1 modules
var read_proof = __webpack_require__(82369);
// EXTERNAL MODULE: ./src/steps/plan-artifact.ts
var plan_artifact = __webpack_require__(94607);
;// CONCATENATED MODULE: ./src/steps/gather-proofs.ts







/** The newest attempt of each job: a re-run keeps the earlier attempt's artifact, and only the last counts. */
function latestAttempts(names, prefix) {
    const bySlot = new Map();
    const superseded = [];
    for (const name of [...names].sort()) {
        const identity = (0,artifact_name/* parseProofArtifactName */.tr)(prefix, name);
        if (!identity)
            continue;
        // Attempts of one job differ only in the `-a<k>` tail: grouping by the rest needs no parse of the
        // suite, which a name cannot always tell apart from a shard or run slot (`api-r2`).
        const key = name.replace(/-a\d+$/, '');
        const seen = bySlot.get(key);
        if (seen === undefined || identity.attempt > seen.identity.attempt) {
            if (seen)
                superseded.push(seen.name);
            bySlot.set(key, { name, identity });
        }
        else
            superseded.push(name);
    }
    const latest = [...bySlot.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
    return { latest, superseded };
}
/** Lists this workflow run's artifacts, downloads the latest attempt of every proof and reads it. */
async function gatherProofs(artifacts, prefix, dir, log, warn = log, 
/** How to read each proof (by artifact name): the report step streams results instead of keeping them. */
readOptions = () => ({})) {
    const listed = await artifacts.list();
    const { latest, superseded } = latestAttempts(listed.map((a) => a.name), prefix);
    log(`proofs: ${latest.length} found with prefix '${prefix}' (${listed.length} artifacts in this run)`);
    const proofs = [];
    for (const [index, { name, identity }] of latest.entries()) {
        // Numbered folders: an artifact name is untrusted text and never becomes a path of its own.
        const target = (0,external_node_path_.join)(dir, String(index + 1));
        await (0,promises_.mkdir)(target, { recursive: true });
        if (!(await artifacts.download(name, target))) {
            warn(`${proofLabel(identity)} (${name}): listed but could not be downloaded`);
            proofs.push({
                artifact: name,
                identity,
                records: [],
                fileSeconds: new Map(),
                problems: ['listed but could not be downloaded'],
            });
            continue;
        }
        const proof = await (0,read_proof/* readProof */.r$)(target, name, identity, readOptions(name));
        if (proof.problems.length > 0)
            warn(`${proofLabel(identity)} (${name}): ${proof.problems.join('; ')}`);
        proofs.push(proof);
    }
    return { proofs, superseded };
}
/** The plan to check against: `plan-file`, else the plan job's artifact, else none (merge what is there). */
async function findPlan(planFile, artifacts, dir, attempt = 1) {
    if (planFile)
        return { plan: await (0,plan_file/* readPlan */.m3)(planFile), source: `plan-file ${planFile}` };
    await (0,promises_.mkdir)(dir, { recursive: true });
    const name = await (0,plan_artifact/* downloadNewestPlan */.gp)(artifacts, dir, attempt);
    if (name === undefined) {
        return { source: `no '${plan_artifact/* PLAN_ARTIFACT */.dm}' artifact and no plan-file: merging the proofs found` };
    }
    if (!(await (0,promises_.readdir)(dir)).includes(plan_artifact/* PLAN_FILE_NAME */.Hx)) {
        return { source: `the '${name}' artifact holds no ${plan_artifact/* PLAN_FILE_NAME */.Hx}: merging the proofs found` };
    }
    return { plan: await (0,plan_file/* readPlan */.m3)((0,external_node_path_.join)(dir, plan_artifact/* PLAN_FILE_NAME */.Hx)), source: `artifact '${name}'` };
}

// EXTERNAL MODULE: ./src/report/annotation-path.ts
var annotation_path = __webpack_require__(76889);
// EXTERNAL MODULE: ./src/report/annotations.ts
var report_annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/cap-text.ts
var cap_text = __webpack_require__(70800);
;// CONCATENATED MODULE: ./src/report/check-annotations.ts


const CHECK_LEVEL = {
    error: 'failure',
    warning: 'warning',
    notice: 'notice',
};
/** GitHub caps an annotation's message at 64 KB and its title at 255 characters. */
const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;
/**
 * Check-run annotations for failed, then flaky, then partly missing tests, most important first, at most
 * `max`. `place` maps a result path to a repository path.
 */
function checkAnnotations(verdict, max, place) {
    const all = (0,report_annotations/* selectAnnotations */.T)(verdict, { perLevel: Number.MAX_SAFE_INTEGER }).annotations;
    const placed = all.filter((a) => a.props.file !== undefined);
    const annotations = placed.slice(0, max).map((a) => {
        const line = a.props.startLine ?? 1;
        return {
            path: place(a.props.file),
            startLine: line,
            endLine: line,
            level: CHECK_LEVEL[a.level],
            message: (0,cap_text/* capText */.y)(a.message, MAX_MESSAGE),
            ...(a.props.title ? { title: (0,cap_text/* capText */.y)(a.props.title, MAX_TITLE) } : {}),
        };
    });
    return { annotations, notShown: all.length - annotations.length };
}

;// CONCATENATED MODULE: ./src/steps/report-feedback.ts



/** The hidden marker that finds the one sticky comment shardproof keeps on a pull request. */
const COMMENT_MARKER = '<!-- shardproof-report -->';
/** GitHub refuses a comment body over 65,536 characters; UTF-8 bytes ≥ characters, so a byte budget holds. */
const COMMENT_BYTE_BUDGET = 65_000;
const CHECK_SUMMARY_BYTE_BUDGET = 65_000;
/** The sticky comment: the marker, then the summary cut to fit GitHub's comment limit. */
function commentBody(render) {
    return `${COMMENT_MARKER}\n${render(COMMENT_BYTE_BUDGET - COMMENT_MARKER.length - 1)}`;
}
async function capabilitiesOf(input) {
    try {
        return await input.feedback.capabilities();
    }
    catch (error) {
        return {
            checks: false,
            comment: false,
            reason: `could not ask GitHub what the token allows (${error.message})`,
        };
    }
}
/** The fallback GitHub always allows: workflow-command annotations, 10 per level per step. */
function workflowAnnotations(input) {
    const { io, verdict, failing, settings, env } = input;
    const selected = (0,report_annotations/* selectAnnotations */.T)(verdict, { perLevel: io.remaining({ error: failing ? 1 : 0 }) });
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    for (const a of selected.annotations) {
        const file = a.props.file && (0,annotation_path/* annotationPath */.Z)(a.props.file, settings.workingDirectory, workspace);
        io[a.level](a.message, { ...a.props, ...(file ? { file } : {}) });
    }
    return selected.omitted.error + selected.omitted.warning + selected.omitted.notice;
}
/** A call the token turned out not to allow (a 403 learned on the way): the answer says why, nothing was written. */
function skippedReason(result) {
    const skipped = result.skipped;
    return typeof skipped === 'string' && skipped !== '' ? skipped : undefined;
}
/** The check run, or the reason it was not written. */
async function checkRun(input) {
    const { settings, verdict, env } = input;
    const workspace = env.GITHUB_WORKSPACE || process.cwd();
    const place = (file) => (0,annotation_path/* annotationPath */.Z)(file, settings.workingDirectory, workspace);
    const { annotations, notShown } = checkAnnotations(verdict, settings.maxAnnotations, place);
    const published = await input.feedback.publishCheckRun({
        name: 'shardproof report',
        ...(settings.checkRunId !== undefined ? { checkRunId: settings.checkRunId } : {}),
        conclusion: input.failing ? 'failure' : 'success',
        title: input.title,
        summary: input.render(CHECK_SUMMARY_BYTE_BUDGET),
        annotations,
    });
    const skipped = skippedReason(published);
    if (skipped !== undefined)
        return { skipped };
    const more = notShown > 0
        ? `; ${notShown} not annotated (over max-annotations ${settings.maxAnnotations} or without a file)`
        : '';
    return {
        note: `check run: ${annotations.length} annotations${more}${published.url ? ` — ${published.url}` : ''}`,
    };
}
/**
 * Answers on the pull request as far as the token allows: a check run with annotations and the sticky comment;
 * without `checks`, the workflow-command annotations. Every failure here is one warning, never a red report.
 * Returns one line per decision for the log and the summary.
 */
async function publishFeedback(input) {
    const { io, settings } = input;
    const notes = [];
    const can = await capabilitiesOf(input);
    let noCheckRun = can.checks ? undefined : (can.reason ?? 'the token cannot write checks');
    if (noCheckRun === undefined) {
        try {
            const result = await checkRun(input);
            if ('note' in result)
                notes.push(result.note);
            else
                noCheckRun = result.skipped;
        }
        catch (error) {
            io.warning(`could not publish the check run: ${error.message}`);
            noCheckRun = 'publishing it failed';
        }
    }
    if (noCheckRun !== undefined) {
        const omitted = workflowAnnotations(input);
        notes.push(`No check run (${noCheckRun}): annotations went to workflow commands, ` +
            `10 per level${omitted > 0 ? `, ${omitted} not shown` : ''}.`);
    }
    if (settings.comment) {
        if (!can.comment) {
            notes.push(`No pull-request comment (${can.reason ?? 'the token cannot write comments'}).`);
        }
        else {
            try {
                const result = await input.feedback.upsertComment(COMMENT_MARKER, commentBody(input.render));
                const skipped = skippedReason(result);
                notes.push(skipped !== undefined
                    ? `No pull-request comment (${skipped}).`
                    : `pull-request comment updated${result.url ? ` — ${result.url}` : ''}`);
            }
            catch (error) {
                io.warning(`could not update the pull-request comment: ${error.message}`);
            }
        }
    }
    for (const note of notes)
        io.info(note);
    return notes;
}

;// CONCATENATED MODULE: ./src/steps/report-causes.ts

/**
 * The causes the run steps' isolation checks found, for the merged verdict: each test gets the first proof's
 * finding, and the evidence says which job found it (its own proof holds the full reproduction). The findings
 * were checked field by field when the manifest was read.
 */
function proofCauses(proofs) {
    const causes = new Map();
    const sources = new Map();
    for (const proof of proofs) {
        for (const finding of proof.manifest?.isolation ?? []) {
            sources.set(finding.test, (sources.get(finding.test) ?? 0) + 1);
            if (causes.has(finding.test))
                continue;
            const seed = finding.seed !== undefined ? ` in the order of seed ${finding.seed}` : '';
            const polluter = finding.polluter !== undefined ? `; it fails after ${finding.polluter}` : '';
            causes.set(finding.test, {
                class: finding.class,
                ...(finding.kind ? { kind: finding.kind } : {}),
                ...(finding.polluter !== undefined ? { polluter: finding.polluter } : {}),
                evidence: `found by the isolation checks of ${proofLabel(proof.identity)}${seed}${polluter} (that proof has the reproduction)`,
            });
        }
    }
    for (const [test, count] of sources) {
        const cause = causes.get(test);
        if (count > 1)
            cause.evidence += `, and by ${count - 1} other proof${count > 2 ? 's' : ''}`;
    }
    return causes;
}

// EXTERNAL MODULE: ./src/steps/report-history.ts + 1 modules
var report_history = __webpack_require__(45750);
// EXTERNAL MODULE: ./src/steps/report-memory.ts
var report_memory = __webpack_require__(63881);
;// CONCATENATED MODULE: ./src/steps/report-step.ts

























/** The report sub-action: gather every shard's proof, check it against the plan, merge, keep timings, report. */
async function reportStep(services) {
    const started = Date.now();
    const io = new annotation_budget/* AnnotationBudget */.T(services.io);
    (0,capacity_step/* decideCapacity */.D)(io);
    const settings = readReportSettings(io, process.cwd());
    const reportDir = settings.outputDir ?? defaultReportDir(services.env);
    const mergedDir = (0,external_node_path_.join)(reportDir, 'merged');
    // Only shardproof's own folders are cleared: output-dir may point anywhere, even at the workspace.
    for (const own of ['merged', 'proofs', 'plan'])
        await (0,promises_.rm)((0,external_node_path_.join)(reportDir, own), { recursive: true, force: true });
    await (0,promises_.mkdir)(mergedDir, { recursive: true });
    io.setOutput('report-dir', reportDir);
    const { plan, source } = await findPlan(settings.planFile, services.artifacts, (0,external_node_path_.join)(reportDir, 'plan'), (0,plan_artifact/* runAttempt */.Tm)(services.env));
    io.info(`plan: ${plan ? `${plan.hash.slice(0, 12)} from ${source}` : source}`);
    // Results are not kept as they are read: what completeness needs is gathered on the way (ResultKeys).
    const keys = new Map();
    const selectors = planSelectors(plan);
    const { proofs: found, superseded } = await gatherProofs(services.artifacts, settings.artifactPrefix, (0,external_node_path_.join)(reportDir, 'proofs'), (m) => io.info(m), (m) => io.warning(m), (artifact) => {
        const seen = new ResultKeys(selectors);
        keys.set(artifact, seen);
        return { keepTests: false, onResult: (result) => seen.add(result) };
    });
    if (superseded.length > 0)
        io.info(`earlier attempts replaced by a re-run: ${superseded.join(', ')}`);
    // A proof without records, or whose records are not what its run step wrote, is no evidence:
    // completeness counts its shard as missing, and the failure names it.
    const tampered = found.filter((p) => p.integrity !== undefined);
    const proofs = found.filter((p) => p.integrity === undefined && (p.records.length > 0 || p.manifest !== undefined));
    const completeness = checkCompleteness(plan, evidence(proofs, keys), declaredRunSlots(proofs, plan), false);
    // Every proof's records.jsonl streamed once more, run by run, into one compact verdict.
    const { verdict, measured: runs, partitionFaults, } = await mergeRecords(proofs, trustedProofs(plan, completeness));
    completeness.partitionFaults = partitionFaults;
    (0,attach_causes/* attachCauses */.A)(verdict, proofCauses(proofs));
    for (const p of proofs) {
        if (p.manifest?.stepError === undefined)
            continue;
        const message = `${proofLabel(p.identity)}: the run step failed after its runs started (${p.manifest.stepError})`;
        verdict.runFailures.push({ run: p.records.at(-1)?.run ?? 1, message });
    }
    const now = new Date().toISOString();
    const memory = (0,report_memory/* suiteMemoryFigures */.d)(proofs.map((p) => ({ suite: p.identity.suite, memory: p.manifest?.memory })), now);
    // An OOM is a note below (a warning, and in the summary); a measured figure is a log line.
    for (const figure of memory)
        if (!figure.oom)
            io.info(figure.line);
    const history = await (0,report_history/* updateTimingHistory */.o)({
        io,
        env: services.env,
        // The scope the plan step reads: the report writes what the next plan restores.
        store: services.timings((0,history_scope/* historyScope */.R)(services.env)),
        artifacts: services.history,
        runs,
        plan,
        keep: settings.historySize,
        now,
        memory: (0,report_memory/* memoryRecords */.o)(memory),
    });
    io.info(history.line);
    const incomplete = completenessFailure(completeness);
    // No proof at all is never a pass: a wrong artifact-name, or test jobs that never uploaded.
    const nothing = proofs.length === 0
        ? `No proof artifact named '${settings.artifactPrefix}-…' in this workflow run: check that the test jobs ` +
            'ran the shardproof run step with upload on, and that artifact-name matches theirs.'
        : undefined;
    const untrusted = tampered.length
        ? `${tampered.length} proofs failed their integrity check and were not merged: ` +
            tampered.map((p) => `${proofLabel(p.identity)} (${p.integrity})`).join('; ')
        : undefined;
    const failure = [
        nothing,
        untrusted,
        incomplete,
        (0,step_failure/* stepFailure */.n)(verdict, { failOnFlaky: settings.failOnFlaky }),
    ]
        .filter((m) => m !== undefined)
        .join('\n');
    const confidence = (0,verdict_confidence/* confidenceSentence */.I1)(verdict, settings.confidence);
    const timing = shardTimingSection(shardTimes(proofs, plan), {
        largestItemSeconds: largestFileSeconds(runs),
        overheadSeconds: plan?.overheadSeconds ?? 0,
        importance: 3,
    });
    const notes = [
        `plan: ${plan ? plan.hash.slice(0, 12) : 'none'}; ${proofs.length} proofs merged`,
        history.line,
        ...memory.filter((m) => m.oom).map((m) => m.line),
        ...uncheckedNote(completeness),
        ...olderAttempts(proofs, services.env),
        ...tampered.map((p) => `not merged: ${proofLabel(p.identity)}: ${p.integrity}`),
    ];
    for (const note of notes.slice(2))
        io.warning(note);
    const render = (byteBudget, extraNotes = []) => renderReportSummary(verdict, completeness, { sections: [timing], notes: [...notes, ...extraNotes], failing: failure !== '' }, { failOnFlaky: settings.failOnFlaky, confidence: settings.confidence, byteBudget });
    const feedbackNotes = await publishFeedback({
        io,
        feedback: services.feedback,
        env: services.env,
        settings,
        verdict,
        failing: failure !== '',
        title: headlineTitle(verdict, completeness),
        render: (budget) => render(budget),
    });
    const summary = render(1_000_000, feedbackNotes);
    await writeReportFiles(mergedDir, {
        verdict,
        completeness,
        confidence,
        ...(plan ? { planHash: plan.hash } : {}),
        proofs,
        history: history.text,
        summary,
        comment: commentBody((budget) => render(budget)),
        times: { start: started, stop: Date.now() },
    });
    await io.appendSummary(summary);
    await uploadReport(services, io, mergedDir, settings);
    setOutputs(io, verdict, completeness, (0,external_node_path_.join)(mergedDir, REPORT_FILES.results));
    io.info(confidence);
    if (failure !== '')
        io.setFailed(failure);
}
function evidence(proofs, keys) {
    return proofs.map((p) => ({
        identity: p.identity,
        records: p.records,
        keys: keys.get(p.artifact) ?? new ResultKeys(),
        ...(typeof p.manifest?.info?.planHash === 'string' ? { planHash: p.manifest.info.planHash } : {}),
    }));
}
/** The plan's test selectors (split files' `tests`): the only ids completeness looks up. */
function planSelectors(plan) {
    const selectors = new Set();
    for (const suite of plan?.suites ?? [])
        for (const shard of suite.shards)
            for (const item of shard.items)
                for (const t of item.tests ?? [])
                    selectors.add(t);
    return selectors;
}
/** How many run slots each suite's matrix had: as the plan says, else as the proofs' manifests say. */
function declaredRunSlots(proofs, plan) {
    const slots = new Map();
    // `runSlots` arrives with the plan's `runs` input; read defensively from plans made before it.
    const planned = plan?.runSlots;
    if (plan && typeof planned === 'number' && planned > 1) {
        for (const suite of plan.suites)
            slots.set(suite.name, planned);
        return slots;
    }
    for (const p of proofs) {
        const declared = p.manifest?.info?.runSlots;
        if (typeof declared === 'number' && Number.isInteger(declared) && declared > 0 && declared <= 1000) {
            slots.set(p.identity.suite, Math.max(slots.get(p.identity.suite) ?? 0, declared));
        }
    }
    return slots;
}
function headlineTitle(verdict, completeness) {
    const { failed, flaky, passed } = verdict.counts;
    const missing = missingCount(completeness);
    return `${failed} failed, ${flaky} flaky, ${passed} passed${missing > 0 ? `, ${missing} missing` : ''}`;
}
async function uploadReport(services, io, dir, settings) {
    const name = reportArtifactName(services.env);
    try {
        const options = settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {};
        const uploaded = await services.artifacts.upload(name, dir, options);
        io.info(`merged report stored as ${uploaded.location}`);
        if (uploaded.id !== undefined)
            io.setOutput('artifact-id', String(uploaded.id));
    }
    catch (error) {
        // The verdict stands without the artifact: the summary and outputs already carry it.
        io.warning(`could not upload the merged report as '${name}': ${error.message}`);
    }
}
/**
 * `shardproof-report`, and `shardproof-report-a<k>` for a re-run attempt k: the first attempt's artifact is
 * kept, and GitHub refuses a second artifact of one name in a workflow run (409).
 */
function reportArtifactName(env) {
    const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    return Number.isInteger(attempt) && attempt > 1 ? `${artifact_name/* REPORT_ARTIFACT */.Ae}-a${attempt}` : artifact_name/* REPORT_ARTIFACT */.Ae;
}
function setOutputs(io, verdict, completeness, resultsJson) {
    for (const key of ['passed', 'failed', 'flaky', 'skipped'])
        io.setOutput(key, String(verdict.counts[key]));
    io.setOutput('missing', String(missingCount(completeness)));
    io.setOutput('results-json', resultsJson);
}
function defaultReportDir(env) {
    return env.RUNNER_TEMP ? (0,external_node_path_.join)(env.RUNNER_TEMP, 'shardproof', 'report') : (0,external_node_path_.join)((0,platform_select/* localStateDir */.Ok)(env), 'report');
}
/** Shards whose results name no files (node:test on Node 20 and 22): their files could not be checked. */
function uncheckedNote(completeness) {
    if (completeness.filesUnchecked.length === 0)
        return [];
    return [
        `files not checked for ${completeness.filesUnchecked.join(', ')}: their reports name no test files, ` +
            'so a planned file without results cannot be told apart',
    ];
}
/** Proofs kept from an earlier attempt of the workflow run ("Re-run failed jobs" leaves passing jobs alone). */
function olderAttempts(proofs, env) {
    const current = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
    const older = proofs.filter((p) => p.identity.attempt < current);
    if (older.length === 0)
        return [];
    return [
        `${older.length} proofs come from an earlier attempt of this workflow run: ` +
            older.map((p) => `${proofLabel(p.identity)} (attempt ${p.identity.attempt})`).join(', '),
    ];
}


/***/ }),

/***/ 65229:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   FH: () => (/* binding */ DEFAULT_CONFIDENCE),
/* harmony export */   I1: () => (/* binding */ confidenceSentence),
/* harmony export */   W5: () => (/* binding */ runsForTargetFlakeRate)
/* harmony export */ });
/* unused harmony export flakeRateUpperBound */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4955);

const DEFAULT_CONFIDENCE = 0.95;
function checkFraction(input, value, example) {
    if (!(Number.isFinite(value) && value > 0 && value < 1)) {
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .X)(input, String(value), `a fraction strictly between 0 and 1, e.g. ${example}`);
    }
}
/**
 * Upper bound on a test's per-run flake rate after `runs` runs without a failure, at `confidence`.
 * Exact one-sided binomial bound for zero failures (Clopper–Pearson): (1 − p)^N = 1 − c, so
 * p = 1 − (1 − c)^(1/N). At 95% it is close to the "rule of three", 3/N: 5 runs → 45.1%, 29 → 9.8%.
 */
function flakeRateUpperBound(runs, confidence = DEFAULT_CONFIDENCE) {
    checkFraction('confidence', confidence, '0.95');
    if (!Number.isInteger(runs) || runs < 0)
        throw new RangeError(`runs must be a whole number ≥ 0, got ${runs}`);
    if (runs === 0)
        return 1;
    return 1 - Math.pow(1 - confidence, 1 / runs);
}
/** Fewest clean runs that bound the per-run flake rate below `target` at `confidence` (0.1 at 95% → 29). */
function runsForTargetFlakeRate(target, confidence = DEFAULT_CONFIDENCE) {
    checkFraction('target-flake-rate', target, '0.1');
    checkFraction('confidence', confidence, '0.95');
    const exact = Math.log(1 - confidence) / Math.log(1 - target);
    // Floating point can land a hair above a whole number (e.g. 29.000000000000004); do not round that up.
    return Math.max(1, Math.ceil(exact - 1e-9));
}
function percent(fraction) {
    return `${(fraction * 100).toFixed(1)}%`;
}
/** 0.95 → "95%", 0.995 → "99.5%": a confidence level reads best without a trailing ".0". */
function level(confidence) {
    return `${Number((confidence * 100).toFixed(1))}%`;
}
function tests(n) {
    return n === 1 ? '1 test' : `${n} tests`;
}
/**
 * One honest sentence on what the runs prove. The bound only covers tests that never failed, and only
 * runs that produced a report count towards N.
 */
function confidenceSentence(verdict, confidence = DEFAULT_CONFIDENCE) {
    const n = verdict.runsWithReport;
    const { flaky, failed, passed } = verdict.counts;
    if (n === 0)
        return 'No run produced a report, so nothing is known about these tests.';
    const noReport = verdict.runs.length - n;
    const runs = `${n} run${n === 1 ? '' : 's'}${noReport > 0 ? ` (${noReport} more produced no report)` : ''}`;
    const found = `${flaky} flaky${failed > 0 ? `, ${failed} failed` : ''} on ${runs}`;
    if (n === 1) {
        if (flaky > 0) {
            return `${found} (they failed, then passed on a retry); one run says nothing about the other tests' flakiness.`;
        }
        const needed = runsForTargetFlakeRate(0.1, confidence);
        return `${found}: one run says nothing about flakiness (${needed} clean runs would bound each test's per-run flake rate below 10% with ${level(confidence)} confidence).`;
    }
    const bound = `with ${level(confidence)} confidence, each test's per-run flake rate is below ${percent(flakeRateUpperBound(n, confidence))}`;
    const partial = verdict.tests.filter((t) => t.class === 'passed' && t.missingRuns > 0).length;
    const caveat = partial > 0
        ? ` (${tests(partial)} missing from some runs ${partial === 1 ? 'has' : 'have'} a weaker bound)`
        : '';
    if (flaky === 0 && failed === 0)
        return `${found}: ${bound}${caveat}.`;
    if (passed === 0)
        return `${found}.`;
    return `${found}; for the ${tests(passed)} that never failed, ${bound}${caveat}.`;
}


/***/ })

};
