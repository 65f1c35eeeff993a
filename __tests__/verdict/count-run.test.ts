import { describe, expect, it } from 'vitest';
import { countRun } from '../../src/verdict/count-run.js';
import { result } from './make-runs.js';

describe('countRun', () => {
  it('puts each test of a run in exactly one bucket', () => {
    const tests = [
      result('ok', 'passed'),
      result('retried', 'passed', { retriedFailures: 1 }),
      result('broken', 'failed'),
      result('recovered', 'error'),
      result('off', 'skipped'),
    ];
    const reruns = [
      [result('broken', 'failed'), result('recovered', 'failed')],
      [result('recovered', 'passed')],
    ];
    expect(countRun(tests, reruns)).toEqual({ passed: 1, failed: 1, skipped: 1, flaky: 2 });
  });

  it('counts an empty run as zeros', () => {
    expect(countRun([])).toEqual({ passed: 0, failed: 0, skipped: 0, flaky: 0 });
  });
});
