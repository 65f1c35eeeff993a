/**
 * One run of the preset's command with everything around it: the invocation, the environment,
 * a scratch directory, the proof log, and the report(s) it left behind.
 * Shared by the run series and by reruns of failed tests.
 */
import { randomUUID } from 'node:crypto';
import { lstat, rm, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { quoted } from '../platform/inert-text.js';
import { collectReports } from './collect-reports.js';
import { reclaimOutputDir, removePlantedLink } from './own-files.js';
import type { ExecuteLogger } from './logger.js';
import { expandPresetEnv, type Preset } from '../frameworks/index.js';
import { portBlockBase } from './port-block.js';
import { leasePortBlock } from './port-lease.js';
import { shardproofEnv, withScratchDir, type RunPosition } from './run-env.js';
import { runOnce, type RunOutcome } from './run-once.js';
import { buildInvocation, type Invocation } from './template.js';

export interface RunRecord {
  run: number;
  rerun?: number;
  /** `order: shuffle`: the seed this run's test order was shuffled with. */
  seed?: number;
  /** An isolation check's extra run (not one of the stability runs): what it checks. */
  check?: IsolationRunKind;
  argv: string[];
  outcome: RunOutcome;
  /** Report files in the output folder, ready for parseReportFile. */
  reportPaths: string[];
  /** How the user knows each of reportPaths (same order): the path their `results` glob matched, relative
   * to the working directory; the same as the path for a report the preset writes itself. For messages. */
  reportNames?: string[];
  /** What the run did to its output folder (removed it, made it read-only, planted links), when it did:
   * such a run is recorded as failed — its report cannot be trusted — and the folder is repaired. */
  outputProblem?: string;
  /** The command left no report: a recorded outcome (crash, wrong path), not an error. */
  reportMissing: boolean;
  logPath: string;
}

/** What every run of one step shares: the command, where it runs, and how it is watched and logged. */
/** The extra runs of the isolation checks: the one-worker run, a repeat of a run with its seed, a test alone,
 * a victim after part of the tests that ran before it (the polluter bisection). */
export type IsolationRunKind = 'serial' | 'same-seed' | 'alone' | 'bisect';

export interface RunContext {
  preset: Preset;
  outputDir: string;
  cwd: string;
  /** The environment to start from (usually process.env); the SHARDPROOF_* variables are added. */
  baseEnv: Record<string, string>;
  timeoutMs?: number;
  killGraceMs?: number;
  logger: ExecuteLogger;
  onLine?: (stream: 'stdout' | 'stderr', line: string) => void;
  /** Where port-block leases live; default a folder in the system temp dir, shared by the whole host. */
  portLeaseDir?: string;
}

export interface ReportingRunOptions extends RunContext {
  position: RunPosition;
  /** Test files (or go packages, or pytest node ids) for {files}, before the preset's fileArg. */
  files: string[];
  filterArgs?: string[];
  /** `run-3` or `run-3-rerun-1`: names the report (`.xml`/`.json`) and the log (`.log`). */
  baseName: string;
}

export function invocationFor(
  opts: Pick<ReportingRunOptions, 'preset' | 'position' | 'files' | 'filterArgs'> & {
    resultsPath: string;
  },
): Invocation {
  return buildInvocation(opts.preset.command, {
    files: opts.files.map(opts.preset.fileArg),
    workers: opts.position.workers,
    results: opts.resultsPath,
    run: opts.position.run,
    filterArgs: opts.filterArgs,
  });
}

export async function runWithReport(opts: ReportingRunOptions): Promise<RunRecord> {
  const outputDir = resolve(opts.outputDir);
  const resultsPath = join(outputDir, `${opts.baseName}.${opts.preset.reportExtension}`);
  const logPath = join(outputDir, `${opts.baseName}.log`);
  const invocation = invocationFor({ ...opts, resultsPath });
  // A run before this one may have damaged the folder; it gets a clean, real one either way.
  await reclaimOutputDir(outputDir);
  // A report left in a reused output folder must not pass for this run's (rm removes a link, not its target).
  await rm(resultsPath, { force: true });
  await rm(logPath, { force: true });

  const sinceMs = Date.now();
  const { shard, run, runs } = opts.position;
  const lease = await leasePortBlock(portBlockBase(shard, run, runs), opts.portLeaseDir);
  if (lease.warning) opts.logger.warning(lease.warning);
  if (lease.shared)
    opts.logger.warning(`every port block is leased; sharing block ${lease.base} with another run`);
  // Marks every process of this run, so that daemons it starts can be found when it is stopped.
  const runId = randomUUID();
  const outcome = await withScratchDir(
    `shardproof-s${opts.position.shard}-${opts.baseName}`,
    (scratchDir) =>
      runOnce({
        argv: invocation.argv,
        cwd: opts.cwd,
        env: {
          ...opts.baseEnv,
          ...expandPresetEnv(opts.preset.env, {
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
      }),
    (message) => opts.logger.warning(message),
  ).finally(() => lease.release());

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
  for (const refused of collected.refused) opts.logger.warning(`run ${run}: ${refused}`);
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
async function tamperingOf(outputDir: string, ownFiles: string[], logPath: string): Promise<string[]> {
  const problems = await reclaimOutputDir(outputDir);
  if (problems.length === 0 && !(await lstat(logPath).catch(() => undefined))) {
    problems.push(`its log ${quoted(logPath)} was deleted during the run`);
  }
  for (const file of ownFiles) {
    const link = await removePlantedLink(file);
    if (link !== undefined) problems.push(link);
  }
  return problems;
}

/** An empty file is no report: go test -json output captured from a command that never started. */
async function hasContent(path: string): Promise<boolean> {
  const info = await stat(path).catch(() => undefined);
  return info !== undefined && info.size > 0;
}
