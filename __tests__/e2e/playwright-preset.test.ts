import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { plainLog, ranTestcases, readManifest, readProofResults } from './framework-counts.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

const TESTS = 'tests/**/*.spec.{ts,tsx}';
const LONG = { timeoutMs: 300_000 };
const ids = (resultsJson: string) => readProofResults(resultsJson).tests.map((t) => t.id);

/** Playwright's list reporter ends with lines such as `  2 failed`, `  1 skipped`, `  6 passed (8.0s)`. */
function playwrightCounts(log: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of log.matchAll(/\| +(\d+) (failed|passed|skipped|flaky)\b/g)) counts[m[2]] = Number(m[1]);
  return counts;
}

describe('the playwright preset, unmodified, on API-only tests under a testDir', () => {
  it("counts what playwright's own summary counts, maps testDir paths, and reruns exactly the failed tests", () => {
    const suite = installedExample('playwright-suite');
    const run = runBundle(
      'run',
      { framework: 'playwright', tests: TESTS, workers: '2', 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: suite, ...LONG },
    );
    expect(run.status, run.stdout).toBe(1);
    const dir = run.outputs['proof-dir'];
    const manifest = readManifest(dir);
    expect(manifest.command.slice(0, 5)).toEqual(['npx', '--no', '--', 'playwright', 'test']);

    const own = playwrightCounts(plainLog(dir, 'run-1.log'));
    expect(own).toEqual({ failed: 2, skipped: 1, passed: 6 });
    const counts = manifest.runs.find((r) => r.rerun === null)!.counts!;
    expect(counts.failed + counts.flaky).toBe(own.failed);
    expect(counts.passed).toBe(own.passed);
    expect(counts.skipped).toBe(own.skipped);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toEqual({ passed: 6, failed: 1, flaky: 1, skipped: 1, total: 9, fileErrors: 0 });
    // The report names files relative to testDir; shardproof gives repository paths.
    expect([...new Set(results.tests.map((t) => t.file))].sort()).toEqual([
      'tests/a.spec.ts',
      'tests/a.spec.tsx',
      'tests/api.spec.ts',
      'tests/x/a.spec.ts',
    ]);
    const flaky = results.tests.find((t) => t.class === 'flaky')!;
    expect(flaky).toMatchObject({ name: 'api › warms up › then answers (a|b) [x]', pattern: '✗↻✓' });

    const rerunXml = readFileSync(join(dir, 'run-1-rerun-1.xml'), 'utf8');
    expect(ranTestcases(rerunXml).sort()).toEqual([
      'api › rounds prices',
      'api › warms up › then answers (a|b) [x]',
    ]);
  }, 300_000);

  it('a shard given tests/a.spec.ts runs that file only, not a.spec.tsx beside it nor x/a.spec.ts', () => {
    const suite = installedExample('playwright-suite');
    const run = runBundle(
      'run',
      { framework: 'playwright', files: 'tests/a.spec.ts' },
      { cwd: suite, ...LONG },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(ids(run.outputs['results-json'])).toEqual(['tests/a.spec.ts::a.spec.ts runs']);
  }, 300_000);

  it('a file that fails to load stops playwright before any test runs, and the step says so', () => {
    const suite = installedExample('playwright-suite');
    writeFileSync(
      join(suite, 'tests', 'broken.spec.ts'),
      "import { test } from '@playwright/test';\nimport { missing } from './does-not-exist';\ntest('never runs', () => missing);\n",
    );
    const run = runBundle('run', { framework: 'playwright', tests: TESTS }, { cwd: suite, ...LONG });
    expect(run.status).toBe(1);
    expect(plainLog(run.outputs['proof-dir'], 'run-1.log')).toContain(
      "Cannot find module './does-not-exist'",
    );
    // A run failure with playwright's own reason, not an empty or all-passed run.
    const reason =
      "run 1 stopped before running its tests (exit 1): Error: Cannot find module './does-not-exist' " +
      '(at broken.spec.ts:2)';
    expect(run.stdout).toContain(`::error::${reason}.`);
    expect(run.summary).toContain('**Runs that failed as a whole:**');
    expect(run.summary).toContain(`- ${reason.replaceAll("'", '&#39;')}`);
    expect(run.summary).toMatch(/### ❌ .*0 passed/);
    expect(run.outputs).toMatchObject({ passed: '0', failed: '0' });
  }, 300_000);

  it('runs every test exactly once across 3 shards', () => {
    const suite = installedExample('playwright-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const whole = runBundle('run', { framework: 'playwright', tests: TESTS }, { cwd: suite, ...LONG });
    const everyTest = ids(whole.outputs['results-json']).sort();
    expect(everyTest).toHaveLength(9);
    const plan = runBundle(
      'plan',
      { framework: 'playwright', tests: TESTS, shards: '3' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const executed: string[] = [];
    for (const shard of ['1', '2', '3']) {
      const run = runBundle(
        'run',
        { framework: 'playwright', shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        { cwd: suite, env: state, ...LONG },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
      executed.push(...ids(run.outputs['results-json']));
    }
    expect(executed.sort()).toEqual(everyTest);
  }, 600_000);
});
