import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ProofIdentity } from '../../src/proof/artifact-name.js';
import { mergeRecords } from '../../src/proof/merge-records.js';
import { readProof } from '../../src/proof/read-proof.js';
import type { Outcome } from '../../src/results/model.js';
import { partitionFaults } from '../../src/verdict/completeness.js';
import { mergeRuns, mergeVerdict } from '../../src/verdict/merge-runs.js';
import { ResultKeys } from '../../src/verdict/result-keys.js';
import { everyTest } from '../../src/verdict/verdict-builder.js';
import { writeProof, type FixtureRun, type FixtureTest } from './proof-fixture.js';

/** A small deterministic generator (mulberry32): the same proofs on every run of the test. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const OUTCOMES: Outcome[] = ['passed', 'passed', 'passed', 'failed', 'skipped', 'error'];

/** Runs of one shard: random outcomes, duplicates in a run, reruns of failures, a run that lost a test. */
function shardRuns(next: () => number, shard: number, runs: number[], shared: string): FixtureRun[] {
  return runs.map((run) => {
    const tests: FixtureTest[] = [];
    for (let t = 0; t < 12; t++) {
      if (next() < 0.1) continue;
      const outcome = OUTCOMES[Math.floor(next() * OUTCOMES.length)];
      const test = {
        file: `s${shard}/f${t % 3}.py`,
        name: `t${t}`,
        outcome,
        duration: Math.floor(next() * 8) / 4,
        ...(outcome === 'failed' || outcome === 'error' ? { message: `boom ${shard}.${run}.${t}` } : {}),
      };
      tests.push(test);
      if (next() < 0.1) tests.push({ ...test, outcome: 'passed', message: undefined });
    }
    // One test every shard reports: a partition fault.
    tests.push({
      file: shared,
      name: 'everywhere',
      outcome: next() < 0.5 ? 'passed' : 'failed',
      duration: 0.25,
    });
    const failed = tests.filter((t) => t.outcome === 'failed' || t.outcome === 'error');
    const reruns =
      next() < 0.7
        ? [failed.map((t) => ({ ...t, outcome: next() < 0.5 ? 'passed' : 'failed' }) as FixtureTest)]
        : [];
    if (reruns.length > 0 && next() < 0.5) reruns.push(failed.slice(0, 2));
    return { run, tests, reruns, wallMs: 1000 + run, fileSeconds: { [`s${shard}/f0.py`]: 1.5 } };
  });
}

async function proofsOf(seed: number, slots: boolean) {
  const next = random(seed);
  const state = mkdtempSync(join(tmpdir(), 'shardproof-merge-records-'));
  const dirs: Array<{ dir: string; identity: ProofIdentity }> = [];
  for (let shard = 1; shard <= 3; shard++) {
    for (const slot of slots ? [1, 2, 3] : [undefined]) {
      const identity = {
        suite: 'default',
        shard: { index: shard, total: 3 },
        attempt: 1,
        ...(slot !== undefined ? { runSlot: slot } : {}),
      };
      const runs = slot !== undefined ? [slot] : [1, 2, 3];
      dirs.push({ dir: writeProof(state, identity, shardRuns(next, shard, runs, 'shared.py')), identity });
    }
  }
  // One proof whose lines are out of order: runs interleaved, reruns before their run's main results.
  const shuffled = join(dirs[0].dir, 'records.jsonl');
  const lines = readFileSync(shuffled, 'utf8').trim().split('\n');
  writeFileSync(shuffled, `${lines.reverse().join('\n')}\n`);
  const full = await Promise.all(dirs.map(({ dir, identity }) => readProof(dir, dir, identity)));
  const keys = dirs.map(() => new ResultKeys());
  const streamed = await Promise.all(
    dirs.map(({ dir, identity }, i) =>
      readProof(dir, dir, identity, { keepTests: false, onResult: (r) => keys[i].add(r) }),
    ),
  );
  return { full, streamed, keys };
}

describe('mergeRecords', () => {
  for (const [seed, slots] of [
    [1, false],
    [2, false],
    [3, true],
    [4, true],
  ] as const) {
    it(`gives the verdict, partition faults and timing runs of the in-memory merge (seed ${seed}${slots ? ', run slots' : ''})`, async () => {
      const { full, streamed } = await proofsOf(seed, slots);
      expect(streamed.every((p) => p.records.every((r) => r.tests.length <= 2))).toBe(true);
      const expected = mergeVerdict(full);
      const merged = await mergeRecords(streamed, () => false);
      const { eachTest: _each, ...rest } = merged.verdict;
      expect([...everyTest(merged.verdict)]).toEqual(expected.tests);
      expect({ ...rest, tests: [] }).toEqual({ ...expected, tests: [] });
      expect(merged.partitionFaults).toEqual(partitionFaults(full));
      expect(merged.partitionFaults.map((f) => f.id)).toEqual(['shared.py::everywhere']);
      const runs = mergeRuns(full).filter((r) => !r.reportMissing);
      expect(merged.measured.map((m) => m.tests.map((t) => [t.file, t.name, t.duration]))).toEqual(
        runs.map((r) => r.tests.map((t) => [t.file, t.name, t.duration])),
      );
      expect(merged.measured.every((m) => m.perTest === true)).toBe(true);
    });
  }

  it('gathers the files and the selected ids completeness needs while reading', async () => {
    const { keys, full } = await proofsOf(5, false);
    expect([...keys[0].files].sort()).toEqual(['s1/f0.py', 's1/f1.py', 's1/f2.py', 'shared.py']);
    expect(keys[0].any).toBe(true);
    expect(keys[0].ids.size).toBe(0);
    const selected = new ResultKeys(new Set(['t1', 'everywhere']));
    for (const r of full[0].records.flatMap((run) => run.tests)) selected.add(r);
    expect([...selected.ids].sort()).toEqual(['s1/f1.py::t1', 'shared.py::everywhere']);
  });
});
