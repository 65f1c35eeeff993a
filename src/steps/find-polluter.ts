/**
 * Names the test that makes an order-dependent victim fail: a bisection of the tests that ran before it, each
 * step running one half and then the victim, in that order, with one worker. Only a single polluter is found;
 * when the failure needs several tests together, or does not come back without the rest of the run, the
 * answer is "none found" rather than a guess.
 */

/** Runs a bisection may take: log2(50 tests before it) + the first and last confirmation. */
export const MAX_BISECT_RUNS = 8;

/**
 * `failsAfter(prefix)` runs the prefix then the victim and says whether the victim failed (undefined when the
 * run said nothing about it). Returns the polluter, or undefined.
 */
export async function bisectPolluter<T>(
  before: readonly T[],
  failsAfter: (prefix: readonly T[]) => Promise<boolean | undefined>,
  maxRuns = MAX_BISECT_RUNS,
): Promise<T | undefined> {
  if (before.length === 0 || maxRuns < 1) return undefined;
  let runs = 1;
  // The tests before it, on their own, must bring the failure back, or no subset of them will.
  if ((await failsAfter(before)) !== true) return undefined;
  let candidates = before;
  while (candidates.length > 1 && runs < maxRuns - 1) {
    const first = candidates.slice(0, Math.ceil(candidates.length / 2));
    runs++;
    candidates = (await failsAfter(first)) === true ? first : candidates.slice(first.length);
  }
  if (candidates.length !== 1) return undefined;
  // The second half was taken on the first half's pass: confirm the one left.
  if (candidates === before) return candidates[0];
  return (await failsAfter(candidates)) === true ? candidates[0] : undefined;
}
