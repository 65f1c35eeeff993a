import { describe, expect, it } from 'vitest';
import { appendMeasuredRuns, pruneToFiles } from '../../src/plan/history-update.js';
import { emptyHistory } from '../../src/plan/index.js';
import type { TestResult } from '../../src/results/model.js';

const t = (file: string, name: string, duration: number): TestResult => ({
  id: `${file}::${name}`,
  file,
  name,
  outcome: 'passed',
  duration,
});

describe('appendMeasuredRuns', () => {
  it("prefers a file's own measured time over the sum of its tests, and keeps the last K", () => {
    const runs = [1, 2, 3].map((k) => ({
      tests: [t('a.py', 'x', 1), t('a.py', 'y', 1), t('b.py', 'z', k)],
      fileSeconds: new Map([['./a.py', 5]]),
    }));
    const history = appendMeasuredRuns(emptyHistory(), runs, { now: 'now', keep: 2 });
    expect(history.items['a.py'].durations).toEqual([5, 5]);
    expect(history.items['b.py'].durations).toEqual([2, 3]);
    expect(history.items['a.py::x'].durations).toEqual([1, 1]);
  });
});

describe('pruneToFiles', () => {
  it('drops files and their tests that the plan no longer discovers, keeping suffix-matched keys', () => {
    const items = Object.fromEntries(
      ['gone.py', 'gone.py::x', 'repo/kept.py', 'repo/kept.py::y'].map((k) => [
        k,
        { durations: [1], updated: '' },
      ]),
    );
    const pruned = pruneToFiles({ version: 1, items }, ['kept.py', 'new.py']);
    expect(Object.keys(pruned.items)).toEqual(['repo/kept.py', 'repo/kept.py::y']);
  });
});
