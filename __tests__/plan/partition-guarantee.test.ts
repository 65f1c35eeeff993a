import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyHistory, type TimingHistory } from '../../src/plan/history.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { itemKey } from '../../src/plan/model.js';
import { assertPartition } from '../../src/plan/partition-guarantee.js';

const duration = fc.oneof(
  fc.constant(0),
  fc.constant(1),
  fc.double({ min: 0, max: 1e6, noNaN: true }),
  fc.constant(1e12),
);

/** Unique file names with a history entry each (or none), plus per-test entries for some. */
const suiteArb = fc
  .uniqueArray(fc.stringMatching(/^[a-c]{1,2}\/[a-z0-9_]{1,6}\.test\.ts$/), { minLength: 0, maxLength: 60 })
  .chain((files) =>
    fc.record({
      files: fc.constant(files),
      durations: fc.array(fc.option(fc.array(duration, { minLength: 1, maxLength: 5 }), { nil: undefined }), {
        minLength: files.length,
        maxLength: files.length,
      }),
      tests: fc.array(fc.array(duration, { minLength: 0, maxLength: 4 }), {
        minLength: files.length,
        maxLength: files.length,
      }),
      shards: fc.integer({ min: 1, max: 80 }),
      split: fc.boolean(),
    }),
  );

function historyOf(s: {
  files: string[];
  durations: (number[] | undefined)[];
  tests: number[][];
}): TimingHistory {
  const history = emptyHistory();
  s.files.forEach((file, i) => {
    const d = s.durations[i];
    if (d === undefined) return;
    history.items[file] = { durations: d, updated: '' };
    s.tests[i].forEach((t, k) => (history.items[`${file}::t${k}`] = { durations: [t], updated: '' }));
  });
  return history;
}

describe('the partition guarantee', () => {
  it('every discovered file runs exactly once, for any files, timings and shard count', () => {
    fc.assert(
      fc.property(suiteArb, (s) => {
        const plan = makePlan({
          suites: [{ name: 'default', files: s.files, shards: s.shards, framework: 'pytest' }],
          history: historyOf(s),
          settings: { splitSlowFiles: s.split, serialGlobs: ['**::t0'] },
        });
        const suite = plan.suites[0];
        expect(suite.shards).toHaveLength(s.shards);
        // Independently of makePlan's own check: whole files and remainders cover each file once.
        const runs = new Map<string, number>();
        for (const item of suite.shards.flatMap((sh) => sh.items)) {
          if (item.tests === undefined) runs.set(item.file, (runs.get(item.file) ?? 0) + 1);
        }
        expect([...runs.keys()].sort()).toEqual([...s.files].sort());
        expect([...runs.values()].every((n) => n === 1)).toBe(true);
        const keys = suite.shards.flatMap((sh) => sh.items.map(itemKey));
        expect(new Set(keys).size).toBe(keys.length);
        // Graham's list-scheduling bound, which LPT and every improving move respect.
        const largest = Math.max(0, ...suite.shards.flatMap((sh) => sh.items.map((i) => i.seconds)));
        const bound = suite.totalSeconds / s.shards + largest * (1 - 1 / s.shards);
        expect(suite.makespan).toBeLessThanOrEqual(bound * (1 + 1e-9) + 1e-9);
      }),
      { numRuns: 2000 },
    );
  });

  it('a plan does not depend on the order files were discovered in', () => {
    fc.assert(
      fc.property(suiteArb, fc.integer(), (s, seed) => {
        const history = historyOf(s);
        const shuffled = [...s.files].sort(
          (a, b) => (a + seed).length * 31 + a.charCodeAt(0) - ((b + seed).length * 31 + b.charCodeAt(0)),
        );
        const a = makePlan({ suites: [{ name: 'd', files: s.files, shards: s.shards }], history });
        const b = makePlan({ suites: [{ name: 'd', files: shuffled, shards: s.shards }], history });
        expect(b.hash).toBe(a.hash);
      }),
      { numRuns: 300 },
    );
  });

  it('zero files give empty shards, which are valid', () => {
    const plan = makePlan({ suites: [{ name: 'default', files: [], shards: 3 }], history: emptyHistory() });
    expect(plan.suites[0].shards.map((s) => s.items)).toEqual([[], [], []]);
    expect(plan.suites[0].quality).toBe(1);
  });

  it('more shards than files leaves the extra shards empty', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['a.test.ts', 'b.test.ts'], shards: 4 }],
      history: emptyHistory(),
    });
    expect(plan.suites[0].shards.map((s) => s.items.map((i) => i.file))).toEqual([
      ['a.test.ts'],
      ['b.test.ts'],
      [],
      [],
    ]);
  });

  it('a file planned twice is reported as a bug, not a user error', () => {
    expect(() =>
      assertPartition(['a', 'b'], [[{ file: 'a' }], [{ file: 'b' }, { file: 'a', exceptTests: [] }]]),
    ).toThrow('shardproof bug: the plan breaks the partition guarantee: "a" runs 2 times');
  });

  it('a discovered file missing from every shard is reported', () => {
    expect(() => assertPartition(['a', 'b'], [[{ file: 'a' }], []])).toThrow('"b" runs 0 times');
  });

  it('a split file whose remainder does not exclude its split tests is reported', () => {
    expect(() =>
      assertPartition(['a'], [[{ file: 'a', tests: ['x'] }], [{ file: 'a', exceptTests: ['y'] }]]),
    ).toThrow('the remainder of "a" does not exclude exactly its split tests');
  });
});
