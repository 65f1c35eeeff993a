import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackendId, startActionsServices, type ActionsServices } from '../harness/actions-services.js';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundleAsync } from './run-bundle.js';
import { scratchDir } from './scratch.js';

// plan → 3 shards → report as the runner starts the bundles, with the real @actions/artifact and @actions/cache
// clients talking to the results-service stand-in and Azurite.
let services: ActionsServices;
beforeAll(async () => {
  services = await startActionsServices();
}, 60_000);
afterAll(async () => {
  await services?.stop();
});

const tests = 'tests/**/test_*.py';
// One RUNNER_TEMP for every job, as on hosted runners: the cache version hashes the history file's path there.
const runnerTemp = scratchDir('runner-temp');
const job = (runId: number, name: string, attempt = 1) => ({
  ...services.envFor({ runId, job: name, attempt }),
  PATH: DEBIAN_PYTHON_PATH,
  RUNNER_TEMP: runnerTemp,
});

describe('the report job against the GitHub services stand-in', { timeout: 300_000 }, () => {
  it('merges the uploaded proofs, saves the history in the cache for the next run, and names a shard whose proof is gone', async () => {
    const suite = copyExample('pytest-suite');
    const plan = await runBundleAsync(
      'plan',
      { framework: 'pytest', tests, shards: '3' },
      { cwd: suite, env: job(700, 'plan') },
    );
    expect(plan.status, plan.stdout).toBe(0);
    for (const shard of ['1', '2', '3']) {
      const run = await runBundleAsync(
        'run',
        { framework: 'pytest', shard, 'fail-on-flaky': 'false' },
        { cwd: suite, env: job(700, `test-${shard}`) },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
    }

    const report = await runBundleAsync(
      'report',
      { 'fail-on-flaky': 'false' },
      { cwd: suite, env: job(700, 'report') },
    );
    expect(report.stdout).toContain('proofs: 3 found');
    expect(report.outputs.missing, report.stdout).toBe('0');
    const merged = JSON.parse(readFileSync(report.outputs['results-json'], 'utf8')) as { tests: unknown[] };
    expect(merged.tests).toHaveLength(13);
    expect(report.outputs['artifact-id']).toMatch(/^\d+$/);
    const stored = services.artifacts.artifacts.filter((a) => a.runBackendId === runBackendId(700));
    expect(stored.filter((a) => a.name === 'shardproof-report').map((a) => a.finalized)).toEqual([true]);
    expect(report.stdout).toMatch(
      /timing history: 0 items restored from the stored history, 1 runs appended, \d+ items kept .*, saved/,
    );

    // The next workflow run's plan restores that history by prefix and knows every file.
    const next = await runBundleAsync(
      'plan',
      { framework: 'pytest', tests, shards: '3' },
      { cwd: suite, env: job(701, 'plan') },
    );
    expect(next.status, next.stdout).toBe(0);
    expect(JSON.parse(next.outputs.plan).suites[0].matchRate).toBe(1);

    // Shard 2's proof gone: a re-run of the report (attempt 2) fails naming it, and its own artifact gets a new name.
    expect(await services.artifacts.remove(runBackendId(700), 'shardproof-proof-default-2of3-a1')).toBe(true);
    const again = await runBundleAsync(
      'report',
      { 'fail-on-flaky': 'false' },
      { cwd: suite, env: job(700, 'report', 2) },
    );
    expect(again.status).toBe(1);
    expect(again.stdout).toContain("No proof from suite 'default' shard 2/3");
    expect(again.outputs.missing).toBe('1');
    expect(services.artifacts.artifacts.some((a) => a.name === 'shardproof-report-a2' && a.finalized)).toBe(
      true,
    );
  });
});
