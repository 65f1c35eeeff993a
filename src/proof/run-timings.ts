/**
 * timings.json of a proof folder, gathered while results stream past: each run's results go through
 * recordRun (the timing-history format) when the run ends. A run keeps per-test entries for up to
 * MAX_TIMED_TESTS tests; a larger run records its files' times only (the sum of each file's tests, or the
 * file's own time where the report gives it), so memory does not grow with the suite. The report job builds
 * the history the next plan reads from records.jsonl, which always holds every test; this file is for
 * people and other tools.
 */
import { emptyHistory, recordRun, serializeHistory, type TimingHistory } from '../plan/index.js';
import type { FileTime, TestResult } from '../results/model.js';

export const MAX_TIMED_TESTS = 50_000;

/**
 * One run's durations for the timing history, bounded: each test's (what recordRun reads of it) up to
 * `maxTests` tests, and past that only the sum of each file's tests.
 */
export class RunTimeSums {
  private tests: TestResult[] = [];
  /** The run's valid durations summed per file (or suite, as recordRun keys a result without a file). */
  private readonly fileSums = new Map<string, number>();
  private tooMany = false;

  constructor(private readonly maxTests = MAX_TIMED_TESTS) {}

  add(test: TestResult): void {
    const { duration } = test;
    if (!(Number.isFinite(duration) && duration >= 0)) return;
    const key = test.file ?? test.suite ?? '';
    this.fileSums.set(key, (this.fileSums.get(key) ?? 0) + duration);
    if (this.tooMany) return;
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
  take(): { results: TestResult[]; perTest: boolean } {
    const perTest = !this.tooMany;
    const results = perTest
      ? this.tests
      : [...this.fileSums].map(([file, duration]): TestResult => ({
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

export class RunTimings {
  private history: TimingHistory = emptyHistory();
  private readonly sums: RunTimeSums;

  constructor(maxTests = MAX_TIMED_TESTS) {
    this.sums = new RunTimeSums(maxTests);
  }

  add(test: TestResult): void {
    this.sums.add(test);
  }

  endRun(fileTimes: readonly FileTime[], now: string): void {
    const { results, perTest } = this.sums.take();
    this.history = recordRun(this.history, results, {
      now,
      tests: perTest,
      fileSeconds: new Map(fileTimes.map((t) => [t.file, t.seconds])),
    });
  }

  serialize(): string {
    return serializeHistory(this.history);
  }
}
