import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { plainLog, ranTestcases, readManifest, readProofResults, summaryCounts } from './framework-counts.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

const TESTS = 'test/**/*.test.{ts,tsx}';

/** The times of the testcases of test/cart.test.ts in a jest-junit report. */
const cartTests = (xml: string) =>
  [...xml.matchAll(/<testcase [^>]*time="([\d.]+)" file="test\/cart\.test\.ts"/g)].map((m) => Number(m[1]));
const LONG = { timeoutMs: 300_000 };

describe('the jest preset, unmodified, on a jest 30 + ts-jest project', () => {
  it("counts what jest's own summary line counts, and reruns exactly the failed tests", () => {
    const suite = installedExample('jest-suite');
    const run = runBundle(
      'run',
      { framework: 'jest', tests: TESTS, workers: '2', 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: suite, ...LONG },
    );
    expect(run.status, run.stdout).toBe(1);
    const dir = run.outputs['proof-dir'];
    const manifest = readManifest(dir);
    expect(manifest.command.slice(0, 5)).toEqual(['npx', '--no', '--', 'jest', '--ci']);

    // jest's own summary of run 1, against shardproof's counts of the same run.
    const log = plainLog(dir, 'run-1.log');
    const jestTests = summaryCounts(/\bTests: .*$/m.exec(log)![0]);
    expect(jestTests).toEqual({ failed: 2, skipped: 1, passed: 11, total: 14 });
    const counts = manifest.runs.find((r) => r.rerun === null)!.counts!;
    // A failure that passes on rerun is flaky to shardproof and failed to jest's first pass.
    expect(counts.failed + counts.flaky).toBe(jestTests.failed);
    expect(counts.passed).toBe(jestTests.passed);
    expect(counts.skipped).toBe(jestTests.skipped);
    expect(counts.passed + counts.failed + counts.flaky + counts.skipped).toBe(jestTests.total);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toEqual({ passed: 11, failed: 1, flaky: 1, skipped: 1, total: 14, fileErrors: 1 });
    // The file that fails to load: jest counts it as a failed suite whose tests never ran.
    expect(/\bTest Suites: 3 failed, 3 passed, 6 total$/m.test(log)).toBe(true);
    expect(results.tests.filter((t) => t.class === 'file-error').map((t) => t.file)).toEqual([
      'test/api/broken.test.ts',
    ]);
    expect(run.summary).toContain('1 test file failed to load, their tests did not run');
    // Ids a user can paste, and a reproduce command that selects the failures the way the rerun did.
    expect(run.summary).toContain('| test/money.test.ts &gt; money &gt; adds cents exactly | ✗↻✗ |');
    expect(run.summary).toContain(
      'To reproduce: <code>npx --no -- jest --ci --maxWorkers=2 --reporters=default --reporters=jest-junit --runTestsByPath -t &#39;^(?:api warms the cache &gt; then answers&#124;money adds cents exactly)&#36;&#39; test/api/broken.test.ts test/api/flaky.test.ts test/money.test.ts</code>',
    );
    expect(run.stdout).toContain(
      '::error title=Failed to load%3A test/api/broken.test.ts,file=test/api/broken.test.ts',
    );

    // Two tests named alike in one describe are two tests; a title holding ' > ' keeps its name.
    const cart = results.tests.filter((t) => t.file === 'test/cart.test.ts').map((t) => t.id);
    expect(cart).toContain('test/cart.test.ts::Cart::adds a line');
    expect(cart).toContain('test/cart.test.ts::Cart::adds a line #2');
    expect(cart).toContain('test/cart.test.ts::Cart::total > 0 after adding (a|b) [x]');
    const flaky = results.tests.find((t) => t.class === 'flaky')!;
    expect(flaky).toMatchObject({ name: 'warms the cache > then answers', pattern: '✗↻✓' });

    // The timing history takes each file's own time (jest-junit's testsuite time: transform, setup,
    // module loading), far above the sum of its tests.
    const run1 = readFileSync(join(dir, 'run-1.xml'), 'utf8');
    const suiteTime = Number(/<testsuite name="test\/cart\.test\.ts"[^>]*? time="([\d.]+)"/.exec(run1)![1]);
    expect(cartTests(run1)).toHaveLength(5);
    const testSum = cartTests(run1).reduce((sum, seconds) => sum + seconds, 0);
    expect(suiteTime).toBeGreaterThan(testSum);
    const timings = JSON.parse(readFileSync(join(dir, 'timings.json'), 'utf8'));
    expect(timings.items['test/cart.test.ts'].durations[0]).toBeCloseTo(suiteTime, 2);

    // The rerun selected exactly the failed tests (and reloaded the broken file), nothing else ran.
    const rerun = manifest.runs.find((r) => r.rerun === 1)!;
    expect(rerun.argv).toContain('-t');
    const rerunXml = readFileSync(join(dir, 'run-1-rerun-1.xml'), 'utf8');
    expect(ranTestcases(rerunXml).sort()).toEqual([
      'adds cents exactly',
      'test/api/broken.test.ts',
      'test/api/broken.test.ts',
      'warms the cache &gt; then answers',
    ]);
  }, 300_000);

  it('runs every test exactly once across 3 shards, each shard given exact paths', () => {
    const suite = installedExample('jest-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const whole = runBundle(
      'run',
      { framework: 'jest', tests: TESTS, workers: '2' },
      { cwd: suite, ...LONG },
    );
    const everyTest = readProofResults(whole.outputs['results-json'])
      .tests.map((t) => t.id)
      .sort();
    expect(everyTest).toHaveLength(15); // 14 tests and the file that fails to load

    const plan = runBundle(
      'plan',
      { framework: 'jest', tests: TESTS, shards: '3' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const executed: string[] = [];
    const files: string[] = [];
    for (const shard of ['1', '2', '3']) {
      const run = runBundle(
        'run',
        { framework: 'jest', shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        { cwd: suite, env: state, ...LONG },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
      executed.push(...readProofResults(run.outputs['results-json']).tests.map((t) => t.id));
      files.push(...readManifest(run.outputs['proof-dir']).command.filter((a) => a.startsWith('test/')));
    }
    expect(executed.sort()).toEqual(everyTest);
    expect(files.sort()).toEqual([
      'test/api/broken.test.ts',
      'test/api/flaky.test.ts',
      'test/cart.test.ts',
      'test/money.test.ts',
      'test/widget.test.ts',
      'test/widget.test.tsx',
    ]);
  }, 600_000);
});
