import type { WeightedItem } from './partition.js';
import { fnv1a, mulberry32 } from './seeded-random.js';

/**
 * Packing by estimated means balances max over shards of E[shard sum]; the wall time CI pays is
 * E[max over shards of shard sum]. They differ because a shard whose sum varies more is likelier to be
 * the slowest on the day: a shard holding one big item swings more than one of many small ones. This
 * pass takes a mean-balanced plan and moves or swaps items while that lowers the average slowest shard
 * over simulated runs (sample-average approximation). Each item's run time is lognormal around its
 * estimate with its `spread` (log-sd of one run, see spread.ts); scenarios come from a PRNG seeded by the
 * item's key, so the plan is deterministic and independent of input order.
 */

export interface ExpectedMakespanOptions {
  /** Simulated runs to choose steps with (as many again confirm them); default 256. */
  scenarios?: number;
  /** No shard's estimated (mean) load may exceed this: keeps the list-scheduling guarantee. */
  maxMeanLoad: number;
  /** Work cap in item-scenario operations, so planning time stays bounded and deterministic. */
  budget?: number;
}

export const DEFAULT_SCENARIOS = 256;
export const DEFAULT_BUDGET = 20_000_000;
/** Sources per round: the shards most often slowest; moving work off the others cannot lower the max. */
const SOURCES = 3;
/** Receivers per source: the least loaded shards, as in lpt.ts's improve pass. */
const RECEIVERS = 6;
/** Swap partners tried per given item and receiver. */
const PARTNERS = 4;
/** A candidate's gain must exceed this many standard errors of its paired difference over the runs. */
const SIGNIFICANCE = 2;
/** Candidates tried on the held-out runs per round, best first. */
const CONFIRM = 4;

interface Step {
  delta: number;
  from: number;
  to: number;
  give: number; // position in lists[from]
  take: number; // position in lists[to], -1 for a move
}

/**
 * Improves `lists` (each sorted by weight, as lpt.ts leaves them) in place. Returns the average simulated
 * makespan on the held-out runs before and after, and the number of steps taken.
 */
export function lowerExpectedMakespan(
  items: readonly WeightedItem[],
  lists: number[][],
  options: ExpectedMakespanOptions,
): { before: number; after: number; steps: number } {
  const K = options.scenarios ?? DEFAULT_SCENARIOS;
  let budget = options.budget ?? DEFAULT_BUDGET;
  const N = lists.length;
  // Runs 0..K-1 choose a step, runs K..2K-1 confirm it: choosing the best of thousands of candidates on
  // the same runs that score it would reward luck (the winner's curse) and fit these runs, not the next.
  // Measured: without the confirmation the pass made oracle plans ~0.4-0.9% worse at N = 4.
  const R = 2 * K;
  const runs = simulateRuns(items, R);
  const sums = new Float64Array(N * R);
  const mean = new Float64Array(N);
  lists.forEach((list, s) => {
    for (const i of list) {
      mean[s] += items[i].seconds;
      for (let k = 0; k < R; k++) sums[s * R + k] += runs[i * R + k];
    }
  });
  const top = new TopThree(R);
  top.refresh(sums, N);
  /** Sum and sum of squares over runs [k0, k1) of the change in the slowest shard; undefined if dropped early. */
  const change = (
    from: number,
    to: number,
    i: number,
    j: number,
    k0: number,
    k1: number,
    screen: boolean,
  ) => {
    let total = 0;
    let squares = 0;
    for (let k = k0; k < k1; k++) {
      // Most candidates are bad; a quarter of the runs is enough to drop them.
      if (screen && k === k0 + (K >> 2) && total >= 0) {
        budget -= k - k0;
        return undefined;
      }
      const d = j >= 0 ? runs[i * R + k] - runs[j * R + k] : runs[i * R + k];
      const next = Math.max(top.without(k, from, to), sums[from * R + k] - d, sums[to * R + k] + d);
      total += next - top.max(k);
      squares += (next - top.max(k)) ** 2;
    }
    budget -= k1 - k0;
    return { total, squares };
  };
  const before = top.average(K, R);
  let steps = 0;
  while (budget > 0) {
    const sources = top.mostOftenSlowest(N, SOURCES, K);
    // Receivers: the shards with the least mean load (ties by index), like lpt.ts's improve pass.
    const byLoad = [...mean.keys()].sort((x, y) => mean[x] - mean[y] || x - y);
    const candidates: Step[] = [];
    const tryStep = (from: number, to: number, give: number, take: number) => {
      const i = lists[from][give];
      const j = take >= 0 ? lists[to][take] : -1;
      const dw = items[i].seconds - (j >= 0 ? items[j].seconds : 0);
      if (mean[to] + dw > options.maxMeanLoad || mean[from] - dw > options.maxMeanLoad) return;
      const c = change(from, to, i, j, 0, K, true);
      if (c === undefined) return;
      // Only a gain that stands out from the runs' sampling noise (paired z > 2) is a candidate.
      const delta = c.total / K;
      const noise = Math.sqrt(Math.max(0, c.squares / K - delta * delta) / K);
      if (delta < -SIGNIFICANCE * noise && delta < 0) candidates.push({ delta, from, to, give, take });
    };
    for (const from of sources) {
      const list = lists[from];
      for (const to of byLoad.filter((s) => s !== from).slice(0, RECEIVERS)) {
        const light = lists[to];
        for (let g = 0; g < list.length && budget > 0; g++) {
          tryStep(from, to, g, -1);
          // Swap partners: the lighter items nearest the given one (fine tuning) and those nearest to
          // halving the mean gap (balancing). Taking a heavier item back adds mean and variance to `from`.
          const wg = items[list[g]].seconds;
          const below = firstAtLeast(items, light, wg);
          const half = firstAtLeast(items, light, wg - (mean[from] - mean[to]) / 2);
          const partners = new Set<number>();
          for (let t = Math.max(0, below - PARTNERS); t < below; t++) partners.add(t);
          for (let t = Math.max(0, half - PARTNERS / 2); t < Math.min(below, half + PARTNERS / 2); t++)
            partners.add(t);
          for (const t of partners) tryStep(from, to, g, t);
        }
      }
    }
    // Best first; equal gains keep scan order (Array.prototype.sort is stable), so plans are deterministic.
    candidates.sort((x, y) => x.delta - y.delta);
    const confirmed = candidates.slice(0, CONFIRM).find((c) => {
      const j = c.take >= 0 ? lists[c.to][c.take] : -1;
      return change(c.from, c.to, lists[c.from][c.give], j, K, R, false)!.total < 0;
    });
    if (confirmed === undefined) break;
    apply(confirmed);
    steps++;
  }
  return { before, after: top.average(K, R), steps };

  function apply({ from, to, give, take }: Step): void {
    const i = lists[from].splice(give, 1)[0];
    const j = take >= 0 ? lists[to].splice(take, 1)[0] : -1;
    insertByWeight(items, lists[to], i);
    if (j >= 0) insertByWeight(items, lists[from], j);
    for (const [item, out, into] of j >= 0
      ? [
          [i, from, to],
          [j, to, from],
        ]
      : [[i, from, to]]) {
      mean[out] -= items[item].seconds;
      mean[into] += items[item].seconds;
      for (let k = 0; k < R; k++) {
        sums[out * R + k] -= runs[item * R + k];
        sums[into * R + k] += runs[item * R + k];
      }
    }
    top.refresh(sums, N);
  }
}

function firstAtLeast(items: readonly WeightedItem[], list: readonly number[], weight: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[list[mid]].seconds < weight) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Per item, K lognormal run times with the item's estimate as their median (the default estimator's). */
function simulateRuns(items: readonly WeightedItem[], K: number): Float64Array {
  const runs = new Float64Array(items.length * K);
  items.forEach((item, i) => {
    const s = item.spread ?? 0;
    if (s <= 0) {
      runs.fill(item.seconds, i * K, (i + 1) * K);
      return;
    }
    const random = mulberry32(fnv1a(item.key));
    const scale = item.seconds;
    for (let k = 0; k < K; k += 2) {
      // Box–Muller gives two normals per pair of uniforms.
      const r = Math.sqrt(-2 * Math.log(1 - random()));
      const t = 2 * Math.PI * random();
      runs[i * K + k] = scale * Math.exp(s * r * Math.cos(t));
      if (k + 1 < K) runs[i * K + k + 1] = scale * Math.exp(s * r * Math.sin(t));
    }
  });
  return runs;
}

/** The three largest shard sums per scenario, so a step's new max is found in O(1) per scenario. */
class TopThree {
  private readonly v1: Float64Array;
  private readonly v2: Float64Array;
  private readonly v3: Float64Array;
  private readonly i1: Int32Array;
  private readonly i2: Int32Array;

  constructor(private readonly K: number) {
    this.v1 = new Float64Array(K);
    this.v2 = new Float64Array(K);
    this.v3 = new Float64Array(K);
    this.i1 = new Int32Array(K);
    this.i2 = new Int32Array(K);
  }

  refresh(sums: Float64Array, N: number): void {
    const K = this.K;
    for (let k = 0; k < K; k++) {
      let v1 = -Infinity,
        v2 = -Infinity,
        v3 = -Infinity;
      let i1 = -1,
        i2 = -1;
      for (let s = 0; s < N; s++) {
        const v = sums[s * K + k];
        if (v > v1) {
          [v3, v2, i2, v1, i1] = [v2, v1, i1, v, s];
        } else if (v > v2) {
          [v3, v2, i2] = [v2, v, s];
        } else if (v > v3) v3 = v;
      }
      this.v1[k] = v1;
      this.v2[k] = v2;
      this.v3[k] = v3;
      this.i1[k] = i1;
      this.i2[k] = i2;
    }
  }

  /** Largest sum in scenario k among shards other than a and b (−∞ when there are none). */
  without(k: number, a: number, b: number): number {
    const i1 = this.i1[k];
    if (i1 !== a && i1 !== b) return this.v1[k];
    const i2 = this.i2[k];
    return i2 !== a && i2 !== b ? this.v2[k] : this.v3[k];
  }

  max(k: number): number {
    return this.v1[k];
  }

  /** Average slowest shard over runs [k0, k1). */
  average(k0: number, k1: number): number {
    let total = 0;
    for (let k = k0; k < k1; k++) total += this.v1[k];
    return total / (k1 - k0);
  }

  /** Up to `count` shards that are slowest in the most scenarios, most often first, then by index. */
  mostOftenSlowest(N: number, count: number, runs: number): number[] {
    const times = new Array<number>(N).fill(0);
    for (let k = 0; k < runs; k++) times[this.i1[k]]++;
    return times
      .map((t, s) => [t, s])
      .filter(([t]) => t > 0)
      .sort((x, y) => y[0] - x[0] || x[1] - y[1])
      .slice(0, count)
      .map(([, s]) => s);
  }
}

/** Lists stay sorted by weight, then key, as lpt.ts leaves them, so swap partners are found by bisection. */
function insertByWeight(items: readonly WeightedItem[], list: number[], item: number): void {
  const w = items[item].seconds;
  const key = items[item].key;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const m = items[list[mid]];
    if (m.seconds < w || (m.seconds === w && m.key < key)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
