import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBackendId, startActionsServices, type ActionsServices } from '../harness/actions-services.js';
import { scratch } from '../harness/job-env.js';
import { copyExample } from './example-suite.js';
import { runBundleAsync, type BundleRun } from './run-bundle.js';

// plan → 3 shards → report, each the built bundle started as the runner starts it, with the real artifact and
// cache clients against the results-service stand-in and Azurite: the loop of issue 7 on "GitHub".
let services: ActionsServices;
const scratches: Array<() => void> = [];
let hostedRunnerTemp: string;
beforeAll(async () => {
  services = await startActionsServices();
  hostedRunnerTemp = scratchDir();
}, 60_000);
afterAll(async () => {
  await services?.stop();
  for (const remove of scratches) remove();
});

function scratchDir(): string {
  const { dir, remove } = scratch('runner-temp');
  scratches.push(remove);
  return dir;
}

const framework = 'node-test';
const tests = 'test/*.test.mjs';
const counts = (run: BundleRun) =>
  Object.fromEntries(['passed', 'failed', 'flaky', 'skipped'].map((k) => [k, Number(run.outputs[k])]));

/** One workflow run: plan, then 3 shard jobs at once. Every job runs on a fresh "hosted runner" whose RUNNER_TEMP
 * has the same path (the cache version hashes the history file's path there); the shard jobs run at once here,
 * so each gets its own. */
async function workflowRun(suite: string, runId: number) {
  const job = (name: string, runnerTemp = hostedRunnerTemp) => ({
    cwd: suite,
    env: { ...services.envFor({ runId, job: name }), RUNNER_TEMP: runnerTemp },
  });
  const plan = await runBundleAsync('plan', { framework, tests, shards: '3' }, job('plan'));
  expect(plan.status, plan.stdout + plan.stderr).toBe(0);
  const shards = await Promise.all(
    ['1', '2', '3'].map((shard) =>
      runBundleAsync(
        'run',
        { framework, shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        job(`test-${shard}`, scratchDir()),
      ),
    ),
  );
  return {
    plan,
    shards,
    report: () => runBundleAsync('report', { 'fail-on-flaky': 'false' }, job('report')),
  };
}

const finalized = (runId: number) =>
  services.artifacts.artifacts
    .filter((a) => a.runBackendId === runBackendId(runId) && a.finalized)
    .map((a) => a.name)
    .sort();

describe('the report loop on the GitHub services stand-in', { timeout: 600_000 }, () => {
  it('plan → 3 shards → report: every proof uploaded, merged counts equal the suite, history restored next run', async () => {
    const suite = copyExample('node-suite');
    // The suite unsharded, for the totals the merge must reproduce.
    const whole = await runBundleAsync('run', { framework, tests, 'fail-on-flaky': 'false' }, { cwd: suite });

    const first = await workflowRun(suite, 900);
    for (const [i, shard] of first.shards.entries())
      expect(shard.stdout, shard.stderr).toContain(`shard ${i + 1}/3 of suite 'default'`);
    expect(finalized(900)).toEqual([
      'shardproof-plan',
      'shardproof-proof-default-1of3-a1',
      'shardproof-proof-default-2of3-a1',
      'shardproof-proof-default-3of3-a1',
    ]);
    const report = await first.report();
    expect(counts(report), report.stdout).toEqual(counts(whole));
    expect(report.outputs.missing).toBe('0');
    expect(report.outputs['artifact-id']).toMatch(/^\d+$/);
    expect(finalized(900)).toContain('shardproof-report');
    expect(services.cache.entries.filter((e) => e.finalized).map((e) => e.key)).toContain(
      'shardproof-timings-v1-default-900-1-report',
    );

    // The next workflow run's plan restores that history by prefix: every file has timings now.
    const second = await workflowRun(suite, 901);
    expect(second.plan.stdout).toContain('shardproof-timings-v1-default-900-1-report');
    expect(second.plan.stdout).not.toContain('of test files have timing history');
    expect(first.plan.stdout).toContain('timing match rate 0.0%');
    expect(second.plan.stdout).toContain('timing match rate 100.0%');
    // The report kept the suite's measured memory per worker with the timings (in the cache); the plan carries it
    // to the shards, whose `workers: auto` caps itself by it and says where the figure came from.
    expect(second.plan.stdout).toMatch(
      /^suite 'default': [\d.]+ [KMG]iB per worker, measured in a run of \d+ workers? on \d{4}-\d\d-\d\d$/m,
    );
    // A single job without a plan restores the figure from the cache itself.
    const single = await runBundleAsync(
      'run',
      { framework, tests, 'fail-on-flaky': 'false', upload: 'false' },
      {
        cwd: suite,
        env: { ...services.envFor({ runId: 902, job: 'single' }), RUNNER_TEMP: hostedRunnerTemp },
      },
    );
    expect(single.stdout).toContain(
      'timing history restored from cache entry shardproof-timings-v1-default-',
    );
    expect(single.stdout).toMatch(
      /^workers: \d+ \(.*each, measured in a run of .*, from the timing history\)$/m,
    );
    for (const shard of second.shards)
      expect(shard.stdout).toMatch(
        /^workers: \d+ \(.*each, measured in a run of .*, from the timing history \(via the plan\)\)$/m,
      );
    expect(counts(await second.report())).toEqual(counts(whole));

    // Re-running the report job (attempt 2 of run 900): the same verdict, stored as 'shardproof-report-a2'
    // ('shardproof-report' is the first attempt's and stays), and one warning that the proofs are attempt 1's.
    const rerun = await runBundleAsync(
      'report',
      { 'fail-on-flaky': 'false' },
      {
        cwd: suite,
        env: { ...services.envFor({ runId: 900, attempt: 2, job: 'report' }), RUNNER_TEMP: hostedRunnerTemp },
      },
    );
    expect(counts(rerun)).toEqual(counts(whole));
    expect(rerun.stdout.split('\n').filter((l) => /^::warning/.test(l))).toEqual([
      expect.stringContaining('3 proofs come from an earlier attempt of this workflow run'),
    ]);
    expect(rerun.stdout).toContain('shardproof-report-a2');
    expect(rerun.outputs['artifact-id']).toMatch(/^\d+$/);
  });

  it('a shard whose artifact is gone makes the report fail, naming that shard', async () => {
    const suite = copyExample('node-suite');
    const run = await workflowRun(suite, 910);
    expect(await services.artifacts.remove(runBackendId(910), 'shardproof-proof-default-2of3-a1')).toBe(true);
    const report = await run.report();
    expect(report.status).toBe(1);
    expect(report.outputs.missing).not.toBe('0');
    expect(report.stdout).toContain("No proof from suite 'default' shard 2/3");
  });
});
