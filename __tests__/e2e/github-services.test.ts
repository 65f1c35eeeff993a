import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GitHubArtifactStore } from '../../src/platform/artifact-store.js';
import {
  REPOSITORY,
  runBackendId,
  startActionsServices,
  type ActionsServices,
} from '../harness/actions-services.js';
import { becomeJob, scratch } from '../harness/job-env.js';
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

  const runOnce = (runId: number) =>
    runBundleAsync(
      'run',
      { framework: 'node-test', tests: 'test/*.test.mjs', 'fail-on-flaky': 'false' },
      { cwd: copyExample('node-suite'), env: services.envFor({ runId, job: 'test' }) },
    );

  it('the run step uploads its proof folder byte for byte and links to it', async () => {
    const run = await runOnce(510);
    expect(run.status).toBe(1); // the example's money test fails every time
    const stored = services.artifacts.artifacts.filter((a) => a.runBackendId === runBackendId(510));
    expect(stored.map((a) => [a.name, a.finalized])).toEqual([['shardproof-proof-default-a1', true]]);
    expect(run.outputs['artifact-id']).toBe(String(stored[0].id));
    expect(run.outputs['artifact-url']).toBe(
      `https://github.com/${REPOSITORY}/actions/runs/510/artifacts/${stored[0].id}`,
    );
    const download = scratch('proof-download');
    try {
      becomeJob({ ...services.envFor({ runId: 510, job: 'report' }), GITHUB_WORKSPACE: download.dir });
      expect(await new GitHubArtifactStore().download('shardproof-proof-default-a1', download.dir)).toBe(
        true,
      );
      expect(tree(download.dir)).toEqual(tree(run.outputs['proof-dir']));
    } finally {
      vi.unstubAllEnvs();
      download.remove();
    }
  });

  it('a service error answered once is retried by the client, and the proof arrives', async () => {
    services.failNext('FinalizeArtifact', 1);
    const run = await runOnce(511);
    expect(run.stdout).toContain('Attempt 1 of 5 failed with error: Failed request: (500)');
    expect(run.outputs['artifact-id']).toMatch(/^\d+$/);
  });

  it('a proof upload that keeps failing is one warning, and the outcome is the same as with it', async () => {
    const good = await runOnce(512);
    services.artifacts.spoilNextUploadUrls(3);
    const lost = await runOnce(513);
    expect(lost.status).toBe(good.status);
    for (const key of ['passed', 'failed', 'flaky', 'skipped'])
      expect(lost.outputs[key]).toBe(good.outputs[key]);
    const warnings = lost.stdout.split('\n').filter((line) => line.startsWith('::warning'));
    expect(warnings).toEqual([
      expect.stringContaining('Artifact shardproof-proof-default-a1 was not uploaded after 3 attempts'),
    ]);
    expect(lost.outputs['artifact-id'] ?? '').toBe('');
    expect(
      services.artifacts.artifacts.some((a) => a.runBackendId === runBackendId(513) && a.finalized),
    ).toBe(false);
  });
});

function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  return out;
}
