import { inputError } from '../errors/user-error.js';
import type { Verdict } from './verdict.js';

export const DEFAULT_CONFIDENCE = 0.95;

function checkFraction(input: string, value: number, example: string): void {
  if (!(Number.isFinite(value) && value > 0 && value < 1)) {
    throw inputError(input, String(value), `a fraction strictly between 0 and 1, e.g. ${example}`);
  }
}

/**
 * Upper bound on a test's per-run flake rate after `runs` runs without a failure, at `confidence`.
 * Exact one-sided binomial bound for zero failures (Clopper–Pearson): (1 − p)^N = 1 − c, so
 * p = 1 − (1 − c)^(1/N). At 95% it is close to the "rule of three", 3/N: 5 runs → 45.1%, 29 → 9.8%.
 */
export function flakeRateUpperBound(runs: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkFraction('confidence', confidence, '0.95');
  if (!Number.isInteger(runs) || runs < 0)
    throw new RangeError(`runs must be a whole number ≥ 0, got ${runs}`);
  if (runs === 0) return 1;
  return 1 - Math.pow(1 - confidence, 1 / runs);
}

/** Fewest clean runs that bound the per-run flake rate below `target` at `confidence` (0.1 at 95% → 29). */
export function runsForTargetFlakeRate(target: number, confidence: number = DEFAULT_CONFIDENCE): number {
  checkFraction('target-flake-rate', target, '0.1');
  checkFraction('confidence', confidence, '0.95');
  const exact = Math.log(1 - confidence) / Math.log(1 - target);
  // Floating point can land a hair above a whole number (e.g. 29.000000000000004); do not round that up.
  return Math.max(1, Math.ceil(exact - 1e-9));
}

function percent(fraction: number): string {
  return `${(fraction * 100).toFixed(1)}%`;
}

/** 0.95 → "95%", 0.995 → "99.5%": a confidence level reads best without a trailing ".0". */
function level(confidence: number): string {
  return `${Number((confidence * 100).toFixed(1))}%`;
}

function tests(n: number): string {
  return n === 1 ? '1 test' : `${n} tests`;
}

/**
 * One honest sentence on what the runs prove. The bound only covers tests that never failed, and only
 * runs that produced a report count towards N.
 */
export function confidenceSentence(verdict: Verdict, confidence: number = DEFAULT_CONFIDENCE): string {
  const n = verdict.runsWithReport;
  const { flaky, failed, passed } = verdict.counts;
  if (n === 0) return 'No run produced a report, so nothing is known about these tests.';
  const noReport = verdict.runs.length - n;
  const runs = `${n} run${n === 1 ? '' : 's'}${noReport > 0 ? ` (${noReport} more produced no report)` : ''}`;
  const found = `${flaky} flaky${failed > 0 ? `, ${failed} failed` : ''} on ${runs}`;
  if (n === 1) {
    if (flaky > 0) {
      return `${found} (they failed, then passed on a retry); one run says nothing about the other tests' flakiness.`;
    }
    const needed = runsForTargetFlakeRate(0.1, confidence);
    return `${found}: one run says nothing about flakiness (${needed} clean runs would bound each test's per-run flake rate below 10% with ${level(confidence)} confidence).`;
  }
  const bound = `with ${level(confidence)} confidence, each test's per-run flake rate is below ${percent(flakeRateUpperBound(n, confidence))}`;
  const partial = verdict.tests.filter((t) => t.class === 'passed' && t.missingRuns > 0).length;
  const caveat =
    partial > 0
      ? ` (${tests(partial)} missing from some runs ${partial === 1 ? 'has' : 'have'} a weaker bound)`
      : '';
  if (flaky === 0 && failed === 0) return `${found}: ${bound}${caveat}.`;
  if (passed === 0) return `${found}.`;
  return `${found}; for the ${tests(passed)} that never failed, ${bound}${caveat}.`;
}
