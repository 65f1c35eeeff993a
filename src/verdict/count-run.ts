import type { TestResult } from '../results/model.js';
import type { RunCounts, TestVerdict, VerdictCounts } from './verdict.js';
import { isFailure, resultsById } from './results-by-id.js';

/**
 * Counts one run's tests into exclusive buckets. A test is flaky within the run when the framework
 * retried a failure away, or when it failed and then passed in one of the run's reruns.
 */
export function countRun(tests: readonly TestResult[], reruns: readonly TestResult[][] = []): RunCounts {
  const passedOnRerun = new Set<string>();
  for (const rerun of reruns) {
    for (const result of rerun) if (result.outcome === 'passed') passedOnRerun.add(result.id);
  }
  const counts: RunCounts = { passed: 0, failed: 0, skipped: 0, flaky: 0 };
  for (const result of resultsById(tests).values()) {
    if (result.fileError) {
      counts.fileErrors = (counts.fileErrors ?? 0) + 1;
    } else if (isFailure(result)) {
      if (passedOnRerun.has(result.id)) counts.flaky++;
      else counts.failed++;
    } else if (result.outcome === 'passed') {
      if ((result.retriedFailures ?? 0) > 0) counts.flaky++;
      else counts.passed++;
    } else {
      counts.skipped++;
    }
  }
  return counts;
}

/** Counts tests by their class across runs; classes added later count only towards `total` until named here.
 * Files that failed to load are not tests: they count in fileErrors and not in total. */
export function countVerdicts(tests: readonly TestVerdict[]): VerdictCounts {
  const counts: VerdictCounts = { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0, fileErrors: 0 };
  for (const test of tests) {
    if (test.class === 'file-error') {
      counts.fileErrors++;
      continue;
    }
    counts.total++;
    if (test.class in counts) counts[test.class as 'passed' | 'failed' | 'flaky' | 'skipped']++;
  }
  return counts;
}
