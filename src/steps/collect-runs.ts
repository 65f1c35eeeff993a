/**
 * What the run step keeps of each run while the series goes on: the parsed results, reruns of the failed
 * tests, the counts line appended to the run's log, and the manifest's per-run exits.
 */
import { appendClosingLine } from '../execute/closing-line.js';
import { readOutputHead } from '../execute/log-head.js';
import { rerunFailedTests } from '../execute/reruns.js';
import type { RunContext, RunRecord as ExecutedRun } from '../execute/run-with-report.js';
import type { RunSettings } from '../inputs/run-settings.js';
import type { ActionIO } from '../platform/types.js';
import { manifestRun, type ManifestRun } from '../proof/manifest.js';
import { frameworkModule } from '../frameworks/index.js';
import {
  loadErrorsCleared,
  numberRunResults,
  parseReports,
  rebaseRun,
  type FileTime,
  type TestResult,
} from '../results/index.js';
import { countRun } from '../verdict/count-run.js';
import { isFailure } from '../verdict/results-by-id.js';
import type { RunRecord } from '../verdict/run-record.js';

export interface RunPosition {
  workers: number;
  /** Runs of the whole stability check (all run slots). */
  runs: number;
  shard?: { index: number; total: number };
}

export class RunCollector {
  readonly records: RunRecord[] = [];
  readonly manifestRuns: ManifestRun[] = [];
  /** Per run, the files' own measured times where the reports give them (records.jsonl `file` lines). */
  readonly fileTimes = new Map<number, FileTime[]>();
  /** The first run's argv: the command the summary and manifest show. */
  firstArgv: string[] = [];

  constructor(
    private readonly context: RunContext,
    private readonly position: RunPosition,
    private readonly settings: RunSettings,
    private readonly io: ActionIO,
    /** The files the run was given: report paths relative to the framework's own root map back to them. */
    private readonly givenFiles: readonly string[] = [],
  ) {}

  async collect(executed: ExecutedRun): Promise<void> {
    if (this.firstArgv.length === 0) this.firstArgv = executed.argv;
    const { tests, unreadable, fileTimes } = await this.parse(executed, this.givenFiles);
    if (fileTimes.length > 0) this.fileTimes.set(executed.run, fileTimes);
    const reruns = await this.rerunFailures(executed, tests);
    const counts = countRun(
      tests,
      reruns.map((r) => r.tests),
    );
    await appendClosingLine(executed.logPath, counts);
    this.manifestRuns.push(manifestRun(executed, counts), ...reruns.map((r) => manifestRun(r.executed)));
    this.records.push({
      run: executed.run,
      exitCode: executed.outcome.exitCode,
      signal: executed.outcome.signal,
      timedOut: executed.outcome.timedOut,
      startError: executed.outcome.spawnError,
      ...(executed.outputProblem !== undefined ? { outputProblem: executed.outputProblem } : {}),
      oomKilled: executed.outcome.oomKilled,
      // A report that exists but cannot be read is no evidence of a clean run.
      reportMissing: executed.reportMissing || unreadable.length === executed.reportPaths.length,
      unreadableReports: unreadable,
      ...(await this.stopReason(executed, tests)),
      wallMs: executed.outcome.wallMs,
      peakRssBytes: executed.outcome.peakRssBytes,
      tests,
      reruns: reruns.map((r) => r.tests),
    });
  }

  private async parse(
    executed: ExecutedRun,
    givenFiles: readonly string[],
  ): Promise<{ tests: TestResult[]; unreadable: string[]; fileTimes: FileTime[] }> {
    // Messages name a collected report as the user knows it (reports/x.xml), not as shardproof's copy.
    const files = executed.reportPaths.map((path, i) => ({ path, name: executed.reportNames?.[i] ?? path }));
    const parsed = await parseReports(files, { rootDir: this.settings.workingDirectory });
    const fileSeconds: Record<string, number> = {};
    for (const report of parsed.reports) {
      for (const w of report.warnings) this.io.debug(`${report.source}: ${w}`);
      for (const { file, seconds } of report.fileTimes ?? [])
        fileSeconds[file] = (fileSeconds[file] ?? 0) + seconds;
    }
    // Paths relative to the framework's own root (playwright testDir) map back to the files the run was given.
    const rebased = rebaseRun(
      parsed.reports.flatMap((report) => report.tests),
      givenFiles,
      fileSeconds,
    );
    return {
      tests: numberRunResults(rebased.tests, frameworkModule(this.context.preset.framework).isLoadError),
      unreadable: parsed.errors.map((error) => error.message),
      fileTimes: Object.entries(rebased.fileSeconds).map(([file, seconds]) => ({ file, seconds })),
    };
  }

  /** Why the framework stopped, for a run that failed with no failing test (its module reads the output). */
  private async stopReason(executed: ExecutedRun, tests: TestResult[]): Promise<{ stopReason?: string }> {
    const read = frameworkModule(this.context.preset.framework).stopReason;
    const { exitCode, timedOut } = executed.outcome;
    if (read === undefined || !exitCode || timedOut || tests.some(isFailure)) return {};
    const reason = read(await readOutputHead(executed.logPath));
    return reason === undefined ? {} : { stopReason: reason.slice(0, 500) };
  }

  private async rerunFailures(executed: ExecutedRun, tests: TestResult[]): Promise<RerunResult[]> {
    const failed = tests.filter(isFailure);
    if (this.settings.rerunFailed === 0 || failed.length === 0) return [];
    const results: RerunResult[] = [];
    await rerunFailedTests({
      ...this.context,
      ...this.position,
      failed,
      rerunFailed: this.settings.rerunFailed,
      run: executed.run,
      stillFailing: async (record) => {
        const wanted = new Set(record.tests.map((t) => t.id));
        const parsed = await this.parse(
          record,
          record.tests.flatMap((t) => t.file ?? []),
        );
        // A file that failed to load and loads in the rerun has no load error there, but its tests.
        const rerun = [
          ...parsed.tests.filter((t) => wanted.has(t.id)),
          ...loadErrorsCleared(record.tests, parsed.tests),
        ];
        results.push({ executed: record, tests: rerun });
        const passed = new Set(rerun.filter((t) => !isFailure(t)).map((t) => t.id));
        return record.tests.filter((t) => !passed.has(t.id));
      },
    });
    return results;
  }
}

interface RerunResult {
  executed: ExecutedRun;
  /** Only the results of the tests the rerun targeted: filters may select more than asked. */
  tests: TestResult[];
}
