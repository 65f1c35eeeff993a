/**
 * Runs a command once, in a fresh process group, and records what happened — never throws for what the
 * command does. The single reusable "run it and measure" step: the run series, reruns and (later)
 * calibration all go through here.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import type { WriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { OutputLog } from './output-log.js';
import { readOomKillCount } from '../capacity/oom-kills.js';
import { openOwnWriteStream } from './own-files.js';
import { listProcessTree, reapedChildrenCpuMs, samplePeakRss } from './process-tree.js';
import { quoted } from '../platform/inert-text.js';
import { displayCommand } from './template.js';

export interface RunOnceOptions {
  argv: string[];
  cwd: string;
  /** The complete environment of the command (callers merge process.env in themselves). */
  env: Record<string, string>;
  timeoutMs?: number;
  /** Time between SIGTERM and SIGKILL, on timeout and for processes left behind. Default 5 s. */
  killGraceMs?: number;
  logPath: string;
  /** Also copy the raw stdout bytes here (go test -json reports on stdout). */
  stdoutTo?: string;
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  /** An `env` line (`NAME=unique-value`) that marks every process of this run, so that processes which
   * left the group and the parent chain can still be found and stopped. */
  marker?: string;
  /** The OOM killer's count for this process's memory cgroup (default: read from the cgroup files). */
  oomKillCount?: () => number | undefined;
}

export interface RunOutcome {
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  wallMs: number;
  /** Peak of the summed RSS of the whole process tree; undefined off Linux or when never sampled. */
  peakRssBytes?: number;
  /** Peak of the summed PSS of the tree (shared pages split between sharers); undefined without smaps_rollup. */
  peakPssBytes?: number;
  /** User + system CPU time of the reaped tree, ms; undefined off Linux. */
  cpuMs?: number;
  /** Killed by SIGKILL (or exit 137 from a wrapper shell) that our timeout did not send, or the cgroup's
   * oom_kill count rose during the run (the OOM killer ended a worker and the command exited otherwise). */
  oomKilled: boolean;
  /** The command could not start (not found, not executable, no such working directory). */
  spawnError?: string;
  /** One sentence for the log and the summary. */
  message: string;
}

const DEFAULT_GRACE_MS = 5_000;
// After the command and its leftovers are signalled, wait at most this long for its pipes to close.
const CLOSE_WAIT_MS = 2_000;

export async function runOnce(opts: RunOnceOptions): Promise<RunOutcome> {
  const log = new OutputLog(opts.logPath, opts.onLine);
  log.note(`$ ${displayCommand(opts.argv)}`);
  log.note(`cwd: ${opts.cwd}`);
  const outcome = await execute(opts, log);
  log.note(describeForLog(outcome));
  const logError = await log.close();
  if (logError) outcome.message += ` (the log ${opts.logPath} is incomplete: ${logError.message})`;
  return outcome;
}

async function execute(opts: RunOnceOptions, log: OutputLog): Promise<RunOutcome> {
  const started = performance.now();
  const cwdProblem = await checkCwd(opts.cwd);
  if (cwdProblem) return spawnFailure(cwdProblem, started);
  if (opts.argv.length === 0) return spawnFailure('the command is empty', started);

  const countOomKills = opts.oomKillCount ?? readOomKillCount;
  const oomBefore = countOomKills();
  const cpuBefore = await reapedChildrenCpuMs();
  let stdoutCopy: WriteStream | undefined;
  try {
    stdoutCopy = opts.stdoutTo ? openOwnWriteStream(opts.stdoutTo) : undefined;
  } catch (error) {
    log.note(`cannot write ${opts.stdoutTo}: ${(error as Error).message}`);
  }
  stdoutCopy?.on('error', (error) => log.note(`cannot write ${opts.stdoutTo}: ${error.message}`));
  const child = spawn(opts.argv[0], opts.argv.slice(1), {
    cwd: opts.cwd,
    env: opts.env,
    detached: true, // a process group of its own: one kill reaches every worker and grandchild
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout.on('data', (chunk: Buffer) => {
    stdoutCopy?.write(chunk);
    log.write('stdout', chunk);
  });
  child.stderr.on('data', (chunk: Buffer) => log.write('stderr', chunk));

  const result = await supervise(child, opts, log);
  const cpuAfter = await reapedChildrenCpuMs();
  await closeStream(stdoutCopy);
  const wallMs = Math.round(result.exitAt - started);
  if (result.spawnError) return spawnFailure(describeSpawnError(result.spawnError, opts.argv[0]), started);
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
    message:
      oomKills > 0 && !(signal === 'SIGKILL' || code === 137)
        ? `${describeExit(code, signal, result.timedOut, false, opts.timeoutMs)}; the out-of-memory killer ` +
          `ended ${oomKills} process(es) in this job's memory cgroup during the run (memory.events oom_kill) — ` +
          `try fewer workers or set memory-per-worker`
        : describeExit(code, signal, result.timedOut, oomKilled, opts.timeoutMs),
  };
}

interface Supervised {
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  exitAt: number;
  peakRssBytes?: number;
  peakPssBytes?: number;
  spawnError?: NodeJS.ErrnoException;
}

function supervise(child: ChildProcess, opts: RunOnceOptions, log: OutputLog): Promise<Supervised> {
  const grace = opts.killGraceMs ?? DEFAULT_GRACE_MS;
  const pgid = child.pid;
  const sampler = pgid !== undefined ? samplePeakRss(pgid, opts.marker) : undefined;
  const timers: NodeJS.Timeout[] = [];
  let timedOut = false;
  let exit: { code: number | null; signal: string | null; at: number } | undefined;

  return new Promise((resolve) => {
    let settled = false;
    const finish = (extra: Partial<Supervised> = {}) => {
      if (settled) return;
      settled = true;
      timers.forEach(clearTimeout);
      const peakRssBytes = sampler?.stop();
      const peakPssBytes = sampler?.peakPss();
      resolve({
        code: exit?.code ?? null,
        signal: exit?.signal ?? null,
        timedOut,
        exitAt: exit?.at ?? performance.now(),
        peakRssBytes,
        peakPssBytes,
        ...extra,
      });
    };
    child.once('error', (error: NodeJS.ErrnoException) => {
      if (child.pid === undefined) finish({ spawnError: error });
    });
    if (pgid === undefined) return; // 'error' follows
    if (opts.timeoutMs !== undefined) {
      timers.push(
        setTimeout(() => {
          if (exit) return; // exited in time; only its pipes are still draining
          timedOut = true;
          log.note(`timeout after ${opts.timeoutMs} ms: sending SIGTERM to the process group`);
          void signalTree(pgid, 'SIGTERM', sampler);
          timers.push(setTimeout(() => void signalTree(pgid, 'SIGKILL', sampler), grace));
        }, opts.timeoutMs),
      );
    }
    child.once('exit', (code, signal) => {
      exit = { code, signal, at: performance.now() };
      sampler?.stop();
      // Processes the command left behind would hold its pipes, ports and files into the next run.
      void reapLeftovers(pgid, grace, log, sampler);
      timers.push(
        setTimeout(() => {
          child.stdout?.destroy();
          child.stderr?.destroy();
          finish();
        }, grace + CLOSE_WAIT_MS),
      );
    });
    child.once('close', () => finish());
  });
}

type Sampler = ReturnType<typeof samplePeakRss> | undefined;

async function reapLeftovers(pgid: number, grace: number, log: OutputLog, sampler: Sampler): Promise<void> {
  const left = new Set([...(await listProcessTree(pgid)), ...((await sampler?.survivors()) ?? [])]);
  if (left.size > 0) log.note(`stopping ${left.size} process(es) the command left running`);
  if (!(await signalTree(pgid, 'SIGTERM', sampler))) return;
  await new Promise((r) => setTimeout(r, Math.min(grace, 1_000)).unref());
  await signalTree(pgid, 'SIGKILL', sampler);
}

/**
 * Signals the group, its descendants that left it, and members seen earlier that have since been orphaned.
 * The tree is listed before the group is signalled: once a parent dies its children are re-parented to init
 * and can no longer be found by parent pid. Returns false when nothing was there.
 */
async function signalTree(pgid: number, signal: NodeJS.Signals, sampler: Sampler): Promise<boolean> {
  const members = new Set([...(await listProcessTree(pgid)), ...((await sampler?.survivors()) ?? [])]);
  let any = trySignal(-pgid, signal);
  for (const pid of members) any = trySignal(pid, signal) || any;
  return any;
}

function trySignal(pid: number, signal: NodeJS.Signals): boolean {
  try {
    process.kill(pid, signal);
    return true;
  } catch {
    return false; // ESRCH: already gone
  }
}

async function checkCwd(cwd: string): Promise<string | undefined> {
  try {
    if (!(await stat(cwd)).isDirectory()) return `the working directory ${quoted(cwd)} is not a directory`;
  } catch {
    return `the working directory ${quoted(cwd)} does not exist`;
  }
  return undefined;
}

function spawnFailure(spawnError: string, started: number): RunOutcome {
  return {
    exitCode: null,
    signal: null,
    timedOut: false,
    wallMs: Math.round(performance.now() - started),
    oomKilled: false,
    spawnError,
    message: `could not start: ${spawnError}`,
  };
}

function describeSpawnError(error: NodeJS.ErrnoException, command: string): string {
  // The command may be a file name from the repository: quoted, it stays on one line.
  if (error.code === 'ENOENT') return `command not found: ${quoted(command)} (is it installed and on PATH?)`;
  if (error.code === 'EACCES') return `${quoted(command)} is not executable (EACCES)`;
  return `${quoted(command)}: ${error.code ?? error.message}`;
}

function describeExit(
  code: number | null,
  signal: string | null,
  timedOut: boolean,
  oomKilled: boolean,
  timeoutMs: number | undefined,
): string {
  if (timedOut) return `timed out after ${timeoutMs} ms; the whole process group was killed`;
  if (oomKilled) {
    return (
      `killed by ${signal ?? 'SIGKILL (exit 137)'} without a timeout — most likely the out-of-memory ` +
      `killer; try fewer workers or set memory-per-worker`
    );
  }
  if (signal) return `killed by ${signal}`;
  return `exited with code ${code}`;
}

function describeForLog(outcome: RunOutcome): string {
  const memory =
    outcome.peakRssBytes !== undefined
      ? `, peak memory ${Math.round(outcome.peakRssBytes / 2 ** 20)} MiB`
      : '';
  return `${outcome.message} (${(outcome.wallMs / 1000).toFixed(1)} s${memory})`;
}

async function closeStream(stream: WriteStream | undefined): Promise<void> {
  if (!stream || stream.closed) return;
  await new Promise<void>((resolve) => {
    stream.once('close', resolve);
    stream.end();
  });
}
