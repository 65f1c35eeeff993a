import { describe, expect, it } from 'vitest';
import { lowerExpectedMakespan } from '../../src/plan/expected-makespan.js';
import { estimateFromDurations } from '../../src/plan/history.js';
import { grahamBound, improve, lptAssign, lptStrategy } from '../../src/plan/lpt.js';
import type { WeightedItem } from '../../src/plan/partition.js';
import { MAX_SPREAD, runSpreads } from '../../src/plan/spread.js';

describe('the geometric-mean estimate', () => {
  it('equal runs give back exactly that run', () => {
    expect(estimateFromDurations([4, 4, 4], 'geometric-mean')).toBe(4);
  });

  it('a run more than twice the median counts as twice the median', () => {
    // logs of 10, 11, 9, 10 and 20 (95 clipped), averaged
    expect(estimateFromDurations([10, 11, 9, 10, 95], 'geometric-mean')).toBeCloseTo(10 * 1.98 ** 0.2, 12);
  });

  it('a 0 s run counts as half the median; a 0 s median is 0', () => {
    expect(estimateFromDurations([0, 10, 10], 'geometric-mean')).toBeCloseTo(10 * 0.5 ** (1 / 3), 12);
    expect(estimateFromDurations([0, 0, 5], 'geometric-mean')).toBe(0);
  });
});

describe('run spreads', () => {
  it("shrinks each item's log-variance toward the pooled one and adds the estimate's own error", () => {
    // log-variances: [1, e] → 0.5 with 1 degree of freedom; [1, 1, 1] → 0 with 2; pooled (0.5·1 + 0·2)/3.
    const pooled = 0.5 / 3;
    const { spreads, pooled: sigma } = runSpreads([[1, Math.E], [1, 1, 1], [3], undefined]);
    expect(sigma).toBeCloseTo(Math.sqrt(pooled), 12);
    expect(spreads[0]).toBeCloseTo(Math.sqrt(((0.5 + pooled * 8) / 9) * (1 + 1 / 2)), 12);
    expect(spreads[1]).toBeCloseTo(Math.sqrt(((0 + pooled * 8) / 10) * (1 + 1 / 3)), 12);
    // No variance of its own: the pooled one, as from a single sample.
    expect(spreads[2]).toBeCloseTo(Math.sqrt(pooled * 2), 12);
    expect(spreads[3]).toBeCloseTo(Math.sqrt(pooled * 2), 12);
  });

  it('without two positive runs anywhere there is no spread, and wild histories are capped', () => {
    expect(runSpreads([[3], [0, 0], undefined])).toEqual({ spreads: [0, 0, 0], pooled: undefined });
    expect(runSpreads([[1, 1e6]]).spreads).toEqual([MAX_SPREAD]);
  });
});

describe('the noise-aware pass', () => {
  // Mean loads 9 / 8 / 6 either way; with noisy `c` alone its swings no longer add to another item's 2 s.
  const items: WeightedItem[] = [
    { key: 'a', seconds: 2, spread: 0.05 },
    { key: 'b', seconds: 6, spread: 0.05 },
    { key: 'c', seconds: 6, spread: 0.8 },
    { key: 'd', seconds: 6, spread: 0.05 },
    { key: 'e', seconds: 3, spread: 0.05 },
  ];
  const keys = (lists: number[][]) => lists.map((l) => l.map((i) => items[i].key));

  it('gives the noisiest shard less work than a plan balanced on estimates alone', () => {
    const exact = items.map(({ key, seconds }) => ({ key, seconds }));
    expect(keys(lptStrategy.partition(exact, 3))).toEqual([['b', 'e'], ['a', 'c'], ['d']]);
    expect(keys(lptStrategy.partition(items, 3))).toEqual([['b', 'e'], ['c'], ['a', 'd']]);
  });

  it('lowers the simulated slowest shard and is deterministic', () => {
    const run = () => {
      const lists = lptAssign(items, 3);
      improve(items, lists, 2000);
      return { result: lowerExpectedMakespan(items, lists, { maxMeanLoad: grahamBound(items, 3) }), lists };
    };
    const first = run();
    expect(first.result.steps).toBe(1);
    expect(first.result.after).toBeLessThan(first.result.before);
    expect(run()).toEqual(first);
  });

  it('never lets a shard exceed the load it is given as a bound', () => {
    const lists = lptAssign(items, 3);
    improve(items, lists, 2000);
    const before = keys(lists);
    expect(lowerExpectedMakespan(items, lists, { maxMeanLoad: 7 }).steps).toBe(0);
    expect(keys(lists)).toEqual(before);
  });
});
