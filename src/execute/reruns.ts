/**
 * Reruns of only the tests that failed in run k (`rerun-failed: n`), each a fresh process through the
 * same path as a normal run, with results in `run-k-rerun-j.<ext>` and logs in `run-k-rerun-j.log`.
 */
import type { TestResult } from '../results/model.js';
import { frameworkModule } from '../frameworks/index.js';
import { invocationFor, runWithReport, type RunContext, type RunRecord } from './run-with-report.js';

export interface RerunRecord extends RunRecord {
  rerun: number;
  /** The failed tests this rerun selected. */
  tests: TestResult[];
}

export interface RerunOptions extends RunContext {
  /** Failed tests of run `run`. */
  failed: TestResult[];
  /** How many reruns at most. */
  rerunFailed: number;
  run: number;
  runs: number;
  workers: number;
  shard?: { index: number; total: number };
  /**
   * Given a rerun's record, which of its tests still fail (the caller parses the report).
   * Without it every rerun repeats the full set of failed tests; with it reruns stop once all pass.
   */
  stillFailing?: (record: RerunRecord) => Promise<TestResult[]>;
}

export async function rerunFailedTests(opts: RerunOptions): Promise<RerunRecord[]> {
  const shard = opts.shard ?? { index: 1, total: 1 };
  const records: RerunRecord[] = [];
  let targets = opts.failed;
  for (let rerun = 1; rerun <= opts.rerunFailed && targets.length > 0; rerun++) {
    const selection = frameworkModule(opts.preset.framework).rerunSelection(targets);
    if (selection.unselectable.length > 0) {
      // One line for all of them: a warning per test would use up the step's annotations.
      const [first] = selection.unselectable;
      const others = selection.unselectable.length - 1;
      const who =
        others > 0 ? `${first.test.id} and ${others} more tests on their own` : `${first.test.id} on its own`;
      opts.logger.warning(`cannot rerun ${who}: ${first.reason}`);
    }
    const unselectable = new Set(selection.unselectable.map((u) => u.test));
    targets = targets.filter((t) => !unselectable.has(t));
    if (targets.length === 0) break;

    const position = {
      run: opts.run,
      runs: opts.runs,
      shard: shard.index,
      shardTotal: shard.total,
      workers: opts.workers,
      rerun,
    };
    const probe = invocationFor({ ...opts, position, files: selection.files, resultsPath: '' });
    if (!probe.usesFiles) {
      opts.logger.warning(
        'cannot rerun only the failed tests: the command has no {files} to put the selection in',
      );
      break;
    }
    opts.logger.startGroup(
      `Run ${opts.run}, rerun ${rerun}/${opts.rerunFailed}: ${targets.length} failed test(s)`,
    );
    let record: RerunRecord;
    try {
      const base = await runWithReport({
        ...opts,
        position,
        files: selection.files,
        filterArgs: selection.filterArgs,
        baseName: `run-${opts.run}-rerun-${rerun}`,
      });
      record = { ...base, rerun, tests: targets };
      opts.logger.info(`rerun ${rerun}: ${record.outcome.message}`);
      if (record.reportMissing) opts.logger.warning(`rerun ${rerun} of run ${opts.run} left no test report`);
    } finally {
      opts.logger.endGroup();
    }
    records.push(record);
    if (opts.stillFailing) targets = await opts.stillFailing(record);
  }
  return records;
}
