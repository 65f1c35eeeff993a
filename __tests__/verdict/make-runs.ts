import type { Outcome, TestResult } from '../../src/results/model.js';
import type { RunRecord } from '../../src/verdict/run-record.js';

/** A result whose id is its name, so expectations stay short. */
export function result(name: string, outcome: Outcome, extra: Partial<TestResult> = {}): TestResult {
  return { id: name, name, outcome, duration: 0.1, ...extra };
}

/** A clean run (exit 0, or 1 when a main result failed) with a report. */
export function run(n: number, tests: TestResult[], extra: Partial<RunRecord> = {}): RunRecord {
  const failed = tests.some((t) => t.outcome === 'failed' || t.outcome === 'error');
  return {
    run: n,
    exitCode: failed ? 1 : 0,
    timedOut: false,
    reportMissing: false,
    wallMs: 1000,
    tests,
    ...extra,
  };
}
