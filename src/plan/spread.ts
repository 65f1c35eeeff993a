/**
 * How much an item's next run may differ from its estimate, as a log-sd (σ of a lognormal).
 * Five durations say little about one item's spread (the sample variance of 5 has a relative error of
 * ~70%), so each item's log-variance is shrunk toward the value pooled over all items, weighted by
 * degrees of freedom (the usual empirical-Bayes variance shrinkage, e.g. limma's moderated variance).
 * The result is the spread of the *next run given the history*: the run's own noise plus the error of an
 * estimate made from n samples, σ²(1 + 1/n).
 */

/** Weight of the pooled log-variance, in samples: an item's own 4 degrees of freedom count for 4/(4+8). */
export const PRIOR_DEGREES = 8;

/**
 * Beyond a 4× swing per standard deviation the lognormal model says nothing useful (such a history mixes
 * different tests or machines), and larger values would overflow the simulated runs.
 */
export const MAX_SPREAD = Math.LN2 * 2;

export interface Spreads {
  /** Per item, the predictive log-sd of its next run; 0 for all when no item has two positive durations. */
  spreads: number[];
  /** The log-sd pooled over items with at least two positive durations, or undefined. */
  pooled: number | undefined;
}

/** `durations[i]` is item i's history, or undefined for an item estimated without one. */
export function runSpreads(durations: readonly (readonly number[] | undefined)[]): Spreads {
  const own = durations.map((d) => logVariance(d ?? []));
  let sum = 0;
  let degrees = 0;
  for (const o of own) {
    if (o === undefined) continue;
    sum += o.variance * o.degrees;
    degrees += o.degrees;
  }
  if (degrees === 0) return { spreads: durations.map(() => 0), pooled: undefined };
  const pooled = sum / degrees;
  const spreads = own.map((o, i) => {
    const variance =
      o === undefined
        ? pooled
        : (o.variance * o.degrees + pooled * PRIOR_DEGREES) / (o.degrees + PRIOR_DEGREES);
    // An item estimated without history (directory or global median) counts as one sample.
    const samples = Math.max(1, durations[i]?.filter((d) => d > 0).length ?? 0);
    return Math.min(MAX_SPREAD, Math.sqrt(variance * (1 + 1 / samples)));
  });
  return { spreads, pooled: Math.sqrt(pooled) };
}

/** Sample variance of the logs of the positive durations (a 0 s run has no log), with its degrees of freedom. */
function logVariance(durations: readonly number[]): { variance: number; degrees: number } | undefined {
  const logs = durations.filter((d) => d > 0 && Number.isFinite(d)).map(Math.log);
  if (logs.length < 2) return undefined;
  const mean = logs.reduce((s, l) => s + l, 0) / logs.length;
  const squares = logs.reduce((s, l) => s + (l - mean) ** 2, 0);
  return { variance: squares / (logs.length - 1), degrees: logs.length - 1 };
}
