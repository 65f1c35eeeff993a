import { describe, expect, it } from 'vitest';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { result, run } from './make-runs.js';

function byId(runs: Parameters<typeof classifyRuns>[0]) {
  return Object.fromEntries(classifyRuns(runs).tests.map((t) => [t.id, t]));
}

describe('classifyRuns', () => {
  it('classifies passed, failed, flaky and skipped tests with their run patterns', () => {
    const tests = byId([
      run(1, [result('a', 'passed'), result('b', 'failed'), result('c', 'passed'), result('d', 'skipped')]),
      run(2, [result('a', 'passed'), result('b', 'error'), result('c', 'failed'), result('d', 'skipped')]),
      run(3, [result('a', 'passed'), result('b', 'failed'), result('c', 'passed'), result('d', 'skipped')]),
    ]);
    expect([tests.a.class, tests.a.pattern]).toEqual(['passed', '✓✓✓']);
    expect([tests.b.class, tests.b.pattern]).toEqual(['failed', '✗✗✗']);
    expect([tests.c.class, tests.c.pattern, tests.c.runsFailed, tests.c.runsPassed]).toEqual([
      'flaky',
      '✓✗✓',
      1,
      2,
    ]);
    expect([tests.d.class, tests.d.pattern]).toEqual(['skipped', '–––']);
  });

  it('a test that fails and then passes on a rerun is flaky, and the pattern shows the rerun', () => {
    const tests = byId([
      run(1, [result('t', 'passed')]),
      run(2, [result('t', 'failed', { message: 'boom' })], {
        reruns: [[result('t', 'failed')], [result('t', 'passed')]],
      }),
    ]);
    expect(tests.t).toMatchObject({
      class: 'flaky',
      pattern: '✓✗↻✗↻✓',
      failures: 2,
      runsFailed: 1,
      message: 'boom',
    });
  });

  it('a test that fails in every run and every rerun is failed, not flaky', () => {
    const tests = byId([
      run(1, [result('t', 'failed')], { reruns: [[result('t', 'failed')]] }),
      run(2, [result('t', 'failed')], { reruns: [[result('t', 'error')]] }),
    ]);
    expect(tests.t).toMatchObject({ class: 'failed', pattern: '✗↻✗✗↻✗', failures: 4, runsFailed: 2 });
  });

  it('a pass that needed a framework retry is flaky evidence', () => {
    const tests = byId([
      run(1, [result('t', 'passed')]),
      run(2, [result('t', 'passed', { retriedFailures: 2, message: 'timeout' })]),
    ]);
    expect(tests.t).toMatchObject({
      class: 'flaky',
      pattern: '✓⟲',
      failures: 2,
      runsFailed: 1,
      message: 'timeout',
    });
  });

  it('a test absent from some runs is not flaky on that alone, and its absences are counted', () => {
    const tests = byId([
      run(1, [result('t', 'passed'), result('u', 'passed')]),
      run(2, [result('u', 'passed')]),
      run(3, [result('t', 'passed'), result('u', 'passed')]),
    ]);
    expect(tests.t).toMatchObject({ class: 'passed', pattern: '✓·✓', missingRuns: 1, runsPresent: 2 });
  });

  it('a run without a report shows as absent but does not count as a missing run for each test', () => {
    const verdict = classifyRuns([
      run(1, [result('t', 'passed')]),
      run(2, [], { reportMissing: true, exitCode: 137 }),
    ]);
    expect(verdict.tests[0]).toMatchObject({ pattern: '✓·', missingRuns: 0 });
    expect(verdict.runsWithReport).toBe(1);
    expect(verdict.runFailures).toEqual([
      {
        run: 2,
        message:
          'run 2 produced no report (exit 137: killed, probably out of memory — try fewer workers or memory-per-worker)',
      },
    ]);
  });

  it('orders runs by run number whatever order they arrive in', () => {
    const verdict = classifyRuns([run(2, [result('t', 'failed')]), run(1, [result('t', 'passed')])]);
    expect(verdict.runs.map((r) => r.run)).toEqual([1, 2]);
    expect(verdict.tests[0].pattern).toBe('✓✗');
  });

  it('a duplicate id within one run never hides a failure', () => {
    const tests = byId([
      run(1, [result('t', 'passed'), result('t', 'failed')]),
      run(2, [result('t', 'failed')]),
    ]);
    expect(tests.t).toMatchObject({ class: 'failed', pattern: '✗✗' });
  });

  it('a file that failed to load is its own class, counted apart from the tests', () => {
    const loadError = result('broken.test.ts::(file failed to load)', 'error', {
      file: 'broken.test.ts',
      fileError: true,
    });
    const verdict = classifyRuns([run(1, [result('a', 'passed'), loadError])]);
    expect(verdict.tests.map((t) => [t.id, t.class])).toEqual([
      ['a', 'passed'],
      ['broken.test.ts::(file failed to load)', 'file-error'],
    ]);
    expect(verdict.counts).toEqual({ passed: 1, failed: 0, flaky: 0, skipped: 0, total: 1, fileErrors: 1 });
    expect(verdict.runs[0].counts).toEqual({ passed: 1, failed: 0, skipped: 0, flaky: 0, fileErrors: 1 });
  });

  it('counts classes across runs and per run, and takes the median duration', () => {
    const verdict = classifyRuns([
      run(1, [result('a', 'passed', { duration: 1 }), result('b', 'failed')], {
        reruns: [[result('b', 'passed')]],
      }),
      run(2, [result('a', 'passed', { duration: 5 }), result('b', 'passed')]),
      run(3, [result('a', 'passed', { duration: 2 }), result('b', 'skipped')]),
    ]);
    expect(verdict.counts).toEqual({ passed: 1, failed: 0, flaky: 1, skipped: 0, total: 2, fileErrors: 0 });
    expect(verdict.runs.map((r) => r.counts)).toEqual([
      { passed: 1, failed: 0, skipped: 0, flaky: 1 },
      { passed: 2, failed: 0, skipped: 0, flaky: 0 },
      { passed: 1, failed: 0, skipped: 1, flaky: 0 },
    ]);
    expect(verdict.runs[0].reruns).toBe(1);
    expect(verdict.tests[0].medianDurationSec).toBe(2);
  });

  it('keeps identity fields from the report', () => {
    const verdict = classifyRuns([
      run(1, [
        { id: 'f.ts::S::n', file: 'f.ts', suite: 'S', name: 'n', line: 7, outcome: 'passed', duration: 0 },
      ]),
    ]);
    expect(verdict.tests[0]).toMatchObject({
      id: 'f.ts::S::n',
      file: 'f.ts',
      suite: 'S',
      name: 'n',
      line: 7,
    });
  });
});
