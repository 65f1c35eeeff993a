import type { WeightedItem } from './partition.js';

/**
 * Packing by estimated means balances max over shards of E[shard sum]; the wall time CI pays is
 * E[max over shards of shard sum]. They differ because a shard whose sum varies more is likelier to be
 * the slowest on the day: a shard holding one big item swings more than one of many small ones. This
 * pass takes a mean-balanced plan and moves or swaps items while that lowers the average slowest shard
 * over simulated runs (sample-average approximation). Each item's run time is lognormal around its
 * estimate with its `spread` (log-sd of one run, see spread.ts); scenarios come from a PRNG seeded by the
 * item's key, so the plan is deterministic and independent of input order.
 */

export interface NoisyItem extends WeightedItem {
  /** Log-sd of one run; 0 or absent means the item is treated as exact. */
  spread?: number;
}

export interface ExpectedMakespanOptions {
  /** Simulated runs; 256 puts the sampling error of a plan's score well below the gains sought. */
  scenarios?: number;
  /** No shard's estimated (mean) load may exceed this: keeps the list-scheduling guarantee. */
  maxMeanLoad: number;
  /** Work cap in item-scenario operations, so planning time stays bounded and deterministic. */
  budget?: number;
}

export const DEFAULT_SCENARIOS = 256;
export const DEFAULT_BUDGET = 60_000_000;
/** Sources per round: the shards most often slowest; moving work off the others cannot lower the max. */
const SOURCES = 3;

/** Improves `lists` in place; returns the average simulated makespan before and after. */
export function lowerExpectedMakespan(
  items: readonly NoisyItem[],
  lists: number[][],
  options: ExpectedMakespanOptions,
): { before: number; after: number; steps: number } {
  const K = options.scenarios ?? DEFAULT_SCENARIOS;
  let budget = options.budget ?? DEFAULT_BUDGET;
  const N = lists.length;
  const runs = simulateRuns(items, K);
  const sums = new Float64Array(N * K);
  const mean = new Float64Array(N);
  lists.forEach((list, s) => {
    for (const i of list) {
      mean[s] += items[i].seconds;
      for (let k = 0; k < K; k++) sums[s * K + k] += runs[i * K + k];
    }
  });
  const top = new TopThree(K);
  top.refresh(sums, N);
  const before = top.average();
  let current = before;
  let steps = 0;
  while (budget > 0) {
    const sources = top.mostOftenSlowest(N, SOURCES);
    let best: { delta: number; from: number; to: number; give: number; take: number } | undefined;
    // Ties keep the first candidate found; the scan order is fixed, so the result is deterministic.
    const tryStep = (from: number, to: number, give: number, take: number) => {
      const i = lists[from][give];
      const j = take >= 0 ? lists[to][take] : -1;
      const dw = items[i].seconds - (j >= 0 ? items[j].seconds : 0);
      if (mean[to] + dw > options.maxMeanLoad) return;
      if (mean[from] - dw > options.maxMeanLoad) return;
      budget -= K;
      let total = 0;
      const a = from * K;
      const b = to * K;
      const ik = i * K;
      const jk = j * K;
      for (let k = 0; k < K; k++) {
        const d = j >= 0 ? runs[ik + k] - runs[jk + k] : runs[ik + k];
        total += Math.max(top.without(k, from, to), sums[a + k] - d, sums[b + k] + d);
      }
      const delta = total / K - current;
      if (delta < -1e-9 * current && (best === undefined || delta < best.delta)) {
        best = { delta, from, to, give, take };
      }
    };
    for (const from of sources) {
      const list = lists[from];
      for (let to = 0; to < N && budget > 0; to++) {
        if (to === from) continue;
        for (let g = 0; g < list.length; g++) {
          tryStep(from, to, g, -1);
          // Swaps only take back lighter items: a heavier one adds both mean and variance to `from`.
          const wg = items[list[g]].seconds;
          lists[to].forEach((j, t) => {
            if (items[j].seconds < wg) tryStep(from, to, g, t);
          });
        }
      }
    }
    if (best === undefined) break;
    const { from, to, give, take } = best;
    const i = lists[from].splice(give, 1)[0];
    const j = take >= 0 ? lists[to].splice(take, 1)[0] : -1;
    lists[to].push(i);
    if (j >= 0) lists[from].push(j);
    for (const [item, out, into] of j >= 0 ? [[i, from, to], [j, to, from]] : [[i, from, to]]) {
      mean[out] -= items[item].seconds;
      mean[into] += items[item].seconds;
      for (let k = 0; k < K; k++) {
        sums[out * K + k] -= runs[item * K + k];
        sums[into * K + k] += runs[item * K + k];
      }
    }
    top.refresh(sums, N);
    current = top.average();
    steps++;
  }
  return { before, after: current, steps };
}

/** Per item, K lognormal run times with the item's estimate as their mean. */
function simulateRuns(items: readonly NoisyItem[], K: number): Float64Array {
  const runs = new Float64Array(items.length * K);
  items.forEach((item, i) => {
    const s = item.spread ?? 0;
    if (s <= 0) {
      runs.fill(item.seconds, i * K, (i + 1) * K);
      return;
    }
    const random = mulberry32(fnv1a(item.key));
    const scale = item.seconds * Math.exp((-s * s) / 2);
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
      let v1 = -Infinity, v2 = -Infinity, v3 = -Infinity;
      let i1 = -1, i2 = -1;
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

  average(): number {
    let total = 0;
    for (let k = 0; k < this.K; k++) total += this.v1[k];
    return total / this.K;
  }

  /** Up to `count` shards that are slowest in the most scenarios, most often first, then by index. */
  mostOftenSlowest(N: number, count: number): number[] {
    const times = new Array<number>(N).fill(0);
    for (let k = 0; k < this.K; k++) times[this.i1[k]]++;
    return times
      .map((t, s) => [t, s])
      .filter(([t]) => t > 0)
      .sort((x, y) => y[0] - x[0] || x[1] - y[1])
      .slice(0, count)
      .map(([, s]) => s);
  }
}

function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
