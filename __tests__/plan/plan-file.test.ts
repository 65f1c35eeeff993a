import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHistory, type TimingHistory } from '../../src/plan/history.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { itemsForShard, matrixFor, readPlan, writePlan } from '../../src/plan/plan-file.js';
import { UserError } from '../../src/inputs/user-error.js';

function history(entries: Record<string, number>): TimingHistory {
  const h = emptyHistory();
  for (const [k, v] of Object.entries(entries)) h.items[k] = { durations: [v], updated: '' };
  return h;
}

const twoSuites = () =>
  makePlan({
    suites: [
      { name: 'unit', files: ['u/a.test.ts', 'u/b.test.ts', 'u/c.test.ts'], shards: 2, workers: 8 },
      { name: 'e2e', files: ['e/login.spec.ts'], shards: 1, command: 'npx playwright test' },
    ],
    history: history({ 'u/a.test.ts': 6, 'u/b.test.ts': 4, 'u/c.test.ts': 2, 'e/login.spec.ts': 9 }),
    settings: { overheadSeconds: 30 },
  });

describe('the plan file', () => {
  it('packs by timings and reports the numbers a summary needs', () => {
    const unit = twoSuites().suites[0];
    expect(unit.shards.map((s) => [s.items.map((i) => i.file), s.predictedSeconds])).toEqual([
      [['u/a.test.ts'], 36],
      [['u/b.test.ts', 'u/c.test.ts'], 36],
    ]);
    expect([unit.lowerBound, unit.makespan, unit.quality, unit.matchRate]).toEqual([6, 6, 1, 1]);
    expect(unit.largest[0]).toEqual({ key: 'u/a.test.ts', seconds: 6 });
  });

  it('the matrix has one row per suite and shard, always naming the suite', () => {
    expect(matrixFor(twoSuites())).toEqual({
      include: [
        { shard: 1, shards: 2, suite: 'unit' },
        { shard: 2, shards: 2, suite: 'unit' },
        { shard: 1, shards: 1, suite: 'e2e' },
      ],
    });
  });

  it('round-trips through a file and gives each shard its items', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-'));
    const file = path.join(dir, 'plan.json');
    const plan = twoSuites();
    await writePlan(file, plan);
    const read = await readPlan(file);
    expect(read).toEqual(plan);
    expect(itemsForShard(read, 'unit', 2)).toEqual([{ file: 'u/b.test.ts' }, { file: 'u/c.test.ts' }]);
  });

  it('a plan whose assignment was edited is rejected as modified or corrupted', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-'));
    const file = path.join(dir, 'plan.json');
    await writePlan(file, twoSuites());
    await writeFile(file, (await readFile(file, 'utf8')).replace('u/c.test.ts', 'u/evil.test.ts'));
    await expect(readPlan(file)).rejects.toThrow(
      /^Plan ".*plan.json" was modified or corrupted: its hash [0-9a-f]{12}… does not match its contents/,
    );
  });

  it('a plan of another version is rejected with what to do', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'plan-'));
    const file = path.join(dir, 'plan.json');
    await writeFile(file, JSON.stringify({ ...twoSuites(), version: 9 }));
    await expect(readPlan(file)).rejects.toThrow(/has version 9; this shardproof reads version 1/);
  });

  it('an unknown shard or suite is a user error listing the valid ones', () => {
    const plan = twoSuites();
    expect(() => itemsForShard(plan, 'unit', 3)).toThrow(
      new UserError(`Input 'shard': 3 is not a shard of suite 'unit'; expected 1 to 2.`),
    );
    expect(() => itemsForShard(plan, 'api', 1)).toThrow(
      new UserError(`Input 'suite': "api" is not in the plan; it has 'unit', 'e2e'.`),
    );
  });

  it('the same inputs give a byte-identical plan', () => {
    expect(JSON.stringify(twoSuites())).toBe(JSON.stringify(twoSuites()));
  });

  it('warns when too few files have timing history', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['a', 'b'], shards: 1 }],
      history: history({ a: 1 }),
    });
    expect(plan.warnings).toEqual([
      `Suite 'default': only 50.0% of test files have timing history (below 95%); the others are estimated, so shards may be uneven until the next run records them.`,
    ]);
  });
});

describe('splitting slow files', () => {
  const h = history({ big: 10, 'big::t1': 4, 'big::t2': 3, 'big::db1': 1, 'big::db2': 1, small: 1 });

  it('splits a file slower than the shard target into tests, serial groups kept together, plus a remainder', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['big', 'small'], shards: 2, framework: 'pytest' }],
      history: h,
      settings: { splitSlowFiles: true, serialGlobs: ['big::db*'] },
    });
    const items = plan.suites[0].shards.flatMap((s) => s.items).sort((a, b) => b.seconds - a.seconds);
    expect(items).toEqual([
      { file: 'big', tests: ['t1'], seconds: 4 },
      { file: 'big', tests: ['t2'], seconds: 3 },
      { file: 'big', tests: ['db1', 'db2'], seconds: 2 },
      { file: 'big', exceptTests: ['db1', 'db2', 't1', 't2'], seconds: 1 },
      { file: 'small', seconds: 1 },
    ]);
    expect(plan.suites[0].makespan).toBe(6);
  });

  it('keeps files whole for jest, whose split pieces the run step cannot execute yet', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['big', 'small'], shards: 2, framework: 'jest' }],
      history: h,
      settings: { splitSlowFiles: true },
    });
    expect(plan.suites[0].shards.flatMap((s) => s.items).every((i) => !i.tests && !i.exceptTests)).toBe(true);
    expect(plan.warnings[0]).toContain('(pytest); files are kept whole.');
  });

  it('keeps files whole, with a warning, when the framework cannot select tests', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['big', 'small'], shards: 2, framework: 'cargo' }],
      history: h,
      settings: { splitSlowFiles: true },
    });
    expect(plan.suites[0].shards.map((s) => s.items.map((i) => i.file))).toEqual([['big'], ['small']]);
    expect(plan.warnings[0]).toMatch(
      /^Suite 'default': split-slow-files needs a framework that selects single tests/,
    );
  });
});
