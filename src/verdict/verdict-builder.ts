import type { TestResult } from '../results/model.js';
import { PATTERN_SYMBOLS } from './outcome-pattern.js';
import { runFailures } from './run-failures.js';
import type { RunRecord } from './run-record.js';
import { ABSENT, OUTCOME_OF_CODE, outcomeCode, TestTable, type RunColumn } from './test-table.js';
import { FailureTexts } from './failure-texts.js';
import { NotableTests, type NotableOptions } from './notable-tests.js';
import type { RunCounts, TestClass, TestVerdict, Verdict } from './verdict.js';

/**
 * Classification for suites of any size: results are added one at a time as the parser emits them (its
 * `onTest`), stored in a TestTable, and verdicts are built one test at a time when asked for. Memory is a
 * few dozen bytes per test plus its name, instead of a TestResult per test per run and a TestVerdict per test.
 * Gives the same verdicts as classifyRuns (tested side by side).
 */

/** `tests` holds the notable tests only; every test, in id order, comes from eachTest(), one at a time. */
export interface CompactVerdict extends Verdict {
  eachTest(): Iterable<TestVerdict>;
}

/** Every test of a verdict: eachTest() when it is compact, else its tests. For results.json and records.jsonl. */
export function everyTest(verdict: Verdict): Iterable<TestVerdict> {
  return 'eachTest' in verdict ? (verdict as CompactVerdict).eachTest() : verdict.tests;
}

interface RowStats {
  passes: number;
  failures: number;
  runsFailed: number;
  runsPassed: number;
  runsPresent: number;
  missingRuns: number;
  pattern: string;
  failed: boolean;
  medianDurationSec: number;
}

export interface BuilderOptions extends NotableOptions {
  /** Failing tests whose `details` (stack, output) are kept; later ones keep their message only. */
  maxDetailedFailures?: number;
}

interface RerunResult {
  rerun: number;
  code: number;
  /** Any result of this rerun passed (countRun counts a duplicate's pass before merging). */
  anyPassed: boolean;
  retries: number;
}

export type RunOutline = Omit<RunRecord, 'tests' | 'reruns'>;

export class VerdictBuilder {
  private readonly table = new TestTable();
  private readonly records: RunOutline[] = [];
  private readonly reruns = new Map<number, Map<number, RerunResult[]>>();
  private readonly rerunCounts: number[] = [];
  private current?: RunColumn;
  private order?: Uint32Array;
  private readonly rerunIdentity = new Map<number, { run: number; rerun: number; code: number }>();
  /** Rows whose identity is a file that failed to load (numberRunResults' entries), not a test. */
  private readonly fileErrors = new Set<number>();
  private readonly texts: FailureTexts;

  constructor(private readonly options: BuilderOptions = {}) {
    this.texts = new FailureTexts(options.maxDetailedFailures ?? DEFAULT_DETAILED_FAILURES);
  }

  /** Starts the next run (runs are added in run order). */
  startRun(): void {
    this.current = this.table.addRun();
    this.rerunCounts.push(0);
  }

  /** A main result of the current run; a second result with the same id merges (worst outcome, durations add).
   * Returns the test's row (stable for the builder's life: the report keys per-test facts by it). */
  add(result: TestResult): number {
    const run = this.current!;
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
      run.retries.set(row, (run.retries.get(row) ?? 0) + result.retriedFailures!);
    return row;
  }

  /** Results of the current run's `rerun`-th rerun of its failed tests (1-based, in order). */
  addRerun(rerun: number, result: TestResult): number {
    const runIndex = this.table.runs.length - 1;
    this.rerunCounts[runIndex] = Math.max(this.rerunCounts[runIndex], rerun);
    const row = this.table.rowOf(result);
    let byRun = this.reruns.get(row);
    if (byRun === undefined) this.reruns.set(row, (byRun = new Map()));
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
    if (
      from === -1 ||
      (from === -2 &&
        first?.run === runIndex &&
        (rerun < first.rerun || (first.rerun === rerun && entry.code > first.code)))
    ) {
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
    } else list.splice(same === undefined ? 0 : list.indexOf(same) + 1, 0, entry);
    this.texts.addRerun(row, rerun, entry.code, result, this.table.runs[runIndex]);
    return row;
  }

  /** Whether the current run already has a main result with this result's id (for numbering duplicates). */
  seenInRun(result: TestResult): boolean {
    // The row first: adding it may grow the table, which replaces the run's arrays.
    const row = this.table.rowOf(result);
    return this.current!.codes[row] !== ABSENT;
  }

  private markFileError(row: number, result: TestResult): void {
    if (result.fileError) this.fileErrors.add(row);
    else this.fileErrors.delete(row);
  }

  /** Exclusive counts of a run (default: the current one), as countRun gives them (the log's closing line). */
  runCounts(runIndex = this.table.runs.length - 1): RunCounts {
    const run = this.table.runs[runIndex];
    const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
    for (let row = 0; row < this.table.size; row++) {
      const code = run.codes[row];
      if (code === ABSENT) continue;
      const outcome = OUTCOME_OF_CODE[code];
      if (this.fileErrors.has(row)) counts.fileErrors = (counts.fileErrors ?? 0) + 1;
      else if (outcome === 'failed' || outcome === 'error') {
        const passedLater = this.reruns
          .get(row)
          ?.get(runIndex)
          ?.some((r) => r.anyPassed);
        if (passedLater) counts.flaky++;
        else counts.failed++;
      } else if (outcome === 'passed') {
        if ((run.retries.get(row) ?? 0) > 0) counts.flaky++;
        else counts.passed++;
      } else counts.skipped++;
    }
    return counts;
  }

  /** The current run's failed and errored tests (merged main results), for rerunning them. */
  failedInRun(): TestResult[] {
    const run = this.table.runs[this.table.runs.length - 1];
    const failed: TestResult[] = [];
    for (let row = 0; row < this.table.size; row++) {
      const outcome = OUTCOME_OF_CODE[run.codes[row]];
      if (outcome !== 'failed' && outcome !== 'error') continue;
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
  endRun(outline: RunOutline, reruns?: number): void {
    const runIndex = this.table.runs.length - 1;
    if (reruns !== undefined) this.rerunCounts[runIndex] = reruns;
    this.texts.endRun(this.table.runs[runIndex]);
    this.records.push(outline);
    this.current = undefined;
  }

  finish(): CompactVerdict {
    const notable = new NotableTests(this.options);
    const tests: TestVerdict[] = [];
    const counts = { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0, fileErrors: 0 };
    // Counting needs only numbers: a verdict object (id, pattern) is built for the notable tests alone.
    for (const row of this.rowsById()) {
      const stats = this.statsOf(row, false);
      const cls = this.fileErrors.has(row) ? 'file-error' : classOf(stats);
      if (cls === 'file-error') counts.fileErrors++;
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
      runFailures: runFailures(withTests),
      eachTest: () => this.eachTest(),
    };
  }

  *eachTest(): Generator<TestVerdict> {
    for (const row of this.rowsById()) yield this.verdictOf(row);
  }

  /** Sorted once, after the last run (sorting 2,000,000 rows takes seconds). */
  private rowsById(): Uint32Array {
    if (this.order === undefined || this.order.length !== this.table.size)
      this.order = this.table.sortedRows();
    return this.order;
  }

  /** The numbers of a row's verdict, and its pattern when asked for (building strings costs memory). */
  private statsOf(row: number, withPattern: boolean): RowStats {
    const t = this.table;
    const stats: RowStats = {
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
    const durations: number[] = [];
    this.records.forEach((record, index) => {
      const run = t.runs[index];
      const code = run.codes[row];
      const retries = code === ABSENT ? 0 : (run.retries.get(row) ?? 0);
      const reruns = this.reruns.get(row)?.get(index) ?? [];
      if (withPattern) {
        stats.pattern += code === ABSENT ? PATTERN_SYMBOLS.absent : symbol(code, retries);
        for (const r of reruns) stats.pattern += PATTERN_SYMBOLS.rerun + symbol(r.code, r.retries);
      }
      if (code === ABSENT) {
        if (!record.reportMissing) stats.missingRuns++;
      } else {
        stats.runsPresent++;
        durations.push(run.durations[row]);
      }
      let failedHere = false;
      let passedHere = false;
      const results = code === ABSENT ? reruns : [{ code, retries }, ...reruns];
      for (const r of results) {
        const isFailed = r.code >= outcomeCode('failed');
        stats.failures += r.retries + (isFailed ? 1 : 0);
        if (isFailed) stats.failed = true;
        if (isFailed || r.retries > 0) failedHere = true;
        if (r.code === outcomeCode('passed')) {
          stats.passes++;
          passedHere = true;
        }
      }
      if (failedHere) stats.runsFailed++;
      if (passedHere) stats.runsPassed++;
    });
    // Durations are stored as float32; reports give them to the microsecond at most.
    stats.medianDurationSec = Math.round(median(durations) * 1e6) / 1e6;
    return stats;
  }

  private verdictOf(row: number): TestVerdict {
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
  private sampleTests(index: number): TestResult[] {
    const run = this.table.runs[index];
    const sample: TestResult[] = [];
    for (let row = 0; row < this.table.size && sample.length < 2; row++) {
      const outcome = OUTCOME_OF_CODE[run.codes[row]];
      if (outcome === undefined) continue;
      const failedTest = outcome === 'failed' || outcome === 'error';
      if (sample.length === 0 || failedTest) sample.push({ id: '', name: '', outcome, duration: 0 });
      if (failedTest) break;
    }
    return sample;
  }
}

const DEFAULT_DETAILED_FAILURES = 1000;

function classOf(s: RowStats): Exclude<TestClass, 'file-error'> {
  if (s.passes > 0 && s.failures > 0) return 'flaky';
  if (s.failures > 0) return 'failed';
  return s.passes > 0 ? 'passed' : 'skipped';
}

function symbol(code: number, retries: number): string {
  const outcome = OUTCOME_OF_CODE[code];
  if (outcome === 'passed') return retries > 0 ? PATTERN_SYMBOLS.retriedPass : PATTERN_SYMBOLS.passed;
  if (outcome === 'skipped') return PATTERN_SYMBOLS.skipped;
  return PATTERN_SYMBOLS.failed;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
