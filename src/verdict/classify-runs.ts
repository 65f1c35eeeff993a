import type { TestResult } from '../results/model.js';
import type { RunRecord } from './run-record.js';
import type { RunOverview, TestClass, TestVerdict, Verdict } from './verdict.js';
import { countRun, countVerdicts } from './count-run.js';
import { runCell } from './outcome-pattern.js';
import { isFailure, resultsById } from './results-by-id.js';
import { runFailures } from './run-failures.js';

/** Everything seen of one test id, indexed by position in run order. */
interface Sightings {
  main: Array<TestResult | undefined>;
  reruns: TestResult[][];
}

function sightingsById(records: readonly RunRecord[]): Map<string, Sightings> {
  const byId = new Map<string, Sightings>();
  const sightings = (id: string): Sightings => {
    let found = byId.get(id);
    if (found === undefined) {
      found = { main: new Array(records.length).fill(undefined), reruns: records.map(() => []) };
      byId.set(id, found);
    }
    return found;
  };
  records.forEach((record, index) => {
    for (const result of resultsById(record.tests).values()) sightings(result.id).main[index] = result;
    for (const rerun of record.reruns ?? []) {
      for (const result of resultsById(rerun).values()) sightings(result.id).reruns[index].push(result);
    }
  });
  return byId;
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function classOf(passes: number, failures: number): TestClass {
  if (passes > 0 && failures > 0) return 'flaky';
  if (failures > 0) return 'failed';
  if (passes > 0) return 'passed';
  return 'skipped';
}

function testVerdict(id: string, seen: Sightings, records: readonly RunRecord[]): TestVerdict {
  let passes = 0;
  let failures = 0;
  let runsFailed = 0;
  let runsPassed = 0;
  let runsPresent = 0;
  let missingRuns = 0;
  let pattern = '';
  let firstFailure: TestResult | undefined;
  const durations: number[] = [];
  records.forEach((record, index) => {
    const main = seen.main[index];
    const reruns = seen.reruns[index];
    pattern += runCell(main, reruns);
    if (main === undefined) {
      if (!record.reportMissing) missingRuns++;
    } else {
      runsPresent++;
      durations.push(main.duration);
    }
    let failedHere = false;
    let passedHere = false;
    for (const result of main === undefined ? reruns : [main, ...reruns]) {
      const retried = result.retriedFailures ?? 0;
      const failed = isFailure(result);
      failures += retried + (failed ? 1 : 0);
      if (failed) firstFailure ??= result;
      if (failed || retried > 0) failedHere = true;
      if (result.outcome === 'passed') {
        passes++;
        passedHere = true;
      }
    }
    if (failedHere) runsFailed++;
    if (passedHere) runsPassed++;
  });
  // Identity comes from the first sighting; the id is the same in every run by construction.
  const identity = seen.main.find((r) => r !== undefined) ?? seen.reruns.flat()[0];
  // A pass after framework retries keeps its failure text in the passing result.
  const failureText = firstFailure ?? seen.main.find((r) => r !== undefined && (r.retriedFailures ?? 0) > 0);
  return {
    id,
    name: identity.name,
    ...(identity.file !== undefined ? { file: identity.file } : {}),
    ...(identity.suite !== undefined ? { suite: identity.suite } : {}),
    ...(identity.line !== undefined ? { line: identity.line } : {}),
    class: identity.fileError ? 'file-error' : classOf(passes, failures),
    pattern,
    runsFailed,
    runsPassed,
    runsPresent,
    missingRuns,
    failures,
    ...(failureText?.message !== undefined ? { message: failureText.message } : {}),
    ...(failureText?.details !== undefined ? { details: failureText.details } : {}),
    medianDurationSec: median(durations),
  };
}

function runOverview(record: RunRecord): RunOverview {
  const { tests, reruns, ...rest } = record;
  return { ...rest, counts: countRun(tests, reruns), reruns: reruns?.length ?? 0 };
}

/** Classifies every test across the runs of a stability check and surfaces runs that failed as a whole. */
export function classifyRuns(records: readonly RunRecord[]): Verdict {
  const ordered = [...records].sort((a, b) => a.run - b.run);
  const tests = [...sightingsById(ordered)]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([id, seen]) => testVerdict(id, seen, ordered));
  return {
    runs: ordered.map(runOverview),
    runsWithReport: ordered.filter((r) => !r.reportMissing).length,
    tests,
    counts: countVerdicts(tests),
    runFailures: runFailures(ordered),
  };
}
