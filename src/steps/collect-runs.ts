/**
 * What the run step keeps of each run while the series goes on. Results stream from the parser into the
 * verdict builder (a few dozen bytes a test), records.jsonl and the timings, so a run of 2,000,000 tests is
 * never held as 2,000,000 objects; reruns of the failed tests, the counts line appended to the run's log and
 * the manifest's per-run exits come along.
 */
import { appendClosingLine } from '../execute/closing-line.js';
import { readOutputHead } from '../execute/log-head.js';
import { rerunFailedTests } from '../execute/reruns.js';
import type { RunContext, RunRecord as ExecutedRun } from '../execute/run-with-report.js';
import type { RunSettings } from '../inputs/run-settings.js';
import type { ActionIO } from '../platform/types.js';
import { manifestRun, type ManifestRun } from '../proof/manifest.js';
import { RecordsSpool } from '../proof/records-spool.js';
import { RunTimings } from '../proof/run-timings.js';
import type { StreamedRuns } from '../proof/write-proof.js';
import { frameworkModule } from '../frameworks/index.js';
import {
  loadErrorsCleared,
  numberRunResults,
  parseReports,
  rebaseRun,
  type FileTime,
  type ParseReportsResult,
  type TestResult,
} from '../results/index.js';
import { isFailure } from '../verdict/results-by-id.js';
import { VerdictBuilder, type CompactVerdict, type RunOutline } from '../verdict/verdict-builder.js';
import { RunResultsStream } from './run-results-stream.js';

export interface RunPosition {
  workers: number;
  /** Runs of the whole stability check (all run slots). */
  runs: number;
  shard?: { index: number; total: number };
}

export class RunCollector implements StreamedRuns {
  readonly manifestRuns: ManifestRun[] = [];
  /** Per run, the files' own measured times where the reports give them (records.jsonl `file` lines). */
  readonly fileTimes = new Map<number, FileTime[]>();
  /** The first run's argv: the command the summary and manifest show. */
  firstArgv: string[] = [];
  private readonly builder = new VerdictBuilder();
  private readonly timings = new RunTimings();
  private spool?: Promise<RecordsSpool>;

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
    const spool = await this.spooled();
    const run = executed.run;
    this.builder.startRun();
    await spool.startRun(run);
    // The failed tests, for reruns: only what a rerun selection reads, not their failure texts.
    const failed: TestResult[] = [];
    let anyFailure = false;
    let read = 0;
    const stream = new RunResultsStream(
      this.givenFiles,
      {
        seen: (test) => this.builder.seenInRun(test),
        emit: (test) => {
          read++;
          this.builder.add(test);
          spool.test(test);
          this.timings.add(test);
          if (!isFailure(test)) return;
          anyFailure = true;
          if (this.settings.rerunFailed > 0) failed.push(withoutTexts(test));
        },
      },
      frameworkModule(this.context.preset.framework).isLoadError,
    );
    const parsed = await this.parseReports(executed, {
      onTest: (test) => stream.add(test),
      afterChunk: () => spool.drained(),
    });
    const fileTimes = Object.entries(stream.end(fileSecondsOf(parsed))).map(([file, seconds]) => ({
      file,
      seconds,
    }));
    if (fileTimes.length > 0) this.fileTimes.set(run, fileTimes);
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
    const outline: RunOutline = {
      run,
      exitCode: executed.outcome.exitCode,
      signal: executed.outcome.signal,
      timedOut: executed.outcome.timedOut,
      startError: executed.outcome.spawnError,
      ...(executed.outputProblem !== undefined ? { outputProblem: executed.outputProblem } : {}),
      oomKilled: executed.outcome.oomKilled,
      // A report that exists but cannot be read is no evidence of a clean run. One refused part-way keeps the
      // results read before (they have gone on to the verdict): the run is then marked incomplete instead.
      reportMissing:
        executed.reportMissing || (unreadable.length === executed.reportPaths.length && read === 0),
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
  verdict(): CompactVerdict {
    return this.builder.finish();
  }

  async writeRecords(path: string): Promise<void> {
    await (await this.spooled()).copyTo(path);
  }

  timingsJson(): string {
    return this.timings.serialize();
  }

  /** Removes the temporary copy of records.jsonl; the proof folder's own copy stays. */
  async dispose(): Promise<void> {
    if (this.spool) await (await this.spool).dispose();
  }

  private spooled(): Promise<RecordsSpool> {
    return (this.spool ??= RecordsSpool.open());
  }

  /** Why the framework stopped, for a run that failed with no failing test (its module reads the output). */
  private async stopReason(executed: ExecutedRun, anyFailure: boolean): Promise<{ stopReason?: string }> {
    const read = frameworkModule(this.context.preset.framework).stopReason;
    const { exitCode, timedOut } = executed.outcome;
    if (read === undefined || !exitCode || timedOut || anyFailure) return {};
    const reason = read(await readOutputHead(executed.logPath));
    return reason === undefined ? {} : { stopReason: reason.slice(0, 500) };
  }

  private async parseReports(
    executed: ExecutedRun,
    options: Parameters<typeof parseReports>[1] = {},
  ): Promise<ParseReportsResult> {
    // Messages name a collected report as the user knows it (reports/x.xml), not as shardproof's copy.
    const files = executed.reportPaths.map((path, i) => ({ path, name: executed.reportNames?.[i] ?? path }));
    const parsed = await parseReports(files, { ...options, rootDir: this.settings.workingDirectory });
    for (const report of parsed.reports) {
      for (const w of report.warnings) this.io.debug(`${report.source}: ${w}`);
    }
    return parsed;
  }

  /** A run's results, whole, as the verdict sees them: the isolation checks read their runs with it (they keep
   * only what they compare, never the run's texts). */
  async parseRun(executed: ExecutedRun, givenFiles: readonly string[]): Promise<TestResult[]> {
    return this.parseRerun(executed, givenFiles);
  }

  /** A rerun's results, whole: a rerun runs only the failed tests. */
  private async parseRerun(executed: ExecutedRun, givenFiles: readonly string[]): Promise<TestResult[]> {
    const parsed = await this.parseReports(executed);
    const rebased = rebaseRun(
      parsed.reports.flatMap((report) => report.tests),
      givenFiles,
    );
    return numberRunResults(rebased.tests, frameworkModule(this.context.preset.framework).isLoadError);
  }

  private async rerunFailures(executed: ExecutedRun, failed: TestResult[]): Promise<RerunResult[]> {
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
        const parsed = await this.parseRerun(
          record,
          record.tests.flatMap((t) => t.file ?? []),
        );
        // A file that failed to load and loads in the rerun has no load error there, but its tests.
        const rerun = [...parsed.filter((t) => wanted.has(t.id)), ...loadErrorsCleared(record.tests, parsed)];
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

function fileSecondsOf(parsed: ParseReportsResult): Record<string, number> {
  const seconds: Record<string, number> = {};
  for (const report of parsed.reports) {
    for (const { file, seconds: s } of report.fileTimes ?? []) seconds[file] = (seconds[file] ?? 0) + s;
  }
  return seconds;
}

function withoutTexts(test: TestResult): TestResult {
  const { message: _message, details: _details, ...rest } = test;
  return rest;
}
