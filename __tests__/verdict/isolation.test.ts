import { describe, expect, it } from 'vitest';
import { classifyIsolation } from '../../src/verdict/isolation.js';

describe('why a test flakes', () => {
  it('passes in the serial run but failed in parallel: parallel-dependent', () => {
    expect(classifyIsolation({ parallelFailed: 2, parallelPassed: 1, serial: 'passed' })).toMatchObject({
      class: 'parallel-dependent',
      evidence: expect.stringMatching(/^failed in 2 of 3 parallel runs and passed in the one-worker run/),
    });
  });

  it('fails serially too: not parallel-dependent, and nothing else is known', () => {
    expect(classifyIsolation({ parallelFailed: 2, parallelPassed: 1, serial: 'failed' })).toBeUndefined();
  });

  it('fails again with the same seed and passes alone: an order-dependent victim', () => {
    expect(
      classifyIsolation({
        parallelFailed: 0,
        parallelPassed: 0,
        sameSeed: ['failed', 'failed'],
        alone: 'passed',
      }),
    ).toMatchObject({ class: 'order-dependent', kind: 'victim' });
  });

  it('fails again with the same seed and fails alone: an order-dependent brittle test', () => {
    expect(
      classifyIsolation({
        parallelFailed: 0,
        parallelPassed: 0,
        sameSeed: ['failed', 'failed'],
        alone: 'failed',
      }),
    ).toMatchObject({ class: 'order-dependent', kind: 'brittle' });
  });

  it('passes in a repeat with the same seed: non-deterministic', () => {
    expect(
      classifyIsolation({
        parallelFailed: 0,
        parallelPassed: 0,
        sameSeed: ['failed', 'passed'],
        alone: 'failed',
      }),
    ).toMatchObject({
      class: 'non-deterministic',
      evidence: expect.stringMatching(/^passed in 1 of 2 repeats with the same seed/),
    });
  });

  it('fails again with its seed but passes with one worker in that same order: parallel-dependent, not order', () => {
    expect(
      classifyIsolation({
        parallelFailed: 1,
        parallelPassed: 0,
        serial: 'passed',
        serialSameSeed: true,
        sameSeed: ['failed', 'failed'],
        alone: 'passed',
      }),
    ).toMatchObject({
      class: 'parallel-dependent',
      evidence: expect.stringContaining('passed in the one-worker run with the same seed (the same order)'),
    });
  });

  it('a one-worker run in another order says nothing against a failure that follows its seed', () => {
    expect(
      classifyIsolation({
        parallelFailed: 1,
        parallelPassed: 0,
        serial: 'passed',
        serialSameSeed: false,
        sameSeed: ['failed', 'failed'],
        alone: 'passed',
      }),
    ).toMatchObject({ class: 'order-dependent', kind: 'victim' });
  });

  it("names a victim's polluter in the cause and the evidence; a brittle test gets none", () => {
    const base = {
      parallelFailed: 1,
      parallelPassed: 0,
      sameSeed: ['failed' as const],
      polluter: 't.py::test_polluter',
    };
    expect(classifyIsolation({ ...base, alone: 'passed' })).toMatchObject({
      kind: 'victim',
      polluter: 't.py::test_polluter',
      evidence: expect.stringContaining(
        'running t.py::test_polluter just before it is enough to make it fail',
      ),
    });
    expect(classifyIsolation({ ...base, alone: 'failed' })).not.toHaveProperty('polluter');
  });

  it('fails with its seed and alone but never passed in any run: a plain failure, no cause', () => {
    const o = {
      parallelFailed: 2,
      parallelPassed: 0,
      sameSeed: ['failed' as const],
      alone: 'failed' as const,
    };
    expect(classifyIsolation({ ...o, everPassed: false })).toBeUndefined();
    expect(classifyIsolation({ ...o, everPassed: true })).toMatchObject({ kind: 'brittle' });
  });
});
