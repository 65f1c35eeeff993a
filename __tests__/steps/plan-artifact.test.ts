import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalArtifactStore } from '../../src/platform/artifact-store.js';
import { downloadNewestPlan, planArtifactName } from '../../src/steps/plan-artifact.js';

describe('the plan artifact across re-run attempts', () => {
  it('is named per attempt after the first, so "Re-run all jobs" never reuses a name', () => {
    expect(planArtifactName(1)).toBe('shardproof-plan');
    expect(planArtifactName(3)).toBe('shardproof-plan-a3');
  });

  it('is read as the newest plan made no later than the reading job’s attempt', async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-plan-attempts-'));
    const store = new LocalArtifactStore(state);
    for (const [attempt, body] of [
      [1, 'first'],
      [2, 'second'],
    ] as const) {
      const dir = join(state, `src-${attempt}`);
      mkdirSync(dir);
      writeFileSync(join(dir, 'plan.json'), body);
      await store.upload(planArtifactName(attempt), dir);
    }
    const read = async (attempt: number) => {
      const dir = mkdtempSync(join(tmpdir(), 'shardproof-plan-read-'));
      const name = await downloadNewestPlan(store, dir, attempt);
      return [name, readFileSync(join(dir, 'plan.json'), 'utf8')];
    };
    expect(await read(1)).toEqual(['shardproof-plan', 'first']);
    expect(await read(2)).toEqual(['shardproof-plan-a2', 'second']);
    // "Re-run failed jobs": a shard in attempt 3 runs the plan of the last attempt that made one.
    expect(await read(3)).toEqual(['shardproof-plan-a2', 'second']);
    expect(
      await downloadNewestPlan(new LocalArtifactStore(mkdtempSync(join(tmpdir(), 'x-'))), state, 1),
    ).toBe(undefined);
  });
});
