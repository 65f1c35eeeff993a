import { describe, expect, it } from 'vitest';
import { emptyHistory, recordRun, serializeHistory } from '../../src/plan/index.js';
import type { TestResult } from '../../src/results/model.js';
import { RunTimings } from '../../src/proof/run-timings.js';

const NOW = '2026-11-30T00:00:00.000Z';
const test = (file: string | undefined, name: string, duration: number, suite?: string): TestResult => ({
  id: `${file ?? suite}::${name}`,
  ...(file !== undefined ? { file } : {}),
  ...(suite !== undefined ? { suite } : {}),
  name,
  outcome: 'passed',
  duration,
});

describe('the timings a proof records while results stream past', () => {
  const run1 = [
    test('a.py', 't1', 1),
    test('a.py', 't2', 2),
    test(undefined, 'T', 4, 'pkg'),
    test('b.py', 'x', 0.5),
  ];
  const run2 = [test('a.py', 't1', 3), test('b.py', 'x', Number.NaN)];

  it('are recordRun over each run, per-test entries included, for runs within the limit', () => {
    const timings = new RunTimings(10);
    for (const t of run1) timings.add(t);
    timings.endRun([{ file: 'b.py', seconds: 7 }], NOW);
    for (const t of run2) timings.add(t);
    timings.endRun([], NOW);
    let expected = recordRun(emptyHistory(), run1, { now: NOW, fileSeconds: new Map([['b.py', 7]]) });
    expected = recordRun(expected, run2, { now: NOW, fileSeconds: new Map() });
    expect(timings.serialize()).toBe(serializeHistory(expected));
  });

  it('keeps only file times for a run of more tests than the limit, the same sums per file', () => {
    const timings = new RunTimings(3);
    for (const t of run1) timings.add(t);
    timings.endRun([{ file: 'b.py', seconds: 7 }], NOW);
    const items = JSON.parse(timings.serialize()).items as Record<string, { durations: number[] }>;
    expect(Object.keys(items).sort()).toEqual(['a.py', 'b.py', 'pkg']);
    expect(items['a.py'].durations).toEqual([3]);
    expect(items['b.py'].durations).toEqual([7]);
    expect(items.pkg.durations).toEqual([4]);
  });
});
