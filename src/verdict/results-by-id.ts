import type { Outcome, TestResult } from '../results/model.js';

// A failure outranks a pass, a pass outranks a skip: two results with one id in one run (a parametrised
// name collision, a report listing a test twice) must never hide a failure.
const RANK: Record<Outcome, number> = { error: 3, failed: 2, passed: 1, skipped: 0 };

export function isFailure(result: TestResult): boolean {
  return result.outcome === 'failed' || result.outcome === 'error';
}

/** One result per test id for one run (or rerun): duplicates merged, worst outcome wins. */
export function resultsById(tests: readonly TestResult[]): Map<string, TestResult> {
  const byId = new Map<string, TestResult>();
  for (const test of tests) {
    const seen = byId.get(test.id);
    if (seen === undefined) {
      byId.set(test.id, test);
      continue;
    }
    const worse = RANK[test.outcome] > RANK[seen.outcome] ? test : seen;
    const retried = (seen.retriedFailures ?? 0) + (test.retriedFailures ?? 0);
    byId.set(test.id, {
      ...worse,
      duration: seen.duration + test.duration,
      ...(retried > 0 ? { retriedFailures: retried } : {}),
    });
  }
  return byId;
}
