import type { IsolationCause } from './isolation.js';
import type { RunRecord } from './run-record.js';

/**
 * What a test is across all runs of a stability check.
 * - `passed`: passed at least once and never failed (runs where it was skipped or absent do not count).
 * - `failed`: failed or errored every time it ran, reruns included; it never passed.
 * - `flaky`: at least one pass and at least one failure across runs, reruns and framework retries.
 * - `skipped`: skipped every time it appeared.
 * - `file-error`: not a test but a file that failed to load in a run (its tests did not run there).
 * The class says what happened; why (parallel-dependent, order-dependent, non-deterministic) is the
 * separate `cause` the isolation checks add. Consumers must handle classes they do not know, e.g. by
 * treating them like `flaky`.
 */
export type TestClass = 'passed' | 'failed' | 'flaky' | 'skipped' | 'file-error';

export interface TestVerdict {
  id: string;
  name: string;
  file?: string;
  suite?: string;
  line?: number;
  class: TestClass;
  /** The id as the framework's users write it (pytest node id, `file > describe > test`); set by the run step. */
  displayId?: string;
  /** One cell per run, in run order; notation in outcome-pattern.ts (e.g. `✓✗↻✓✓`). */
  pattern: string;
  /** Runs in which the test failed at least once: main result, a rerun or a framework retry. */
  runsFailed: number;
  /** Runs in which the test passed at least once (main result or a rerun). */
  runsPassed: number;
  /** Runs whose report has the test (main results only). */
  runsPresent: number;
  /** Runs that produced a report without this test; runs with no report at all are not counted. */
  missingRuns: number;
  /** Every failing observation: failed/errored results, reruns included, plus framework retries. */
  failures: number;
  /** First line of the first failure's message, when any. */
  message?: string;
  /** Longer text of the first failure (stack), when any. */
  details?: string;
  /** Median of the main-run durations where the test was present, in seconds (0 when unknown). */
  medianDurationSec: number;
  /** Why it failed, when the isolation checks (`isolation: serial`, `order: shuffle`) found out. */
  cause?: IsolationCause;
}

/** Exclusive counts for one run: each test of the run is in exactly one bucket. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  /** Passed only after a framework retry, or failed and then passed in one of the run's reruns. */
  flaky: number;
  /** Files that failed to load (not tests, so in no other bucket); present only when there are any. */
  fileErrors?: number;
}

export interface VerdictCounts {
  passed: number;
  failed: number;
  flaky: number;
  skipped: number;
  /** Tests only: files that failed to load are counted in fileErrors, never here. */
  total: number;
  /** Files that failed to load in some run: their tests did not run there. */
  fileErrors: number;
}

/** A run as the summary shows it: the record without its results, plus its counts. */
export type RunOverview = Omit<RunRecord, 'tests' | 'reruns'> & { counts: RunCounts; reruns: number };

/** A run whose command itself went wrong (crash, timeout, OOM, no report): fails the step. */
export interface RunFailure {
  run: number;
  message: string;
}

/** An extra run of the isolation checks: listed apart from the stability runs and counted in no total. */
export interface IsolationRun {
  /** Its log and report base name: `run-serial`, `run-2-same-seed-1`, `run-2-alone-1`, `run-2-bisect-1-3`. */
  name: string;
  check: 'serial' | 'same-seed' | 'alone' | 'bisect';
  workers: number;
  seed?: number;
  exitCode: number | null;
  wallMs: number;
  reportMissing: boolean;
}

export interface Verdict {
  runs: RunOverview[];
  /** Present when isolation checks ran (`isolation: serial`, `order: shuffle`). */
  isolationRuns?: IsolationRun[];
  /** Runs that produced a report: the N behind every confidence statement. */
  runsWithReport: number;
  /** Sorted by id. */
  tests: TestVerdict[];
  counts: VerdictCounts;
  runFailures: RunFailure[];
}
