import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import {
  confidenceSentence,
  flakeRateUpperBound,
  runsForTargetFlakeRate,
} from '../../src/verdict/confidence.js';
import { result, run } from './make-runs.js';

describe('flakeRateUpperBound', () => {
  it('bounds the per-run flake rate after clean runs at 95% confidence', () => {
    expect(flakeRateUpperBound(5, 0.95).toFixed(4)).toBe('0.4507');
    expect(flakeRateUpperBound(29, 0.95).toFixed(4)).toBe('0.0981');
    expect(flakeRateUpperBound(1, 0.95)).toBeCloseTo(0.95, 12);
  });

  it('knows nothing after zero runs', () => {
    expect(flakeRateUpperBound(0)).toBe(1);
  });

  it('rejects a confidence outside (0, 1) naming the input', () => {
    expect(() => flakeRateUpperBound(5, 1)).toThrow(UserError);
    expect(() => flakeRateUpperBound(5, 1)).toThrow("Input 'confidence'");
  });
});

describe('runsForTargetFlakeRate', () => {
  it('needs 29 clean runs for a 10% bound at 95% confidence', () => {
    expect(runsForTargetFlakeRate(0.1, 0.95)).toBe(29);
  });

  it('is the smallest run count whose bound is at or below the target', () => {
    for (const [target, confidence] of [
      [0.05, 0.95],
      [0.01, 0.99],
      [0.5, 0.9],
    ]) {
      const n = runsForTargetFlakeRate(target, confidence);
      expect(flakeRateUpperBound(n, confidence)).toBeLessThanOrEqual(target + 1e-12);
      expect(flakeRateUpperBound(n - 1, confidence)).toBeGreaterThan(target);
    }
  });

  it('rejects targets and confidences outside (0, 1) naming the input', () => {
    expect(() => runsForTargetFlakeRate(0, 0.95)).toThrow('Input \'target-flake-rate\': "0" is not valid');
    expect(() => runsForTargetFlakeRate(1.5, 0.95)).toThrow(UserError);
    expect(() => runsForTargetFlakeRate(0.1, 0)).toThrow("Input 'confidence'");
    expect(() => runsForTargetFlakeRate(Number.NaN, 0.95)).toThrow(UserError);
  });
});

describe('confidenceSentence', () => {
  const clean = (n: number) => Array.from({ length: n }, (_, i) => run(i + 1, [result('a', 'passed')]));

  it('states the bound after clean runs', () => {
    expect(confidenceSentence(classifyRuns(clean(5)))).toBe(
      "0 flaky on 5 runs: with 95% confidence, each test's per-run flake rate is below 45.1%.",
    );
    expect(confidenceSentence(classifyRuns(clean(29)))).toBe(
      "0 flaky on 29 runs: with 95% confidence, each test's per-run flake rate is below 9.8%.",
    );
  });

  it('says one run proves nothing', () => {
    expect(confidenceSentence(classifyRuns(clean(1)))).toBe(
      "0 flaky on 1 run: one run says nothing about flakiness (29 clean runs would bound each test's per-run flake rate below 10% with 95% confidence).",
    );
  });

  it('limits the bound to the tests that never failed', () => {
    const verdict = classifyRuns([
      run(1, [result('a', 'passed'), result('b', 'passed'), result('c', 'failed'), result('d', 'failed')]),
      run(2, [result('a', 'passed'), result('b', 'passed'), result('c', 'passed'), result('d', 'failed')]),
      run(3, [result('a', 'passed'), result('b', 'passed'), result('c', 'passed'), result('d', 'failed')]),
    ]);
    expect(confidenceSentence(verdict)).toBe(
      "1 flaky, 1 failed on 3 runs; for the 2 tests that never failed, with 95% confidence, each test's per-run flake rate is below 63.2%.",
    );
  });

  it('counts only runs that produced a report and says so', () => {
    const verdict = classifyRuns([...clean(2), run(3, [], { reportMissing: true, exitCode: 137 })]);
    expect(confidenceSentence(verdict)).toBe(
      "0 flaky on 2 runs (1 more produced no report): with 95% confidence, each test's per-run flake rate is below 77.6%.",
    );
  });

  it('says a test missing from some runs has a weaker bound', () => {
    const verdict = classifyRuns([
      run(1, [result('a', 'passed'), result('b', 'passed')]),
      run(2, [result('a', 'passed')]),
    ]);
    expect(confidenceSentence(verdict)).toBe(
      "0 flaky on 2 runs: with 95% confidence, each test's per-run flake rate is below 77.6% (1 test missing from some runs has a weaker bound).",
    );
  });

  it('says nothing is known when no run produced a report', () => {
    expect(confidenceSentence(classifyRuns([run(1, [], { reportMissing: true, exitCode: 2 })]))).toBe(
      'No run produced a report, so nothing is known about these tests.',
    );
  });
});
