import { describe, expect, it } from 'vitest';
import { readPlanSettings } from '../../src/inputs/plan-settings.js';
import { emptyHistory } from '../../src/plan/history.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { matrixFor, parsePlan, serializePlan } from '../../src/plan/plan-file.js';
import { renderPlanSummary } from '../../src/report/plan-summary.js';

const files = (n: number) => Array.from({ length: n }, (_, i) => `t/f${String(i).padStart(3, '0')}.test.ts`);
const plan = (shards: number, runSlots?: number) =>
  makePlan({
    suites: [{ name: 'unit', files: files(40), shards }],
    history: emptyHistory(),
    settings: runSlots === undefined ? {} : { runSlots },
  });
const source = (inputs: Record<string, string>) => ({ getInput: (name: string) => inputs[name] ?? '' });

describe('run slots in the plan', () => {
  it('the matrix is shards × run slots, each row with its run next to its shard', () => {
    const p = plan(2, 3);
    expect(p.runSlots).toBe(3);
    expect(matrixFor(p).include).toEqual([
      { shard: 1, shards: 2, suite: 'unit', run: 1 },
      { shard: 1, shards: 2, suite: 'unit', run: 2 },
      { shard: 1, shards: 2, suite: 'unit', run: 3 },
      { shard: 2, shards: 2, suite: 'unit', run: 1 },
      { shard: 2, shards: 2, suite: 'unit', run: 2 },
      { shard: 2, shards: 2, suite: 'unit', run: 3 },
    ]);
  });

  it('one run slot leaves the plan, its hash and its matrix as they were', () => {
    const single = plan(2, 1);
    expect('runSlots' in single).toBe(false);
    expect(single.hash).toBe(plan(2).hash);
    expect(matrixFor(single).include[0]).toEqual({ shard: 1, shards: 2, suite: 'unit' });
  });

  it('the run slots are part of the plan hash, so an edited slot count is refused', () => {
    const p = plan(2, 3);
    expect(p.hash).not.toBe(plan(2).hash);
    const edited = serializePlan(p).replace('"runSlots": 3', '"runSlots": 2');
    expect(() => parsePlan(edited, 'plan.json')).toThrow(/modified or corrupted/);
  });

  it("refuses a matrix over GitHub's 256 jobs, naming shards and runs", () => {
    expect(matrixFor(plan(64, 4)).include).toHaveLength(256); // exactly at the limit is fine
    const many = () =>
      makePlan({
        suites: [{ name: 'unit', files: files(300), shards: 100 }],
        history: emptyHistory(),
        settings: { runSlots: 3 },
      });
    expect(many).toThrow(
      /100 jobs in all × 3 run slots \(input 'runs'\) = 300; .* at most 256\. Lower the shard counts or 'runs'/,
    );
  });

  it('shards: auto picks at most 256 / runs shards', async () => {
    const settings = await readPlanSettings(source({ tests: 't/**', runs: '5' }), '/repo');
    expect(settings.plan.auto?.maxShards).toBe(51);
    expect(settings.plan.runSlots).toBe(5);
    const capped = await readPlanSettings(source({ tests: 't/**', runs: '5', 'max-shards': '20' }), '/repo');
    expect(capped.plan.auto?.maxShards).toBe(20);
    await expect(readPlanSettings(source({ tests: 't/**', runs: '0' }), '/repo')).rejects.toThrow(
      /Input 'runs'/,
    );
  });
});

describe('the plan summary with run slots', () => {
  it('says how many matrix jobs the run slots make', () => {
    expect(renderPlanSummary(plan(4, 5))).toContain(
      'Each shard runs in 5 run slots, one run each: 20 matrix jobs, and a 5-run stability check in the wall time of one run.',
    );
    expect(renderPlanSummary(plan(4))).not.toContain('run slots');
  });
});
