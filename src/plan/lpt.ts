import { compareStrings } from './discover.js';
import { lowerExpectedMakespan } from './expected-makespan.js';
import { lowerBound, totalAndLargest, type PartitionStrategy, type WeightedItem } from './partition.js';

/**
 * Above this many items the expected-makespan pass is skipped: shards then sum hundreds of items, their
 * noise averages out, and the pass would cost more planning time (10,000 files must plan in < 0.5 s).
 */
export const MAX_NOISE_AWARE_ITEMS = 1000;

/**
 * Longest Processing Time first (Graham 1969: within 4/3 of optimal), then a local search that moves
 * or swaps items out of the heaviest shard while that strictly lowers it; then, when items carry a
 * spread, a pass that lowers the expected slowest shard under run-to-run noise (expected-makespan.ts),
 * never letting a shard's estimated load exceed Graham's list-scheduling bound. Deterministic: equal
 * weights are ordered by key, equal loads by shard index, and both searches have fixed work limits.
 */
export const lptStrategy: PartitionStrategy = {
  name: 'lpt',
  partition(items, shards) {
    const lists = lptAssign(items, shards);
    improve(items, lists, 2000);
    if (shards > 1 && items.length <= MAX_NOISE_AWARE_ITEMS && items.some((i) => (i.spread ?? 0) > 0)) {
      lowerExpectedMakespan(items, lists, { maxMeanLoad: grahamBound(items, shards) });
    }
    return lists.map((l) => [...l].sort((a, b) => compareStrings(items[a].key, items[b].key)));
  },
};

/** Per shard, item indexes sorted ascending by weight (then key). */
export function lptAssign(items: readonly WeightedItem[], shards: number): number[][] {
  const order = items
    .map((_, i) => i)
    .sort((a, b) => items[b].seconds - items[a].seconds || compareStrings(items[a].key, items[b].key));
  const loads = new Array<number>(shards).fill(0);
  const lists: number[][] = Array.from({ length: shards }, () => []);
  for (const i of order) {
    let best = 0;
    for (let s = 1; s < shards; s++) if (loads[s] < loads[best]) best = s;
    lists[best].push(i);
    loads[best] += items[i].seconds;
  }
  // Items arrived heaviest first; the search wants ascending order.
  for (const l of lists) l.reverse();
  return lists;
}

/** total/N + largest·(1 − 1/N): what list scheduling guarantees, so also what the noise-aware pass keeps. */
export function grahamBound(items: readonly WeightedItem[], shards: number): number {
  const { total, largest } = totalAndLargest(items);
  return total / shards + largest * (1 - 1 / shards);
}

const RECEIVERS = 8;

interface Step {
  value: number;
  to: number;
  give: number; // position in the heaviest shard's list
  take: number; // position in the receiving shard's list, -1 for a move
}

/** Improves `lists` in place; returns the number of moves and swaps applied. */
export function improve(items: readonly WeightedItem[], lists: number[][], maxRounds: number): number {
  const w = (i: number) => items[i].seconds;
  const loads = lists.map((l) => l.reduce((s, i) => s + w(i), 0));
  // Close enough to the lower bound that no move is worth its search (the bench prints 4 decimals).
  const goal = lowerBound(items, lists.length) * (1 + 1e-5);
  const before = (a: number, b: number) => w(a) < w(b) || (w(a) === w(b) && items[a].key < items[b].key);
  const firstAtLeast = (list: number[], weight: number) => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (w(list[mid]) < weight) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  let round = 0;
  for (; round < maxRounds; round++) {
    let h = 0;
    for (let s = 1; s < lists.length; s++) if (loads[s] > loads[h]) h = s;
    const top = loads[h];
    if (top <= goal) break;
    const eps = 1e-9 * Math.max(1, top);
    let best: Step | undefined;
    const consider = (to: number, d: number, give: number, take: number) => {
      if (d <= eps || d >= top - loads[to] - eps) return;
      const value = Math.max(top - d, loads[to] + d);
      if (best === undefined || value < best.value - eps) best = { value, to, give, take };
    };
    const heavy = lists[h];
    // The best partner is almost always among the lightest shards; looking only there keeps a round
    // O(RECEIVERS · |heaviest| · log) instead of O(N · |heaviest| · log) — 256 shards plan in milliseconds.
    const receivers = lists
      .map((_, j) => j)
      .sort((a, b) => loads[a] - loads[b] || a - b)
      .slice(0, RECEIVERS);
    for (const j of receivers) {
      if (j === h || top - loads[j] <= eps) continue;
      const half = (top - loads[j]) / 2;
      // Move: the ideal item weighs half the gap; try its neighbours in weight order.
      const p = firstAtLeast(heavy, half);
      for (const g of [p - 1, p]) if (g >= 0 && g < heavy.length) consider(j, w(heavy[g]), g, -1);
      // Swap: for each item given, the ideal item taken back weighs (given - half).
      const light = lists[j];
      if (light.length === 0) continue;
      for (let g = 0; g < heavy.length; g++) {
        const q = firstAtLeast(light, w(heavy[g]) - half);
        for (const t of [q - 1, q])
          if (t >= 0 && t < light.length) consider(j, w(heavy[g]) - w(light[t]), g, t);
      }
    }
    if (best === undefined || best.value >= top - eps) break;
    const light = lists[best.to];
    const given = heavy.splice(best.give, 1)[0];
    const taken = best.take >= 0 ? light.splice(best.take, 1)[0] : undefined;
    insertSorted(light, given, before);
    loads[h] -= w(given);
    loads[best.to] += w(given);
    if (taken !== undefined) {
      insertSorted(heavy, taken, before);
      loads[best.to] -= w(taken);
      loads[h] += w(taken);
    }
  }
  return round;
}

function insertSorted(list: number[], item: number, before: (a: number, b: number) => boolean): void {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(list[mid], item)) lo = mid + 1;
    else hi = mid;
  }
  list.splice(lo, 0, item);
}
