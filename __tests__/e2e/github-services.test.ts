import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackendId, startActionsServices, type ActionsServices } from '../harness/actions-services.js';
import { copyExample } from './example-suite.js';
import { runBundleAsync } from './run-bundle.js';

// The built bundles, started as the runner starts them, with the real @actions/artifact and @actions/cache
// clients talking to the results-service stand-in and Azurite.
let services: ActionsServices;
beforeAll(async () => {
  services = await startActionsServices();
}, 60_000);
afterAll(async () => {
  await services?.stop();
});

describe('bundles against the GitHub services stand-in', { timeout: 300_000 }, () => {
  it('the plan job uploads the plan as an artifact and every shard job downloads it, from outside the repository', async () => {
    const suite = copyExample('node-suite');
    const tests = 'test/*.test.mjs';
    const plan = await runBundleAsync(
      'plan',
      { framework: 'node-test', tests, shards: '2' },
      { cwd: suite, env: services.envFor({ runId: 500, job: 'plan' }) },
    );
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    // The first plan of a suite finds no history in the cache: the plan warns about coverage, not about the cache.
    const annotations = plan.stdout.split('\n').filter((line) => /^::(warning|error)/.test(line));
    expect(annotations).toEqual([expect.stringContaining('only 0.0%25 of test files have timing history')]);
    const uploaded = services.artifacts.artifacts.filter((a) => a.runBackendId === runBackendId(500));
    expect(uploaded.map((a) => [a.name, a.finalized])).toEqual([['shardproof-plan', true]]);
    expect(services.calls.some((c) => c.method === 'GetCacheEntryDownloadURL' && c.status === 200)).toBe(
      true,
    );

    for (const shard of ['1', '2']) {
      const run = await runBundleAsync(
        'run',
        { framework: 'node-test', shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        { cwd: suite, env: services.envFor({ runId: 500, job: `test-${shard}` }) },
      );
      // The example suite has one test that always fails (money.test.mjs): a shard may exit 1 for it.
      expect(run.stdout).toContain('Artifact download completed successfully.');
      expect(run.stdout).toContain(
        `shard ${shard}/2 of suite 'default' in plan ${plan.outputs['plan-hash'].slice(0, 12)}`,
      );
    }
  });

  it('a shard of another workflow run finds no plan and says what to do', async () => {
    const suite = copyExample('node-suite');
    const run = await runBundleAsync(
      'run',
      { framework: 'node-test', shard: '1', 'plan-hash': 'f'.repeat(64) },
      { cwd: suite, env: services.envFor({ runId: 501, job: 'test-1' }) },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain("there is no 'shardproof-plan' artifact in this workflow run");
  });
});
