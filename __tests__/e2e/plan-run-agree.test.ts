import { describe, expect, it } from 'vitest';
import { copyExample } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

describe('a shard run and its plan', () => {
  it('a run with another framework than the plan fails, saying which, before running anything', () => {
    const suite = copyExample('node-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const run = runBundle(
      'run',
      { framework: 'jest', shard: '2', 'plan-hash': plan.outputs['plan-hash'] },
      { cwd: suite, env: state },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "::error::Input 'framework' is 'jest', but the plan made shard 2 of suite 'default' for 'node-test'.",
    );
    expect(run.stdout).not.toContain('::group::Run 1');
  });
});
