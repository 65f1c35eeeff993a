export const id = 214;
export const ids = [214];
export const modules = {

/***/ 41763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ childEnvironment)
/* harmony export */ });
/**
 * The environment the test command starts from. A JavaScript action receives credentials that a plain
 * `run:` step never sees: the Actions runtime token and service URLs (artifacts, cache, results) and, with
 * `id-token: write`, the OIDC request token. Test code from a pull request must not get them: with the
 * runtime token it could poison the cache or upload artifacts in the workflow's name. Nor does it get the
 * runner's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), through
 * which it could set variables for later steps (the file form of the workflow commands its output cannot
 * issue), nor the action's own inputs (INPUT_*).
 *
 * This is defence in depth, not a sandbox: the tests run as the same user as this process and could still
 * read its environment from /proc. Untrusted code belongs in workflows whose tokens are read-only.
 */
const WITHHELD = new RegExp('^(' +
    [
        'ACTIONS_RUNTIME_TOKEN',
        'ACTIONS_RUNTIME_URL',
        'ACTIONS_RESULTS_URL',
        'ACTIONS_CACHE_URL',
        'ACTIONS_CACHE_SERVICE_V2',
        'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
        'ACTIONS_ID_TOKEN_REQUEST_URL',
        'GITHUB_ENV',
        'GITHUB_PATH',
        'GITHUB_OUTPUT',
        'GITHUB_STATE',
        'GITHUB_STEP_SUMMARY',
        'INPUT_.*',
    ].join('|') +
    ')$', 'i');
function childEnvironment(env) {
    const out = {};
    for (const [key, value] of Object.entries(env)) {
        if (value !== undefined && !WITHHELD.test(key))
            out[key] = value;
    }
    return out;
}


/***/ }),

/***/ 68953:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ formatLogLine),
/* harmony export */   s: () => (/* binding */ OutputLog)
/* harmony export */ });
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(46193);
/* harmony import */ var node_string_decoder__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_string_decoder__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _own_files_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(59913);


// A line longer than this is written in pieces rather than buffered without bound.
const MAX_PENDING_CHARS = 64 * 1024;
function formatLogLine(stream, line, at = new Date()) {
    return `${at.toISOString()} ${stream} | ${line}\n`;
}
class OutputLog {
    onLine;
    file;
    pending = new Map();
    failure;
    constructor(path, onLine) {
        this.onLine = onLine;
        // A full disk, a removed folder or a link planted at the log's name must not crash the run: the log is
        // best-effort (and never written through a link), the outcome is what matters.
        try {
            this.file = (0,_own_files_js__WEBPACK_IMPORTED_MODULE_1__/* .openOwnWriteStream */ .Cz)(path);
            this.file.on('error', (error) => (this.failure ??= error));
        }
        catch (error) {
            this.failure = error;
        }
    }
    /** Feeds raw bytes from a stream; complete lines are written and reported. */
    write(stream, chunk) {
        let state = this.pending.get(stream);
        if (!state) {
            state = { decoder: new node_string_decoder__WEBPACK_IMPORTED_MODULE_0__.StringDecoder('utf8'), text: '' };
            this.pending.set(stream, state);
        }
        state.text += state.decoder.write(chunk);
        const lines = state.text.split('\n');
        state.text = lines.pop() ?? '';
        for (const line of lines)
            this.line(stream, line.replace(/\r$/, ''));
        if (state.text.length > MAX_PENDING_CHARS) {
            this.line(stream, state.text);
            state.text = '';
        }
    }
    /** A line from shardproof itself (command, outcome, closing counts). */
    note(line) {
        this.line('shardproof', line);
    }
    /** Flushes partial last lines and closes the file. Returns the write error, if any happened. */
    async close() {
        for (const [stream, state] of this.pending) {
            const rest = state.text + state.decoder.end();
            if (rest !== '')
                this.line(stream, rest);
        }
        this.pending.clear();
        if (this.file === undefined || this.file.closed)
            return this.failure;
        // 'close' follows both a clean finish and an error (autoClose), so this never hangs.
        await new Promise((resolve) => {
            this.file.once('close', resolve);
            this.file.end();
        });
        return this.failure;
    }
    line(stream, line) {
        if (!this.failure)
            this.file?.write(formatLogLine(stream, line));
        if (stream !== 'shardproof')
            this.onLine?.(stream, line);
    }
}


/***/ }),

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

/***/ 69745:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  s: () => (/* binding */ invocationFor),
  E: () => (/* binding */ runWithReport)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/platform/inert-text.ts
var inert_text = __webpack_require__(75363);
// EXTERNAL MODULE: ./src/platform/confined-path.ts
var confined_path = __webpack_require__(31123);
// EXTERNAL MODULE: ./src/execute/own-files.ts
var own_files = __webpack_require__(59913);
// EXTERNAL MODULE: ./src/inputs/find-files.ts
var find_files = __webpack_require__(75148);
;// CONCATENATED MODULE: ./src/execute/collect-reports.ts
/**
 * Custom commands write reports wherever they like; after each run the files matching the user's
 * `results` glob are copied into the output folder as `<base>-<n>.<ext>`, so every run keeps its own.
 */






// The kernel stamps mtimes from a coarse clock that can lag Date.now() by a few milliseconds.
const MTIME_SLACK_MS = 50;
/**
 * Copies reports written since `sinceMs` (epoch ms) and returns the copies, in glob-sorted order.
 * Older matches are left out on purpose: a report left by an earlier run must not stand in for a run
 * that wrote none — that run is then recorded as having no report, loudly, instead of reusing stale data.
 * A match that is a symbolic link leading out of the workspace is refused: the test command could
 * otherwise have shardproof copy (and quote) any file the runner can read.
 */
async function collectReports(opts) {
    const outputDir = (0,external_node_path_.resolve)(opts.outputDir);
    const workspace = await (0,promises_.realpath)(opts.workspace ?? opts.cwd).catch(() => (0,external_node_path_.resolve)(opts.workspace ?? opts.cwd));
    const fresh = [];
    const refused = [];
    const matches = await (0,find_files/* findFiles */.lY)([opts.glob], {
        cwd: opts.cwd,
        input: 'results',
        within: workspace,
        onRefused: (message) => refused.push(message),
    });
    for (const file of matches.sort()) {
        if (!(0,external_node_path_.relative)(outputDir, file).startsWith('..'))
            continue; // our own copies are not reports
        const real = await (0,promises_.realpath)(file).catch(() => undefined);
        if (real === undefined)
            continue; // gone, or a dangling link
        if (!(0,confined_path/* isInside */.FK)(real, workspace) && real !== file) {
            refused.push((0,confined_path/* outsideMessage */.f2)(file, real, workspace));
            continue;
        }
        const info = await (0,promises_.stat)(real).catch(() => undefined);
        if (info && info.mtimeMs >= opts.sinceMs - MTIME_SLACK_MS)
            fresh.push(file);
    }
    const reports = [];
    for (const [index, file] of fresh.entries()) {
        const target = (0,external_node_path_.join)(outputDir, `${opts.baseName}-${index + 1}${(0,external_node_path_.extname)(file) || '.xml'}`);
        const name = (0,external_node_path_.relative)(opts.cwd, file) || file;
        try {
            await (0,own_files/* copyToOwnFile */.XV)(file, target);
            reports.push({ path: target, name });
        }
        catch (error) {
            // The run may have removed the file or the folder meanwhile: a missing report, not a crash.
            refused.push(`${(0,inert_text/* quoted */.TL)(name)} could not be copied (${error.code ?? error})`);
        }
    }
    return { reports, refused };
}

// EXTERNAL MODULE: ./src/frameworks/index.ts + 11 modules
var frameworks = __webpack_require__(32890);
;// CONCATENATED MODULE: ./src/execute/port-block.ts
/**
 * A block of TCP ports per (shard, run) so that test servers started by concurrent shards on one host
 * never collide. Tests derive their ports from SHARDPROOF_PORT_BASE (base … base + size - 1).
 *
 *   slot = ((shard - 1) × runs + (run - 1)) mod capacity
 *   base = 20000 + slot × 100
 *
 * The range 20000–32767 stays below Linux's ephemeral range (32768–60999, net.ipv4.ip_local_port_range),
 * where the kernel picks ports for outgoing connections: a block there could be taken at random by any
 * client socket on the host. That leaves 127 blocks of 100: every (shard, run) pair gets its own block
 * while shards × runs ≤ 127; beyond that slots wrap around, and only pairs that are 127 slots apart share one.
 */
const PORT_RANGE_START = 20_000;
const PORT_RANGE_END = 32_768; // exclusive
const PORT_BLOCK_SIZE = 100;
const PORT_BLOCK_CAPACITY = Math.floor((PORT_RANGE_END - PORT_RANGE_START) / PORT_BLOCK_SIZE);
/** `shard` and `run` are 1-based, as in SHARDPROOF_SHARD and SHARDPROOF_RUN. */
function portBlockBase(shard, run, runs) {
    const slot = ((shard - 1) * runs + (run - 1)) % PORT_BLOCK_CAPACITY;
    return PORT_RANGE_START + slot * PORT_BLOCK_SIZE;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
;// CONCATENATED MODULE: ./src/execute/port-lease.ts
/**
 * Host-wide leases on port blocks. The (shard, run) formula in port-block.ts keeps the shards and runs of
 * one workflow apart, but unrelated invocations on the same host (several runners on one machine, parallel
 * jobs of a self-hosted fleet, our own parallel tests) would all start at the same block. A lease is a lock
 * file created with O_EXCL that holds the owner's PID: a run takes its preferred block when it is free,
 * else the next free one, and a lease whose owner died is taken over.
 *
 * On a host shared by several users the folder is created world-writable with the sticky bit (like /tmp),
 * so every user leases in it and none can remove another's lease. When it is not usable anyway (made by an
 * older version, or by a user whose umask we cannot override), leases fall back to a folder of this user's
 * own, and if even that fails the run gets its preferred block unleased — always with a warning, never a crash.
 */





const DEFAULT_LEASE_DIR = (0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'shardproof-port-leases');
// rwx for everyone, sticky: anyone may create a lease, only its owner may remove it.
const SHARED_MODE = 0o1777;
async function leasePortBlock(preferredBase, dir = DEFAULT_LEASE_DIR) {
    const own = `${dir}-uid${process.getuid?.() ?? 'user'}`;
    let warning;
    for (const [candidate, mode] of [
        [dir, SHARED_MODE],
        [own, 0o700],
    ]) {
        try {
            await prepareFolder(candidate, mode);
            const lease = await leaseIn(candidate, preferredBase);
            return warning === undefined ? lease : { ...lease, warning };
        }
        catch (error) {
            const why = `${error.code ?? error.message}`;
            warning =
                candidate === dir
                    ? `port leases: cannot use ${dir} (${why}); leasing in ${own}, which other users' runs do not see`
                    : `port leases: cannot use ${dir} nor ${own} (${why}); using port block ${preferredBase} unleased`;
        }
    }
    return { base: preferredBase, shared: false, warning, release: async () => { } };
}
async function leaseIn(dir, preferredBase) {
    const preferred = Math.floor((preferredBase - PORT_RANGE_START) / PORT_BLOCK_SIZE);
    for (let i = 0; i < PORT_BLOCK_CAPACITY; i++) {
        const slot = (preferred + i) % PORT_BLOCK_CAPACITY;
        const path = (0,external_node_path_.join)(dir, `block-${slot}.lock`);
        if ((await tryCreate(path)) || ((await isStale(path)) && (await takeOver(path)))) {
            return { base: PORT_RANGE_START + slot * PORT_BLOCK_SIZE, shared: false, release: () => remove(path) };
        }
    }
    return { base: preferredBase, shared: true, release: async () => { } };
}
/**
 * Creates the folder (or finds it) and checks that this user can lease in it. A symlink or a file in its
 * place is refused: another user could otherwise point our lease files anywhere.
 */
async function prepareFolder(dir, mode) {
    await (0,promises_.mkdir)(dir, { recursive: true, mode });
    const info = await (0,promises_.lstat)(dir);
    if (!info.isDirectory())
        throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
    const uid = process.getuid?.();
    // The umask trims the mode mkdir asked for; only the owner can set it right.
    if (uid !== undefined && info.uid === uid && (info.mode & 0o7777) !== mode)
        await (0,promises_.chmod)(dir, mode);
    if (uid !== undefined && info.uid !== uid && mode !== SHARED_MODE) {
        throw Object.assign(new Error('owned by another user'), { code: 'EPERM' });
    }
    await (0,promises_.access)(dir, external_node_fs_.constants.W_OK | external_node_fs_.constants.X_OK);
}
async function tryCreate(path) {
    try {
        const handle = await (0,promises_.open)(path, 'wx');
        await handle.writeFile(String(process.pid));
        await handle.close();
        return true;
    }
    catch (error) {
        if (error.code === 'EEXIST')
            return false;
        throw error;
    }
}
/** A lease is stale when the process that wrote it is gone (or it holds no PID at all). */
async function isStale(path) {
    const text = await (0,promises_.readFile)(path, 'utf8').catch(() => '');
    const pid = Number(text);
    if (!Number.isInteger(pid) || pid <= 0)
        return text !== '' || !(await exists(path));
    try {
        process.kill(pid, 0);
        return false;
    }
    catch (error) {
        // EPERM: the process exists but belongs to someone else; it still holds the block.
        return error.code === 'ESRCH';
    }
}
/**
 * Two processes may both see a stale lease. Without care the later one's unlink would delete the lease the
 * earlier one had just created, and both would hold the block. The takeover therefore happens under a
 * mutex (mkdir is atomic) and re-checks staleness inside it. A mutex left by a process that died mid-takeover
 * only makes this block unavailable, never shared.
 */
async function takeOver(path) {
    const mutex = `${path}.takeover`;
    try {
        await (0,promises_.mkdir)(mutex);
    }
    catch {
        return false; // someone else is taking it over
    }
    try {
        if (!(await isStale(path)))
            return false;
        await remove(path);
        return await tryCreate(path);
    }
    finally {
        await (0,promises_.rmdir)(mutex).catch(() => { });
    }
}
async function remove(path) {
    await (0,promises_.unlink)(path).catch(() => { });
}
async function exists(path) {
    return (0,promises_.readFile)(path).then(() => true, () => false);
}

;// CONCATENATED MODULE: ./src/execute/run-env.ts
/**
 * The environment every run of the test command sees. Tests can rely on these variables to isolate
 * themselves: a scratch directory of their own and a port block no other shard or run uses.
 */




/** `portBase` is the leased block (port-lease.ts); by default the (shard, run) formula's block. */
function shardproofEnv(position, scratchDir, portBase = portBlockBase(position.shard, position.run, position.runs)) {
    const env = {
        SHARDPROOF_RUN: String(position.run),
        SHARDPROOF_RUNS: String(position.runs),
        SHARDPROOF_WORKERS: String(position.workers),
        SHARDPROOF_SHARD: String(position.shard),
        SHARDPROOF_SHARD_TOTAL: String(position.shardTotal),
        SHARDPROOF_TMPDIR: scratchDir,
        SHARDPROOF_PORT_BASE: String(portBase),
        SHARDPROOF_PORT_BLOCK_SIZE: String(PORT_BLOCK_SIZE),
    };
    if (position.rerun !== undefined)
        env.SHARDPROOF_RERUN = String(position.rerun);
    return env;
}
/**
 * Runs `use` with a fresh, empty scratch directory that is removed afterwards, also when `use` throws.
 * A directory that cannot be removed is reported through `onCleanupError`, never thrown.
 */
async function withScratchDir(prefix, use, onCleanupError) {
    const dir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), `${prefix}-`));
    try {
        return await use(dir);
    }
    finally {
        await (0,promises_.rm)(dir, { recursive: true, force: true, maxRetries: 2 }).catch((error) => onCleanupError(`could not remove the scratch directory ${dir}: ${error.message}`));
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
// EXTERNAL MODULE: external "node:perf_hooks"
var external_node_perf_hooks_ = __webpack_require__(643);
// EXTERNAL MODULE: ./src/execute/output-log.ts
var output_log = __webpack_require__(68953);
// EXTERNAL MODULE: ./src/capacity/cgroup-locate.ts
var cgroup_locate = __webpack_require__(72661);
// EXTERNAL MODULE: ./src/capacity/root-files.ts
var root_files = __webpack_require__(87024);
;// CONCATENATED MODULE: ./src/capacity/oom-kills.ts


/**
 * How many processes the kernel's OOM killer has ended in this process's memory cgroups so far: `oom_kill`
 * in memory.events (v2) or memory.oom_control (v1). A run whose count rose was OOM-killed even when the
 * process that died was a worker and the test command exited with an ordinary failure code.
 * Undefined when no cgroup says (off Linux, or no memory controller mounted).
 */
function readOomKillCount(root = '/') {
    const { memory } = (0,cgroup_locate/* findOwnCgroups */.$Y)(root, []);
    let total;
    for (const location of memory) {
        const file = location.version === 2 ? 'memory.events' : 'memory.oom_control';
        const text = (0,root_files/* readRootFile */.Pq)(root, `${location.dir}/${file}`);
        const count = text === undefined ? undefined : /^oom_kill (\d+)$/m.exec(text)?.[1];
        if (count !== undefined)
            total = (total ?? 0) + Number(count);
    }
    return total;
}

;// CONCATENATED MODULE: ./src/execute/process-tree.ts
/**
 * The processes a test command consists of, read from /proc (Linux only).
 * A member is any process in the command's process group, plus any descendant that moved to a group
 * of its own (Playwright starts browsers detached) — found by following parent pids.
 */

/** Pids of the tree rooted at process group `pgid`; [] off Linux or when /proc is unreadable. */
async function listProcessTree(pgid, procRoot = '/proc') {
    const entries = await readProcEntries(procRoot);
    const members = new Set(entries.filter((e) => e.pgrp === pgid || e.pid === pgid).map((e) => e.pid));
    // Add children of members until nothing changes: a process tree is shallow, this converges fast.
    for (let grew = true; grew;) {
        grew = false;
        for (const e of entries) {
            if (!members.has(e.pid) && members.has(e.ppid)) {
                members.add(e.pid);
                grew = true;
            }
        }
    }
    return [...members];
}
/**
 * Sum of proportional set sizes (PSS) of `pids` in bytes, from /proc/<pid>/smaps_rollup: a page shared by
 * k processes counts 1/k in each, so forked workers sharing their parent's pages are not counted k times
 * (RSS would). Undefined when the kernel offers no smaps_rollup (before Linux 4.14) for any of them.
 */
async function sumPssBytes(pids, procRoot = '/proc') {
    const sizes = await Promise.all(pids.map((pid) => readPssBytes(pid, procRoot)));
    const known = sizes.filter((s) => s !== undefined);
    return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}
async function readPssBytes(pid, procRoot) {
    try {
        const rollup = await (0,promises_.readFile)(`${procRoot}/${pid}/smaps_rollup`, 'utf8');
        const kb = /^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1];
        return kb ? Number(kb) * 1024 : undefined;
    }
    catch {
        return undefined;
    }
}
/** Sum of resident set sizes of `pids` in bytes; processes that vanished meanwhile count as 0. */
async function sumRssBytes(pids, procRoot = '/proc') {
    const sizes = await Promise.all(pids.map((pid) => readRssBytes(pid, procRoot)));
    return sizes.reduce((a, b) => a + b, 0);
}
async function readRssBytes(pid, procRoot) {
    try {
        const status = await (0,promises_.readFile)(`${procRoot}/${pid}/status`, 'utf8');
        const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
        return kb ? Number(kb) * 1024 : 0;
    }
    catch {
        return 0;
    }
}
async function readProcEntries(procRoot) {
    let names;
    try {
        names = await (0,promises_.readdir)(procRoot);
    }
    catch {
        return [];
    }
    const entries = await Promise.all(names.filter((n) => /^\d+$/.test(n)).map((n) => readStat(Number(n), procRoot)));
    return entries.filter((e) => e !== undefined);
}
/** /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may contain spaces and ')' so split after the last ')'. */
function parseStat(pid, stat) {
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ppid = Number(fields[1]);
    const pgrp = Number(fields[2]);
    // Zombies hold no memory and cannot be killed any further.
    if (fields[0] === 'Z' || !Number.isInteger(ppid) || !Number.isInteger(pgrp))
        return undefined;
    return { pid, ppid, pgrp };
}
async function readStat(pid, procRoot) {
    try {
        return parseStat(pid, await (0,promises_.readFile)(`${procRoot}/${pid}/stat`, 'utf8'));
    }
    catch {
        return undefined;
    }
}
/**
 * Samples the tree's total RSS every `intervalMs` and keeps the maximum.
 * `stop()` returns the peak, or undefined when /proc never answered (not Linux).
 */
function samplePeakRss(pgid, marker, intervalMs = 200, procRoot = '/proc') {
    let peak;
    let peakPss;
    let busy = false;
    // Every member ever seen, with its start time: a process that left the tree (setsid, then its parent
    // exited) can still be found and stopped, and a recycled pid is never mistaken for it.
    const seen = new Map();
    const sample = async () => {
        if (busy)
            return; // a slow /proc scan must not pile up
        busy = true;
        try {
            const pids = await listProcessTree(pgid, procRoot);
            if (pids.length > 0) {
                peak = Math.max(peak ?? 0, await sumRssBytes(pids, procRoot));
                const pss = await sumPssBytes(pids, procRoot);
                if (pss !== undefined)
                    peakPss = Math.max(peakPss ?? 0, pss);
            }
            for (const pid of pids) {
                if (seen.has(pid))
                    continue;
                const start = await processStartTime(pid, procRoot);
                if (start !== undefined)
                    seen.set(pid, start);
            }
        }
        finally {
            busy = false;
        }
    };
    void sample();
    const timer = setInterval(() => void sample(), intervalMs);
    timer.unref();
    return {
        stop() {
            clearInterval(timer);
            return peak;
        },
        /** The peak PSS seen, when the kernel offers smaps_rollup. */
        peakPss() {
            return peakPss;
        },
        /**
         * Seen members that are still the same process (same start time) and still alive, plus any process
         * whose environment carries the run's marker: a daemon that double-forked between two samples left
         * both the group and the parent chain, but not its environment.
         */
        async survivors() {
            const alive = new Set();
            for (const [pid, start] of seen)
                if ((await processStartTime(pid, procRoot)) === start)
                    alive.add(pid);
            if (marker !== undefined)
                for (const pid of await listMarkedProcesses(marker, procRoot))
                    alive.add(pid);
            return [...alive];
        },
    };
}
/** Field 22 of /proc/<pid>/stat, the start time in clock ticks since boot: with the pid, a process's identity. */
async function processStartTime(pid, procRoot = '/proc') {
    try {
        const stat = await (0,promises_.readFile)(`${procRoot}/${pid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        return fields[0] === 'Z' ? undefined : fields[19];
    }
    catch {
        return undefined;
    }
}
/** Processes whose environment contains the line `marker` (e.g. `SHARDPROOF_RUN_ID=<uuid>`). */
async function listMarkedProcesses(marker, procRoot = '/proc') {
    let names;
    try {
        names = await (0,promises_.readdir)(procRoot);
    }
    catch {
        return [];
    }
    const needle = Buffer.from(`\0${marker}\0`);
    const found = [];
    for (const name of names) {
        if (!/^\d+$/.test(name) || Number(name) === process.pid)
            continue;
        // Other users' processes are unreadable; a vanished one throws: neither can be ours.
        const environ = await (0,promises_.readFile)(`${procRoot}/${name}/environ`).catch(() => undefined);
        if (environ && Buffer.concat([Buffer.from([0]), environ]).includes(needle))
            found.push(Number(name));
    }
    return found;
}
/**
 * CPU time (user + system, ms) of this process's children that have been waited for: fields 16 and 17 of
 * /proc/self/stat. A test command's whole tree is folded into it when its leader is reaped, so the change
 * across one run is the run's CPU time (processes that escaped to init are not counted). Undefined off Linux.
 */
async function reapedChildrenCpuMs(procRoot = '/proc') {
    try {
        const stat = await (0,promises_.readFile)(`${procRoot}/self/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        // fields[0] is field 3 (state): cutime is field 16, cstime field 17. Clock ticks are 100 per second on
        // every Linux architecture Node supports (USER_HZ).
        return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/execute/template.ts
var template = __webpack_require__(1693);
;// CONCATENATED MODULE: ./src/execute/run-once.ts
/**
 * Runs a command once, in a fresh process group, and records what happened — never throws for what the
 * command does. The single reusable "run it and measure" step: the run series, reruns and (later)
 * calibration all go through here.
 */









const DEFAULT_GRACE_MS = 5_000;
// After the command and its leftovers are signalled, wait at most this long for its pipes to close.
const CLOSE_WAIT_MS = 2_000;
async function runOnce(opts) {
    const log = new output_log/* OutputLog */.s(opts.logPath, opts.onLine);
    log.note(`$ ${(0,template/* displayCommand */.kc)(opts.argv)}`);
    log.note(`cwd: ${opts.cwd}`);
    const outcome = await execute(opts, log);
    log.note(describeForLog(outcome));
    const logError = await log.close();
    if (logError)
        outcome.message += ` (the log ${opts.logPath} is incomplete: ${logError.message})`;
    return outcome;
}
async function execute(opts, log) {
    const started = external_node_perf_hooks_.performance.now();
    const cwdProblem = await checkCwd(opts.cwd);
    if (cwdProblem)
        return spawnFailure(cwdProblem, started);
    if (opts.argv.length === 0)
        return spawnFailure('the command is empty', started);
    const countOomKills = opts.oomKillCount ?? readOomKillCount;
    const oomBefore = countOomKills();
    const cpuBefore = await reapedChildrenCpuMs();
    let stdoutCopy;
    try {
        stdoutCopy = opts.stdoutTo ? (0,own_files/* openOwnWriteStream */.Cz)(opts.stdoutTo) : undefined;
    }
    catch (error) {
        log.note(`cannot write ${opts.stdoutTo}: ${error.message}`);
    }
    stdoutCopy?.on('error', (error) => log.note(`cannot write ${opts.stdoutTo}: ${error.message}`));
    const child = (0,external_node_child_process_.spawn)(opts.argv[0], opts.argv.slice(1), {
        cwd: opts.cwd,
        env: opts.env,
        detached: true, // a process group of its own: one kill reaches every worker and grandchild
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout.on('data', (chunk) => {
        stdoutCopy?.write(chunk);
        log.write('stdout', chunk);
    });
    child.stderr.on('data', (chunk) => log.write('stderr', chunk));
    const result = await supervise(child, opts, log);
    const cpuAfter = await reapedChildrenCpuMs();
    await closeStream(stdoutCopy);
    const wallMs = Math.round(result.exitAt - started);
    if (result.spawnError)
        return spawnFailure(describeSpawnError(result.spawnError, opts.argv[0]), started);
    const { code, signal } = result;
    const oomAfter = countOomKills();
    const oomKills = oomBefore !== undefined && oomAfter !== undefined ? oomAfter - oomBefore : 0;
    const oomKilled = !result.timedOut && (signal === 'SIGKILL' || code === 137 || oomKills > 0);
    return {
        exitCode: code,
        signal,
        timedOut: result.timedOut,
        wallMs,
        peakRssBytes: result.peakRssBytes,
        peakPssBytes: result.peakPssBytes,
        cpuMs: cpuBefore !== undefined && cpuAfter !== undefined ? cpuAfter - cpuBefore : undefined,
        oomKilled,
        message: oomKills > 0 && !(signal === 'SIGKILL' || code === 137)
            ? `${describeExit(code, signal, result.timedOut, false, opts.timeoutMs)}; the out-of-memory killer ` +
                `ended ${oomKills} process(es) in this job's memory cgroup during the run (memory.events oom_kill) — ` +
                `try fewer workers or set memory-per-worker`
            : describeExit(code, signal, result.timedOut, oomKilled, opts.timeoutMs),
    };
}
function supervise(child, opts, log) {
    const grace = opts.killGraceMs ?? DEFAULT_GRACE_MS;
    const pgid = child.pid;
    const sampler = pgid !== undefined ? samplePeakRss(pgid, opts.marker) : undefined;
    const timers = [];
    let timedOut = false;
    let exit;
    return new Promise((resolve) => {
        let settled = false;
        const finish = (extra = {}) => {
            if (settled)
                return;
            settled = true;
            timers.forEach(clearTimeout);
            const peakRssBytes = sampler?.stop();
            const peakPssBytes = sampler?.peakPss();
            resolve({
                code: exit?.code ?? null,
                signal: exit?.signal ?? null,
                timedOut,
                exitAt: exit?.at ?? external_node_perf_hooks_.performance.now(),
                peakRssBytes,
                peakPssBytes,
                ...extra,
            });
        };
        child.once('error', (error) => {
            if (child.pid === undefined)
                finish({ spawnError: error });
        });
        if (pgid === undefined)
            return; // 'error' follows
        if (opts.timeoutMs !== undefined) {
            timers.push(setTimeout(() => {
                if (exit)
                    return; // exited in time; only its pipes are still draining
                timedOut = true;
                log.note(`timeout after ${opts.timeoutMs} ms: sending SIGTERM to the process group`);
                void signalTree(pgid, 'SIGTERM', sampler);
                timers.push(setTimeout(() => void signalTree(pgid, 'SIGKILL', sampler), grace));
            }, opts.timeoutMs));
        }
        child.once('exit', (code, signal) => {
            exit = { code, signal, at: external_node_perf_hooks_.performance.now() };
            sampler?.stop();
            // Processes the command left behind would hold its pipes, ports and files into the next run.
            void reapLeftovers(pgid, grace, log, sampler);
            timers.push(setTimeout(() => {
                child.stdout?.destroy();
                child.stderr?.destroy();
                finish();
            }, grace + CLOSE_WAIT_MS));
        });
        child.once('close', () => finish());
    });
}
async function reapLeftovers(pgid, grace, log, sampler) {
    const left = new Set([...(await listProcessTree(pgid)), ...((await sampler?.survivors()) ?? [])]);
    if (left.size > 0)
        log.note(`stopping ${left.size} process(es) the command left running`);
    if (!(await signalTree(pgid, 'SIGTERM', sampler)))
        return;
    await new Promise((r) => setTimeout(r, Math.min(grace, 1_000)).unref());
    await signalTree(pgid, 'SIGKILL', sampler);
}
/**
 * Signals the group, its descendants that left it, and members seen earlier that have since been orphaned.
 * The tree is listed before the group is signalled: once a parent dies its children are re-parented to init
 * and can no longer be found by parent pid. Returns false when nothing was there.
 */
async function signalTree(pgid, signal, sampler) {
    const members = new Set([...(await listProcessTree(pgid)), ...((await sampler?.survivors()) ?? [])]);
    let any = trySignal(-pgid, signal);
    for (const pid of members)
        any = trySignal(pid, signal) || any;
    return any;
}
function trySignal(pid, signal) {
    try {
        process.kill(pid, signal);
        return true;
    }
    catch {
        return false; // ESRCH: already gone
    }
}
async function checkCwd(cwd) {
    try {
        if (!(await (0,promises_.stat)(cwd)).isDirectory())
            return `the working directory ${(0,inert_text/* quoted */.TL)(cwd)} is not a directory`;
    }
    catch {
        return `the working directory ${(0,inert_text/* quoted */.TL)(cwd)} does not exist`;
    }
    return undefined;
}
function spawnFailure(spawnError, started) {
    return {
        exitCode: null,
        signal: null,
        timedOut: false,
        wallMs: Math.round(external_node_perf_hooks_.performance.now() - started),
        oomKilled: false,
        spawnError,
        message: `could not start: ${spawnError}`,
    };
}
function describeSpawnError(error, command) {
    // The command may be a file name from the repository: quoted, it stays on one line.
    if (error.code === 'ENOENT')
        return `command not found: ${(0,inert_text/* quoted */.TL)(command)} (is it installed and on PATH?)`;
    if (error.code === 'EACCES')
        return `${(0,inert_text/* quoted */.TL)(command)} is not executable (EACCES)`;
    return `${(0,inert_text/* quoted */.TL)(command)}: ${error.code ?? error.message}`;
}
function describeExit(code, signal, timedOut, oomKilled, timeoutMs) {
    if (timedOut)
        return `timed out after ${timeoutMs} ms; the whole process group was killed`;
    if (oomKilled) {
        return (`killed by ${signal ?? 'SIGKILL (exit 137)'} without a timeout — most likely the out-of-memory ` +
            `killer; try fewer workers or set memory-per-worker`);
    }
    if (signal)
        return `killed by ${signal}`;
    return `exited with code ${code}`;
}
function describeForLog(outcome) {
    const memory = outcome.peakRssBytes !== undefined
        ? `, peak memory ${Math.round(outcome.peakRssBytes / 2 ** 20)} MiB`
        : '';
    return `${outcome.message} (${(outcome.wallMs / 1000).toFixed(1)} s${memory})`;
}
async function closeStream(stream) {
    if (!stream || stream.closed)
        return;
    await new Promise((resolve) => {
        stream.once('close', resolve);
        stream.end();
    });
}

;// CONCATENATED MODULE: ./src/execute/run-with-report.ts
/**
 * One run of the preset's command with everything around it: the invocation, the environment,
 * a scratch directory, the proof log, and the report(s) it left behind.
 * Shared by the run series and by reruns of failed tests.
 */












function invocationFor(opts) {
    return (0,template/* buildInvocation */.J8)(opts.preset.command, {
        files: opts.files.map(opts.preset.fileArg),
        workers: opts.position.workers,
        results: opts.resultsPath,
        run: opts.position.run,
        filterArgs: opts.filterArgs,
    });
}
async function runWithReport(opts) {
    const outputDir = (0,external_node_path_.resolve)(opts.outputDir);
    const resultsPath = (0,external_node_path_.join)(outputDir, `${opts.baseName}.${opts.preset.reportExtension}`);
    const logPath = (0,external_node_path_.join)(outputDir, `${opts.baseName}.log`);
    const invocation = invocationFor({ ...opts, resultsPath });
    // A run before this one may have damaged the folder; it gets a clean, real one either way.
    await (0,own_files/* reclaimOutputDir */.KA)(outputDir);
    // A report left in a reused output folder must not pass for this run's (rm removes a link, not its target).
    await (0,promises_.rm)(resultsPath, { force: true });
    await (0,promises_.rm)(logPath, { force: true });
    const sinceMs = Date.now();
    const { shard, run, runs } = opts.position;
    const lease = await leasePortBlock(portBlockBase(shard, run, runs), opts.portLeaseDir);
    if (lease.warning)
        opts.logger.warning(lease.warning);
    if (lease.shared)
        opts.logger.warning(`every port block is leased; sharing block ${lease.base} with another run`);
    // Marks every process of this run, so that daemons it starts can be found when it is stopped.
    const runId = (0,external_node_crypto_.randomUUID)();
    const outcome = await withScratchDir(`shardproof-s${opts.position.shard}-${opts.baseName}`, (scratchDir) => runOnce({
        argv: invocation.argv,
        cwd: opts.cwd,
        env: {
            ...opts.baseEnv,
            ...(0,frameworks/* expandPresetEnv */.dY)(opts.preset.env, {
                results: resultsPath,
                workers: opts.position.workers,
                run: opts.position.run,
            }),
            ...shardproofEnv(opts.position, scratchDir, lease.base),
            SHARDPROOF_RUN_ID: runId,
        },
        marker: `SHARDPROOF_RUN_ID=${runId}`,
        timeoutMs: opts.timeoutMs,
        killGraceMs: opts.killGraceMs,
        logPath,
        stdoutTo: opts.preset.reportIsStdout ? resultsPath : undefined,
        onLine: opts.onLine,
    }), (message) => opts.logger.warning(message)).finally(() => lease.release());
    const problems = await tamperingOf(outputDir, [resultsPath, logPath], logPath);
    if (problems.length > 0) {
        outcome.message += `; the run tampered with its output folder: ${problems.join('; ')}`;
    }
    const collected = opts.preset.resultsGlob
        ? await collectReports({
            glob: opts.preset.resultsGlob,
            cwd: opts.cwd,
            workspace: opts.baseEnv.GITHUB_WORKSPACE || opts.cwd,
            sinceMs,
            outputDir,
            baseName: opts.baseName,
        })
        : {
            reports: (await hasContent(resultsPath)) ? [{ path: resultsPath, name: resultsPath }] : [],
            refused: [],
        };
    for (const refused of collected.refused)
        opts.logger.warning(`run ${run}: ${refused}`);
    // A tampered folder's report is no evidence: the run counts as one without a report, with the reason.
    const reports = problems.length > 0 ? [] : collected.reports;
    return {
        run: opts.position.run,
        ...(opts.position.rerun !== undefined ? { rerun: opts.position.rerun } : {}),
        argv: invocation.argv,
        outcome,
        reportPaths: reports.map((r) => r.path),
        reportNames: reports.map((r) => r.name),
        reportMissing: reports.length === 0,
        ...(problems.length > 0 ? { outputProblem: problems.join('; ') } : {}),
        logPath,
    };
}
/**
 * What the run did to the output folder and to the files shardproof reads from it, repairing as it goes:
 * the folder is made real and writable again, links planted at our names are removed (never followed).
 */
async function tamperingOf(outputDir, ownFiles, logPath) {
    const problems = await (0,own_files/* reclaimOutputDir */.KA)(outputDir);
    if (problems.length === 0 && !(await (0,promises_.lstat)(logPath).catch(() => undefined))) {
        problems.push(`its log ${(0,inert_text/* quoted */.TL)(logPath)} was deleted during the run`);
    }
    for (const file of ownFiles) {
        const link = await (0,own_files/* removePlantedLink */.tN)(file);
        if (link !== undefined)
            problems.push(link);
    }
    return problems;
}
/** An empty file is no report: go test -json output captured from a command that never started. */
async function hasContent(path) {
    const info = await (0,promises_.stat)(path).catch(() => undefined);
    return info !== undefined && info.size > 0;
}


/***/ }),

/***/ 1693:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J8: () => (/* binding */ buildInvocation),
/* harmony export */   kc: () => (/* binding */ displayCommand)
/* harmony export */ });
/* unused harmony export shellQuote */
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4955);
/**
 * Command templates → argv. A template is a command line with placeholders:
 *   {files}   one argument per test file (must be a word of its own)
 *   {workers} the worker count   {results} the report path   {run} the run number (1-based)
 *
 * File names never pass through a shell string. Plain templates are split into words here (POSIX-like
 * quoting) and spawned directly. Templates that need a shell (`&&`, `|`, `$VAR`, `cd`, globs, …) run as
 *   bash --noprofile --norc -eo pipefail -c '<template>' shardproof <file1> <file2> …
 * with {files} replaced by "$@" and the other placeholders by quoted literals — the file list travels as
 * positional parameters, so `$(touch pwned).py` stays a name. The bash flags match GitHub's own `run:`
 * steps, so a `pytest | tee` pipeline fails when pytest fails.
 */

const PLACEHOLDERS = ['files', 'workers', 'results', 'run'];
const SHELL_OPERATORS = '|&;<>()$`';
const WORD_BREAKING_OPERATORS = '|&;<>()';
const GLOB_CHARS = '*?[';
// Words that only mean something to a shell when they start the command.
const SHELL_FIRST_WORDS = new Set([
    'cd', 'export', 'source', '.', 'set', 'unset', 'ulimit', 'umask', 'exec', 'eval', 'if', 'for', 'while',
    'until', 'case', '!', '{', 'time', 'trap', 'alias', 'pushd', 'popd', 'shopt',
]); // prettier-ignore
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
function buildInvocation(template, values) {
    const scanned = scanTemplate(template);
    if (scanned.words.length === 0) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input 'command': the command is empty; give the command that runs your tests.`);
    }
    checkFilesPlacement(scanned.words);
    const fileArgs = [...(values.filterArgs ?? []), ...values.files.map(dashSafe)];
    const usesFiles = scanned.spans.some((s) => s.name === 'files');
    if (scanned.shellReason === undefined) {
        return { argv: expandWords(scanned.words, values, fileArgs), mode: 'argv', usesFiles };
    }
    const script = renderScript(template, scanned.spans, values);
    return {
        argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script, 'shardproof', ...fileArgs],
        mode: 'bash',
        shellReason: scanned.shellReason,
        usesFiles,
    };
}
/** `-n.py` would be read as an option by every test runner; `./-n.py` is the same file. */
function dashSafe(file) {
    return file.startsWith('-') ? `./${file}` : file;
}
/** Quotes a value for a POSIX shell: the result is always exactly one word. */
function shellQuote(value) {
    return `'${value.replaceAll("'", `'\\''`)}'`;
}
/** A command line for people to read and paste: words quoted only where a shell would need it. */
function displayCommand(argv) {
    return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : shellQuote(arg))).join(' ');
}
function scanTemplate(template) {
    const words = [];
    const spans = [];
    let current = null;
    let quote = 'none';
    let shellReason;
    const needShell = (why) => (shellReason ??= why);
    const pushText = (text) => {
        current ??= [];
        const last = current.at(-1);
        if (last?.kind === 'text')
            last.text += text;
        else
            current.push({ kind: 'text', text });
    };
    const endWord = () => {
        if (current)
            words.push(current);
        current = null;
    };
    for (let i = 0; i < template.length;) {
        const name = PLACEHOLDERS.find((p) => template.startsWith(`{${p}}`, i));
        if (name) {
            current ??= [];
            current.push({ kind: 'placeholder', name, quoted: quote !== 'none' });
            spans.push({ start: i, end: i + name.length + 2, name, context: quote });
            i += name.length + 2;
            continue;
        }
        const c = template[i];
        const next = template[i + 1];
        if (quote === 'single') {
            if (c === "'")
                quote = 'none';
            else
                pushText(c);
            i++;
        }
        else if (quote === 'double') {
            if (c === '"')
                quote = 'none';
            else if (c === '\\' && next !== undefined && '$`"\\\n'.includes(next)) {
                if (next !== '\n')
                    pushText(next);
                i++;
            }
            else {
                if (c === '$' || c === '`')
                    needShell(`'${c}' inside double quotes`);
                pushText(c);
            }
            i++;
        }
        else if (c === ' ' || c === '\t') {
            endWord();
            i++;
        }
        else if (c === '\n') {
            needShell('a multi-line command');
            endWord();
            i++;
        }
        else if (c === "'" || c === '"') {
            quote = c === "'" ? 'single' : 'double';
            current ??= []; // '' is a word of its own
            i++;
        }
        else if (c === '\\') {
            if (next === undefined)
                pushText(c);
            else if (next !== '\n')
                pushText(next);
            i += 2;
        }
        else {
            if (SHELL_OPERATORS.includes(c)) {
                needShell(`'${c}'`);
                if (WORD_BREAKING_OPERATORS.includes(c)) {
                    // `(pytest {files})` and `{files}>out` keep {files} a word of its own, as in a shell
                    endWord();
                    pushText(c);
                    endWord();
                    i++;
                    continue;
                }
            }
            else if (GLOB_CHARS.includes(c))
                needShell(`the glob character '${c}'`);
            else if (c === '{' || c === '}')
                needShell(`brace expansion '${c}'`);
            else if ((c === '~' || c === '#') && current === null)
                needShell(`'${c}' at the start of a word`);
            pushText(c);
            i++;
        }
    }
    if (quote !== 'none') {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input 'command': a ${quote} quote is never closed in ${JSON.stringify(template)}.`);
    }
    endWord();
    const first = words[0]?.map((p) => (p.kind === 'text' ? p.text : '')).join('');
    if (first !== undefined && SHELL_FIRST_WORDS.has(first))
        needShell(`'${first}' is a shell command`);
    else if (first !== undefined && ASSIGNMENT.test(first))
        needShell('a variable assignment');
    return { words, spans, shellReason };
}
function checkFilesPlacement(words) {
    for (const word of words) {
        const hasFiles = word.some((p) => p.kind === 'placeholder' && p.name === 'files');
        const alone = word.length === 1 && word[0].kind === 'placeholder' && !word[0].quoted;
        if (hasFiles && !alone) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .y(`Input 'command': {files} must be a word of its own and unquoted (e.g. "pytest {files}"), ` +
                `so that each file becomes one argument.`);
        }
    }
}
function expandWords(words, values, fileArgs) {
    const argv = [];
    for (const word of words) {
        if (word.length === 1 && word[0].kind === 'placeholder' && word[0].name === 'files') {
            argv.push(...fileArgs);
        }
        else {
            // checkFilesPlacement guarantees no {files} inside a longer word
            argv.push(word.map((p) => (p.kind === 'text' ? p.text : String(values[p.name]))).join(''));
        }
    }
    return argv;
}
function renderScript(template, spans, values) {
    let script = '';
    let last = 0;
    for (const span of spans) {
        script += template.slice(last, span.start) + quoteInContext(span, values);
        last = span.end;
    }
    return script + template.slice(last);
}
function quoteInContext(span, values) {
    if (span.name === 'files')
        return '"$@"'; // checkFilesPlacement guarantees an unquoted word
    const value = String(values[span.name]);
    if (span.context === 'single')
        return value.replaceAll("'", `'\\''`);
    if (span.context === 'double')
        return value.replace(/[\\$`"]/g, '\\$&');
    return shellQuote(value);
}


/***/ }),

/***/ 86444:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   US: () => (/* binding */ MAX_ORDER_SEED),
/* harmony export */   xX: () => (/* binding */ readRunSettings)
/* harmony export */ });
/* unused harmony export MAX_RUNS */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _frameworks_names_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2377);
/* harmony import */ var _verdict_confidence_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(65229);
/* harmony import */ var _read_input_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(11456);
/* harmony import */ var _proof_artifact_name_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(40780);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4955);






const MAX_RUNS = 500;
/** Seeds stay below 2^31: every framework's seed option takes them (jest's --seed is a 32-bit int). */
const MAX_ORDER_SEED = 2 ** 31 - 1 - MAX_RUNS;
function readRunSettings(source, cwd) {
    const framework = source.getInput('framework')
        ? (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'framework', _frameworks_names_js__WEBPACK_IMPORTED_MODULE_2__/* .FRAMEWORKS */ .i, 'custom')
        : undefined;
    const confidence = (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(source, 'confidence', _verdict_confidence_js__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_CONFIDENCE */ .FH, {
        min: 0,
        max: 1,
        exclusive: true,
    });
    const { runs, runsReason } = readRuns(source, confidence);
    const timeoutMinutes = (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readNumber */ .kz)(source, 'timeout-minutes', undefined, {
        min: 0,
        max: 360,
        exclusive: true,
    });
    const workingDirectory = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, source.getInput('working-directory') || '.');
    const shard = (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'shard', undefined, 1, 256);
    const settings = {
        framework,
        command: source.getInput('command') || undefined,
        results: source.getInput('results') || undefined,
        tests: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'tests'),
        files: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)(source, 'files'),
        runs,
        runsReason,
        confidence,
        rerunFailed: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'rerun-failed', 0, 0, 10),
        failOnFlaky: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'fail-on-flaky', true),
        timeoutMs: timeoutMinutes === undefined ? undefined : Math.round(timeoutMinutes * 60_000),
        workingDirectory,
        outputDir: source.getInput('output-dir') || undefined,
        shard,
        suite: source.getInput('suite') || undefined,
        planFile: source.getInput('plan-file') || undefined,
        planHash: source.getInput('plan-hash') || undefined,
        upload: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)(source, 'upload', true),
        artifactName: readArtifactPrefix(source),
        retentionDays: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'retention-days', undefined, 1, 90),
        runSlot: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'run-slot', undefined, 1, MAX_RUNS),
        isolation: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'isolation', ['none', 'serial'], 'none'),
        order: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)(source, 'order', ['as-is', 'shuffle'], 'as-is'),
        orderSeed: (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'order-seed', undefined, 0, MAX_ORDER_SEED),
    };
    if (settings.orderSeed !== undefined && settings.order !== 'shuffle') {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Input 'order-seed' (${settings.orderSeed}) only applies with 'order: shuffle'; add it or drop the seed.`);
    }
    if (settings.outputDir && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(settings.outputDir))
        settings.outputDir = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, settings.outputDir);
    if (settings.planFile && !(0,node_path__WEBPACK_IMPORTED_MODULE_0__.isAbsolute)(settings.planFile))
        settings.planFile = (0,node_path__WEBPACK_IMPORTED_MODULE_0__.resolve)(cwd, settings.planFile);
    if (shard === undefined && (settings.planFile || settings.planHash)) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y("Input 'shard' is required with 'plan-file' or 'plan-hash': which shard of the plan to run?");
    }
    if (shard !== undefined && (settings.tests.length || settings.files.length)) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y("Inputs 'shard' and 'tests'/'files' exclude each other: a shard runs the files its plan assigns to it.");
    }
    if (settings.runSlot !== undefined && (runs !== 1 || source.getInput('target-flake-rate'))) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Input 'run-slot' (${settings.runSlot}) makes this job one run of a stability check spread over the ` +
            `matrix, so 'runs' must be 1 or unset and 'target-flake-rate' unset (got ${runsReason}). Set the ` +
            `number of run slots with the plan's 'runs' input instead.`);
    }
    return settings;
}
/** The artifact name prefix: suite, shard, run slot and attempt are appended to it. */
function readArtifactPrefix(source) {
    const raw = source.getInput('artifact-name');
    if (raw === '')
        return _proof_artifact_name_js__WEBPACK_IMPORTED_MODULE_5__/* .DEFAULT_PROOF_PREFIX */ .cX;
    if ((0,_proof_artifact_name_js__WEBPACK_IMPORTED_MODULE_5__/* .safeNamePart */ .O$)(raw) !== raw)
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .X)('artifact-name', raw, 'at most 60 characters without spaces, quotes, : < > | * ? \\ or /');
    return raw;
}
/** `runs`, or the runs that `target-flake-rate` needs at the given confidence. */
function readRuns(source, confidence) {
    const target = source.getInput('target-flake-rate');
    const runs = (0,_read_input_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)(source, 'runs', 1, 1, MAX_RUNS);
    if (target === '')
        return { runs, runsReason: runs === 1 ? '1 run' : `${runs} runs (input runs)` };
    // action.yml gives runs a default of 1, so only a different value means the user set both.
    if (runs !== 1) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y("Give either 'runs' or 'target-flake-rate', not both: the target decides how many runs.");
    }
    const rate = Number(target);
    if (!/^\d*\.?\d+$/.test(target))
        throw (0,_errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .X)('target-flake-rate', target, 'a number between 0 and 1');
    const needed = (0,_verdict_confidence_js__WEBPACK_IMPORTED_MODULE_3__/* .runsForTargetFlakeRate */ .W5)(rate, confidence);
    if (needed > MAX_RUNS) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_4__/* .UserError */ .y(`Input 'target-flake-rate': ${target} needs ${needed} runs at ${confidence * 100}% confidence, ` +
            `more than the ${MAX_RUNS} allowed; choose a larger rate.`);
    }
    const percent = (x) => `${+(x * 100).toFixed(2)}%`;
    return {
        runs: needed,
        runsReason: `${needed} runs (to show a per-run flake rate below ${percent(rate)} at ${percent(confidence)} confidence)`,
    };
}


/***/ }),

/***/ 22214:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  PERFORMANCE_REPORT: () => (/* binding */ PERFORMANCE_REPORT),
  calibrateStep: () => (/* binding */ calibrateStep)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./src/capacity/decide-workers.ts
var decide_workers = __webpack_require__(24580);
// EXTERNAL MODULE: ./src/capacity/byte-size.ts
var byte_size = __webpack_require__(52580);
;// CONCATENATED MODULE: ./src/calibrate/performance-report.ts
/**
 * The calibration's numbers: per worker count the wall time, CPU time and peak memory measured, the speedup
 * over the baseline (the fewest workers), and the recommendation. Pure: measurements in, report out.
 */
/** A configuration within this fraction of the fastest counts as fast as it: the fewest such workers win. */
const WITHIN_FASTEST = 0.05;
function buildPerformanceReport(measurements, memory) {
    const warm = measurements.find((m) => m.round === 0);
    const measured = measurements.filter((m) => m.round > 0);
    const counts = [...new Set(measured.map((m) => m.workers))].sort((a, b) => a - b);
    if (counts.length === 0)
        throw new Error('calibration has no measured runs');
    const model = fitMemory(measured, memory.availableBytes);
    const baselineRuns = measured.filter((m) => m.workers === counts[0]);
    const baselineMs = median(baselineRuns.map((m) => m.wallMs));
    const configurations = counts.map((workers) => {
        const runs = measured.filter((m) => m.workers === workers);
        const wallMs = median(runs.map((m) => m.wallMs));
        const cpu = runs.map((m) => m.cpuMs).filter((c) => c !== undefined);
        const peaks = runs.map((m) => m.peakMemoryBytes).filter((p) => p !== undefined);
        const speedup = baselineMs / wallMs;
        const predicted = model ? model.fixedBytes + model.perWorkerBytes * workers : undefined;
        return {
            workers,
            runs: runs.length,
            wallMs,
            ...(cpu.length ? { cpuMs: median(cpu) } : {}),
            ...(peaks.length ? { peakMemoryBytes: Math.max(...peaks) } : {}),
            speedup: round3(speedup),
            efficiency: round3(speedup / workers),
            improvementPercent: Math.round((1 - wallMs / baselineMs) * 1000) / 10,
            counts: runs[runs.length - 1].counts,
            completed: runs.every((m) => m.completed),
            fitsMemory: predicted === undefined || predicted + memory.reserveBytes <= memory.availableBytes,
        };
    });
    return {
        version: 1,
        baseline: { workers: counts[0], wallMs: baselineMs },
        ...(warm ? { warmup: { workers: warm.workers, wallMs: warm.wallMs } } : {}),
        configurations,
        ...(model ? { memory: model } : {}),
        recommendation: recommend(configurations),
        isolationFindings: isolationFindings(measured),
    };
}
/**
 * Least squares of peak memory against workers: the slope is what one more worker costs, the intercept
 * what the runner's own process and the test command's parent take. One configuration: peak / workers.
 */
function fitMemory(measured, availableBytes) {
    const points = measured
        .filter((m) => m.peakMemoryBytes !== undefined && m.completed)
        .map((m) => ({ x: m.workers, y: m.peakMemoryBytes, source: m.memorySource ?? 'rss' }));
    if (points.length === 0)
        return undefined;
    const source = points.every((p) => p.source === 'pss') ? 'pss' : 'rss';
    const n = points.length;
    const meanX = points.reduce((a, p) => a + p.x, 0) / n;
    const meanY = points.reduce((a, p) => a + p.y, 0) / n;
    const sxx = points.reduce((a, p) => a + (p.x - meanX) ** 2, 0);
    if (sxx === 0) {
        return { perWorkerBytes: Math.round(meanY / meanX), fixedBytes: 0, source, availableBytes };
    }
    const slope = points.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0) / sxx;
    const perWorkerBytes = Math.max(1, Math.round(slope));
    const fixedBytes = Math.max(0, Math.round(meanY - slope * meanX));
    return { perWorkerBytes, fixedBytes, source, availableBytes };
}
/** The fewest workers within 5% of the fastest configuration that completed and fits in memory. */
function recommend(configurations) {
    const usable = configurations.filter((c) => c.completed && c.fitsMemory);
    if (usable.length === 0) {
        const fewest = configurations[0].workers;
        return { workers: fewest, reason: `no configuration completed within memory; ${fewest} is the safest` };
    }
    const fastest = usable.reduce((best, c) => (c.wallMs < best.wallMs ? c : best));
    const pick = usable.find((c) => c.wallMs <= fastest.wallMs * (1 + WITHIN_FASTEST));
    const notes = [
        `${pick.workers} workers: ${(pick.wallMs / 1000).toFixed(1)} s, ${pick.speedup}× the baseline`,
    ];
    if (pick.workers !== fastest.workers) {
        notes.push(`within ${WITHIN_FASTEST * 100}% of the fastest (${fastest.workers} workers, ` +
            `${(fastest.wallMs / 1000).toFixed(1)} s) with fewer workers`);
    }
    else
        notes.push('the fastest');
    const excluded = configurations.filter((c) => !c.fitsMemory).map((c) => c.workers);
    if (excluded.length)
        notes.push(`${excluded.join(', ')} workers would not fit in memory`);
    return { workers: pick.workers, reason: notes.join('; ') };
}
/** Tests that passed with some worker count and failed with another. */
function isolationFindings(measured) {
    const byTest = new Map();
    for (const m of measured) {
        for (const [id, outcome] of Object.entries(m.outcomes)) {
            const perCount = byTest.get(id) ?? {};
            (perCount[m.workers] ??= new Set()).add(outcome);
            byTest.set(id, perCount);
        }
    }
    const findings = [];
    for (const [id, perCount] of byTest) {
        const all = new Set(Object.values(perCount).flatMap((s) => [...s]));
        if (!(all.has('passed') && all.has('failed')))
            continue;
        const outcomes = {};
        for (const [count, seen] of Object.entries(perCount))
            outcomes[count] = [...seen].sort().join('+');
        findings.push({ id, outcomes });
    }
    return findings.sort((a, b) => a.id.localeCompare(b.id));
}
function median(values) {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}
function round3(value) {
    return Math.round(value * 1000) / 1000;
}

;// CONCATENATED MODULE: ./src/calibrate/memory-record.ts
/**
 * What a calibration leaves in the timing history for the next `workers: auto`: the fitted slope of peak memory
 * over worker counts. When a configuration was OOM-killed, the fewest workers killed are ruled out (an `oom`
 * record at that count) and the figure is at least what that run reached per worker — the slope fitted over the
 * configurations that fitted may promise more than there is. Undefined when nothing was measured.
 */
function calibrationMemoryRecord(input) {
    const { perWorkerBytes, counts, ooms, now } = input;
    if (ooms.length === 0) {
        if (perWorkerBytes === undefined)
            return undefined;
        return {
            bytesPerWorker: perWorkerBytes,
            source: 'calibrate',
            measured: now,
            workers: Math.max(...counts),
        };
    }
    const fewest = Math.min(...ooms.map((o) => o.workers));
    const bound = Math.max(0, ...ooms.map((o) => (o.peakBytes ?? 0) / o.workers));
    const bytes = Math.round(Math.max(perWorkerBytes ?? 0, bound));
    if (bytes <= 0)
        return undefined;
    return { bytesPerWorker: bytes, source: 'oom', measured: now, workers: fewest };
}

// EXTERNAL MODULE: ./src/errors/user-error.ts
var user_error = __webpack_require__(4955);
;// CONCATENATED MODULE: ./src/calibrate/worker-counts.ts

/** More configurations than this make a calibration longer than the suite is worth. */
const MAX_CONFIGURATIONS = 8;
const MAX_WORKERS = 256;
/**
 * The `calibrate` input: worker counts to measure, e.g. `1,2,4,auto` (`auto` is the worker count the
 * runner's capacity allows). Returns distinct counts in ascending order; the smallest is the baseline.
 */
function parseCalibrateCounts(text, autoWorkers) {
    const counts = new Set();
    for (const raw of text.split(/[,\s]+/).filter(Boolean)) {
        const word = raw.toLowerCase();
        if (word === 'auto') {
            counts.add(autoWorkers);
            continue;
        }
        if (!/^\d+$/.test(word) || Number(word) < 1 || Number(word) > MAX_WORKERS) {
            throw new user_error/* UserError */.y(`Input 'calibrate' has '${raw.slice(0, 40)}': give worker counts from 1 to ${MAX_WORKERS} or auto, ` +
                `separated by commas, e.g. "1,2,4,auto".`);
        }
        counts.add(Number(word));
    }
    if (counts.size < 2) {
        throw new user_error/* UserError */.y(`Input 'calibrate' needs at least two different worker counts to compare (got '${text.slice(0, 40)}'), ` +
            `e.g. "1,2,4,auto".`);
    }
    if (counts.size > MAX_CONFIGURATIONS) {
        throw new user_error/* UserError */.y(`Input 'calibrate' lists ${counts.size} worker counts; ${MAX_CONFIGURATIONS} at most.`);
    }
    return [...counts].sort((a, b) => a - b);
}
/**
 * The order of the measured runs. A warm-up run comes first (it fills the page cache, compiles bytecode,
 * warms the test runner's own caches) and is reported apart. Then each round runs every configuration once,
 * ascending in odd rounds and descending in even ones, so no configuration always runs last on a machine
 * that warms up or heats up over time.
 */
function calibrationSchedule(counts, repeats) {
    const slots = [{ workers: counts[counts.length - 1], round: 0 }];
    for (let round = 1; round <= repeats; round++) {
        const order = round % 2 === 1 ? counts : [...counts].reverse();
        for (const workers of order)
            slots.push({ workers, round });
    }
    return slots;
}

// EXTERNAL MODULE: ./src/execute/child-env.ts
var child_env = __webpack_require__(41763);
// EXTERNAL MODULE: ./src/frameworks/index.ts + 11 modules
var frameworks = __webpack_require__(32890);
// EXTERNAL MODULE: ./src/execute/run-with-report.ts + 7 modules
var run_with_report = __webpack_require__(69745);
// EXTERNAL MODULE: ./src/inputs/read-input.ts
var read_input = __webpack_require__(11456);
// EXTERNAL MODULE: ./src/inputs/run-settings.ts
var run_settings = __webpack_require__(86444);
// EXTERNAL MODULE: ./src/platform/select.ts + 3 modules
var platform_select = __webpack_require__(54736);
// EXTERNAL MODULE: ./src/report/escape-markdown.ts
var escape_markdown = __webpack_require__(37729);
// EXTERNAL MODULE: ./src/report/format-units.ts
var format_units = __webpack_require__(79589);
;// CONCATENATED MODULE: ./src/report/calibration-summary.ts


/**
 * The calibration in the job summary: the recommendation, a Mermaid chart of wall time and speedup
 * against workers, the table behind it, and any test whose outcome depended on the worker count.
 * Every value here is a number shardproof measured; test ids are escaped like every user string.
 */
function renderCalibrationSummary(report, maxFindings = 20) {
    const lines = ['### shardproof calibration', ''];
    lines.push(`**Recommended workers: ${report.recommendation.workers}** (${report.recommendation.reason}).`, '');
    const configs = report.configurations;
    const xs = configs.map((c) => String(c.workers)).join(', ');
    const seconds = configs.map((c) => (c.wallMs / 1000).toFixed(2));
    const speedups = configs.map((c) => c.speedup.toFixed(2));
    const top = Math.max(...configs.map((c) => c.wallMs / 1000)) * 1.1;
    lines.push('```mermaid', 'xychart-beta', '  title "Wall time (bars, s) against workers"');
    lines.push(`  x-axis "workers" [${xs}]`, `  y-axis "seconds" 0 --> ${top.toFixed(1)}`);
    lines.push(`  bar [${seconds.join(', ')}]`, '```', '');
    const topSpeedup = Math.max(...configs.map((c) => c.speedup), ...configs.map((c) => c.workers)) * 1.1;
    lines.push('```mermaid', 'xychart-beta', '  title "Speedup over the baseline (line) and ideal (bars)"');
    lines.push(`  x-axis "workers" [${xs}]`, `  y-axis "speedup" 0 --> ${topSpeedup.toFixed(1)}`);
    lines.push(`  bar [${configs.map((c) => c.workers).join(', ')}]`, `  line [${speedups.join(', ')}]`, '```', '');
    lines.push('| workers | wall time | speedup | efficiency | faster than baseline | CPU time | peak memory | fits memory |');
    lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
    for (const c of configs) {
        lines.push(`| ${c.workers} | ${(0,format_units/* formatDuration */.a3)(c.wallMs)} | ${c.speedup.toFixed(2)}× | ${Math.round(c.efficiency * 100)}% | ` +
            `${c.improvementPercent}% | ${c.cpuMs === undefined ? '—' : (0,format_units/* formatDuration */.a3)(c.cpuMs)} | ` +
            `${c.peakMemoryBytes === undefined ? '—' : (0,format_units/* formatBytes */.z3)(c.peakMemoryBytes)} | ${c.fitsMemory ? 'yes' : 'no'} |`);
    }
    lines.push('');
    if (report.warmup) {
        lines.push(`Warm-up run (not counted): ${report.warmup.workers} workers, ${(0,format_units/* formatDuration */.a3)(report.warmup.wallMs)}.`);
    }
    if (report.memory) {
        lines.push(`Memory (${report.memory.source.toUpperCase()} of the process tree): ${(0,format_units/* formatBytes */.z3)(report.memory.perWorkerBytes)} ` +
            `per worker + ${(0,format_units/* formatBytes */.z3)(report.memory.fixedBytes)} fixed, of ${(0,format_units/* formatBytes */.z3)(report.memory.availableBytes)} available.`);
    }
    if (report.isolationFindings.length) {
        lines.push('', `#### ⚠️ ${report.isolationFindings.length} tests changed outcome with the worker count`, '');
        lines.push('They depend on running alone or in parallel (shared files, ports, databases or globals).', '');
        for (const finding of report.isolationFindings.slice(0, maxFindings)) {
            const per = Object.entries(finding.outcomes)
                .map(([w, o]) => `${w} workers: ${o}`)
                .join(', ');
            lines.push(`- <code>${(0,escape_markdown/* escapeMarkdown */.F)(finding.id, 300)}</code>: ${per}`);
        }
        const rest = report.isolationFindings.length - maxFindings;
        if (rest > 0)
            lines.push(`- …and ${rest} more (all in performance-report.json)`);
    }
    return lines.join('\n') + '\n';
}

// EXTERNAL MODULE: ./src/results/parse-report.ts + 13 modules
var parse_report = __webpack_require__(94176);
// EXTERNAL MODULE: ./src/verdict/results-by-id.ts
var results_by_id = __webpack_require__(77783);
// EXTERNAL MODULE: ./src/steps/capacity-step.ts + 4 modules
var capacity_step = __webpack_require__(6540);
// EXTERNAL MODULE: ./src/steps/memory-figure.ts
var memory_figure = __webpack_require__(18529);
// EXTERNAL MODULE: ./src/plan/plan-file.ts
var plan_file = __webpack_require__(70435);
// EXTERNAL MODULE: ./src/steps/plan-artifact.ts
var plan_artifact = __webpack_require__(94607);
// EXTERNAL MODULE: ./src/steps/run-context.ts
var run_context = __webpack_require__(99644);
// EXTERNAL MODULE: ./src/steps/select-tests.ts
var select_tests = __webpack_require__(56683);
;// CONCATENATED MODULE: ./src/steps/calibrate-step.ts






















const PERFORMANCE_REPORT = 'performance-report.json';
/**
 * Calibration: the same files once per worker count (after a warm-up run), each in fresh processes, and a
 * performance report with the recommended worker count. What a team otherwise does with a script that runs
 * the suite with 1, 2, 4 and auto workers and compares the times by hand.
 */
async function calibrateStep(services) {
    const { io, env } = services;
    const settings = (0,run_settings/* readRunSettings */.xX)(io, process.cwd());
    const selection = await (0,select_tests/* selectTests */.M0)(settings, services.artifacts, (0,plan_artifact/* runAttempt */.Tm)(env), (m) => io.warning(m));
    const capacity = (0,capacity_step/* decideCapacity */.D)(io, io, { root: (0,capacity_step/* capacityRoot */.x)(env) });
    const counts = parseCalibrateCounts(io.getInput('calibrate'), capacity.workers);
    const repeats = (0,read_input/* readInteger */.JI)(io, 'calibrate-repeats', 1, 1, 10);
    const childEnv = (0,child_env/* childEnvironment */.Q)(env);
    const framework = selection.framework;
    const most = Math.max(...counts);
    const unusable = (0,frameworks/* frameworkModule */.p5)(framework).unusableWorkers?.(most, {
        cwd: settings.workingDirectory,
        env: childEnv,
        ownCommand: selection.command === undefined,
    });
    if (unusable)
        throw new user_error/* UserError */.y(`calibrate compares worker counts, and ${unusable}.`);
    const outputDir = settings.outputDir ?? (0,external_node_path_.join)(env.RUNNER_TEMP || (0,platform_select/* localStateDir */.Ok)(env), 'calibrate');
    await (0,promises_.mkdir)(outputDir, { recursive: true });
    const schedule = calibrationSchedule(counts, repeats);
    io.info(`calibrate: worker counts ${counts.join(', ')}, ${repeats} round(s) after a warm-up run`);
    const measurements = [];
    const ooms = [];
    for (const [index, slot] of schedule.entries()) {
        const label = slot.round === 0 ? 'warm-up' : `round ${slot.round}`;
        io.startGroup(`Calibrate: ${slot.workers} workers (${label})`);
        const preset = (0,frameworks/* resolvePreset */.gr)(framework, {
            workers: slot.workers,
            command: selection.command,
            results: settings.results,
            cwd: settings.workingDirectory,
        });
        const record = await (0,run_with_report/* runWithReport */.E)({
            ...(0,run_context/* runContext */.p)(preset, outputDir, settings, childEnv, io),
            position: { run: index + 1, runs: schedule.length, shard: 1, shardTotal: 1, workers: slot.workers },
            files: selection.files,
            filterArgs: selection.filterArgs,
            baseName: `calibrate-w${slot.workers}-r${slot.round}`,
        });
        const parsed = await (0,parse_report/* parseReports */.jk)(record.reportPaths, { rootDir: settings.workingDirectory });
        const tests = parsed.reports.flatMap((r) => r.tests);
        const outcomes = {};
        for (const t of tests)
            outcomes[t.id] = (0,results_by_id/* isFailure */.N)(t) ? 'failed' : t.outcome === 'skipped' ? 'skipped' : 'passed';
        const o = record.outcome;
        if (o.oomKilled)
            ooms.push({ workers: slot.workers, peakBytes: o.peakPssBytes ?? o.peakRssBytes });
        const measurement = {
            workers: slot.workers,
            round: slot.round,
            wallMs: o.wallMs,
            ...(o.cpuMs !== undefined ? { cpuMs: o.cpuMs } : {}),
            ...(o.peakPssBytes !== undefined
                ? { peakMemoryBytes: o.peakPssBytes, memorySource: 'pss' }
                : o.peakRssBytes !== undefined
                    ? { peakMemoryBytes: o.peakRssBytes, memorySource: 'rss' }
                    : {}),
            completed: !o.timedOut && !o.spawnError && !o.oomKilled && !record.reportMissing && tests.length > 0,
            counts: {
                passed: Object.values(outcomes).filter((v) => v === 'passed').length,
                failed: Object.values(outcomes).filter((v) => v === 'failed').length,
                skipped: Object.values(outcomes).filter((v) => v === 'skipped').length,
            },
            outcomes,
        };
        measurements.push(measurement);
        io.info(`${slot.workers} workers (${label}): ${o.message}`);
        io.endGroup();
    }
    const report = buildPerformanceReport(measurements, {
        availableBytes: capacity.capacity.memoryBytes,
        reserveBytes: (0,decide_workers/* memoryReserve */.qH)(capacity.capacity.memoryBytes),
    });
    const reportPath = (0,external_node_path_.join)(outputDir, PERFORMANCE_REPORT);
    await (0,promises_.writeFile)(reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const summary = renderCalibrationSummary(report);
    await (0,promises_.writeFile)((0,external_node_path_.join)(outputDir, 'calibration.md'), summary);
    await io.appendSummary(summary);
    io.info(`calibrate: ${report.recommendation.workers} workers recommended (${report.recommendation.reason})`);
    for (const finding of report.isolationFindings) {
        const per = Object.entries(finding.outcomes)
            .map(([w, o]) => `${w} workers: ${o}`)
            .join(', ');
        io.warning(`outcome depends on the worker count: ${finding.id} (${per})`);
    }
    const record = calibrationMemoryRecord({
        perWorkerBytes: report.memory?.perWorkerBytes,
        counts,
        ooms,
        now: new Date().toISOString(),
    });
    if (record) {
        const suite = selection.shard?.suite ?? settings.suite ?? plan_file/* DEFAULT_SUITE */.TR;
        const kept = await (0,memory_figure/* keepMemoryRecord */.K$)({ io, env, timings: services.timings, suite, record });
        const what = record.source === 'oom'
            ? `OOM-killed at ${record.workers} workers: fewer must run, at least ${(0,byte_size/* formatBytes */.z3)(record.bytesPerWorker)} per worker`
            : `${(0,byte_size/* formatBytes */.z3)(record.bytesPerWorker)} per worker (${report.memory.source})`;
        io.info(`calibrate: ${what}, ${kept}`);
    }
    io.setOutput('recommended-workers', String(report.recommendation.workers));
    io.setOutput('performance-report', reportPath);
    return report;
}


/***/ }),

/***/ 99644:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/** What every run of a step shares, for the run step and calibration alike: where and how the command runs,
 * and that its output is shown as untrusted lines, never obeyed as workflow commands. */
function runContext(preset, outputDir, settings, childEnv, io) {
    return {
        preset,
        outputDir,
        cwd: settings.workingDirectory,
        baseEnv: childEnv,
        timeoutMs: settings.timeoutMs,
        logger: io,
        onLine: (_stream, line) => io.untrusted(line),
    };
}


/***/ }),

/***/ 56683:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M0: () => (/* binding */ selectTests)
/* harmony export */ });
/* unused harmony exports checkRunMatchesPlan, argumentsForItems */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(51455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(32890);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2377);
/* harmony import */ var _frameworks_index_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(80869);
/* harmony import */ var _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4955);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(20156);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(70435);
/* harmony import */ var _plan_index_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(10585);
/* harmony import */ var _platform_confined_path_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(31123);
/* harmony import */ var _plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(94607);








/** Decides what this step runs: its shard of the plan, an explicit file list, or the discovered globs. */
async function selectTests(settings, artifacts, 
/** This workflow run's attempt: the newest plan up to it is the one to run. */
attempt = 1, 
/** Told of each symbolic link that discovering the `tests` globs refused to follow. */
warn) {
    const selection = await selectItems(settings, artifacts, attempt, warn);
    const exact = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkModule */ .p5)(selection.framework).exactSelectionArgs;
    if (exact && selection.files.length > 0) {
        selection.filterArgs.push(...(await exact(selection.files, settings.workingDirectory)));
    }
    return selection;
}
async function selectItems(settings, artifacts, attempt, warn) {
    if (settings.shard !== undefined)
        return selectShard(settings, settings.shard, artifacts, attempt);
    const own = {
        framework: settings.framework ?? (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__/* .frameworkNamed */ .W)(undefined),
        command: settings.command,
        filterArgs: [],
    };
    if (settings.files.length) {
        return { ...own, files: settings.files, source: `${settings.files.length} files (input files)` };
    }
    if (settings.tests.length === 0) {
        return { ...own, files: [], source: 'no tests or files given: the command selects its own tests' };
    }
    if ((0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkModule */ .p5)(own.framework).itemsArePackages) {
        // go test takes package patterns such as ./... — they are not file globs.
        return { ...own, files: settings.tests, source: 'go packages (input tests)' };
    }
    const files = await (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_5__/* .discover */ .k4)({
        tests: settings.tests.join('\n'),
        cwd: settings.workingDirectory,
        workspace: (0,_platform_confined_path_js__WEBPACK_IMPORTED_MODULE_6__/* .workspaceOf */ .B3)(process.env),
        warn,
    });
    return { ...own, files, source: `${files.length} files matched by input tests` };
}
async function selectShard(settings, shard, artifacts, attempt) {
    const plan = await loadPlan(settings, artifacts, attempt);
    if (settings.planHash && settings.planHash !== plan.hash) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`The plan (hash ${plan.hash.slice(0, 12)}…) is not the one the plan job made (input plan-hash ` +
            `${settings.planHash.slice(0, 12)}…). Re-run the whole workflow so every shard uses the same plan.`);
    }
    const suite = settings.suite ?? (plan.suites.length === 1 ? plan.suites[0].name : _plan_index_js__WEBPACK_IMPORTED_MODULE_8__/* .DEFAULT_SUITE */ .TR);
    const items = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_8__/* .itemsForShard */ .Im)(plan, suite, shard);
    const planned = plan.suites.find((s) => s.name === suite);
    checkRunMatchesPlan(settings, { ...planned, suite });
    const total = planned.shards.length;
    const framework = settings.framework ?? (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__/* .frameworkNamed */ .W)(planned.framework);
    const command = settings.command ?? planned.command;
    const root = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_9__/* .commandRoot */ .W)(command, settings.workingDirectory);
    const { files, filterArgs } = argumentsForItems(items, framework, (path) => (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_9__/* .relativeToRoot */ .y)(root, path));
    return {
        framework,
        command,
        suiteWorkers: typeof planned.workers === 'number' ? planned.workers : undefined,
        files,
        filterArgs,
        shard: { index: shard, total, suite },
        source: `shard ${shard}/${total} of suite '${suite}' in plan ${plan.hash.slice(0, 12)}: ${items.length} items`,
        planned: items,
        planHash: plan.hash,
        ...(plan.runSlots !== undefined ? { runSlots: plan.runSlots } : {}),
        ...plannedMemory(planned.memory),
    };
}
function plannedMemory(value) {
    const record = (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_10__/* .validMemoryRecord */ .NH)(value);
    return record ? { plannedMemory: record } : {};
}
/**
 * A shard runs what its plan planned: a framework or command other than the planned suite's would run the
 * plan's files with the wrong tool (jest on .py files). A plan made without a framework (custom) leaves
 * the choice to the run step.
 */
function checkRunMatchesPlan(settings, planned) {
    const where = `shard ${settings.shard} of suite '${planned.suite}'`;
    const plannedFramework = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_4__/* .frameworkNamed */ .W)(planned.framework);
    if (settings.framework !== undefined &&
        plannedFramework !== 'custom' &&
        settings.framework !== plannedFramework) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`Input 'framework' is '${settings.framework}', but the plan made ${where} for '${plannedFramework}'. ` +
            `Use the plan's framework in the run step (or leave the input out), or plan again with '${settings.framework}'.`);
    }
    if (settings.command !== undefined &&
        planned.command !== undefined &&
        settings.command !== planned.command) {
        throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`Input 'command' is ${JSON.stringify(settings.command)}, but the plan made ${where} for ` +
            `${JSON.stringify(planned.command)}. Leave 'command' out to use the plan's, or plan again with this command.`);
    }
}
async function loadPlan(settings, artifacts, attempt) {
    if (settings.planFile)
        return (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_8__/* .readPlan */ .m3)(settings.planFile);
    const dir = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.mkdtemp)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)((0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), 'shardproof-plan-'));
    try {
        const name = await (0,_plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .downloadNewestPlan */ .gp)(artifacts, dir, attempt);
        if (name === undefined) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`No plan for shard ${settings.shard}: there is no '${_plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .PLAN_ARTIFACT */ .dm}' artifact in this workflow run ` +
                `and no plan-file input. Run shardproof/plan in an earlier job (needs: plan), or pass plan-file.`);
        }
        const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readdir)(dir);
        if (!names.includes(_plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .PLAN_FILE_NAME */ .Hx)) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`The '${name}' artifact holds no ${_plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .PLAN_FILE_NAME */ .Hx} (it has: ${names.join(', ')}).`);
        }
        return await (0,_plan_index_js__WEBPACK_IMPORTED_MODULE_8__/* .readPlan */ .m3)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, _plan_artifact_js__WEBPACK_IMPORTED_MODULE_11__/* .PLAN_FILE_NAME */ .Hx));
    }
    finally {
        // The plan is read into memory; its download folder would otherwise pile up on self-hosted runners.
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(dir, { recursive: true, force: true });
    }
}
/**
 * Turns plan items into runner arguments. Whole files pass as they are; pieces of a split file go to the
 * framework's splitArguments (pytest: node ids, and the remainder piece runs the file with the known tests
 * deselected, so tests added since the timings were taken still run exactly once). When a shard holds the
 * remainder and pieces of the same file, the file run covers those pieces.
 */
function argumentsForItems(items, framework, 
/** Paths inside filter arguments, as the framework is given them (files go through the preset's fileArg). */
pathArg = (path) => path) {
    const files = [];
    const filterArgs = [];
    const remainderHere = new Set(items.filter((i) => i.exceptTests !== undefined).map((i) => i.file));
    const piecesHere = new Set(items.flatMap((i) => (i.tests && remainderHere.has(i.file) ? i.tests.map((t) => `${i.file}\0${t}`) : [])));
    const split = (0,_frameworks_index_js__WEBPACK_IMPORTED_MODULE_3__/* .frameworkModule */ .p5)(framework).splitArguments;
    for (const item of items) {
        if (item.tests === undefined && item.exceptTests === undefined) {
            files.push(item.file);
            continue;
        }
        if (split === undefined) {
            throw new _errors_user_error_js__WEBPACK_IMPORTED_MODULE_7__/* .UserError */ .y(`The plan splits ${item.file} into single tests, which framework '${framework}' cannot run ` +
                `alongside whole files; plan without split-slow-files for this suite.`);
        }
        const args = split(item, { remainderHere: remainderHere.has(item.file), piecesHere, pathArg });
        files.push(...args.files);
        filterArgs.push(...args.filterArgs);
    }
    return { files, filterArgs };
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
