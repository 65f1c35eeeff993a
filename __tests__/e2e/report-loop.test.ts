import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

const tests = 'tests/**/test_*.py';
const counts = (outputs: Record<string, string>) =>
  ['passed', 'failed', 'flaky', 'skipped'].map((k) => [k, outputs[k]]);

interface PlanFile {
  suites: { shards: { items: { file: string }[] }[] }[];
}

/** The slowest shard of a plan, timed with what the report measured for each file. */
function measuredMakespan(planFile: string, history: Record<string, { durations: number[] }>): number {
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as PlanFile;
  const seconds = (file: string) => {
    const d = history[file]?.durations ?? [];
    return d.length ? d.reduce((a, b) => a + b, 0) / d.length : 0;
  };
  return Math.max(...plan.suites[0].shards.map((s) => s.items.reduce((sum, i) => sum + seconds(i.file), 0)));
}

describe('plan → 3 shards → report → next plan', () => {
  it('merges the shards into the whole suite, fails naming a shard whose proof is gone, and feeds the next plan', () => {
    const suite = copyExample('pytest-suite');
    const stateDir = scratchDir('loop');
    const env = { PATH: DEBIAN_PYTHON_PATH, SHARDPROOF_STATE_DIR: stateDir };

    // The suite run whole, in one job: what the merged report must agree with.
    const whole = runBundle(
      'run',
      { framework: 'pytest', tests, 'fail-on-flaky': 'false' },
      { cwd: suite, env: { PATH: DEBIAN_PYTHON_PATH } },
    );
    const wholeTotal = (
      JSON.parse(readFileSync(whole.outputs['results-json'], 'utf8')) as { tests: unknown[] }
    ).tests.length;
    expect(wholeTotal).toBe(13);

    const plan = runBundle('plan', { framework: 'pytest', tests, shards: '3' }, { cwd: suite, env });
    expect(plan.status, plan.stdout).toBe(0);
    expect(JSON.parse(plan.outputs.plan).suites[0].matchRate).toBe(0);
    for (const shard of ['1', '2', '3']) {
      const run = runBundle(
        'run',
        { framework: 'pytest', shard, 'fail-on-flaky': 'false' },
        { cwd: suite, env },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
    }
    const proofs = readdirSync(join(stateDir, 'artifacts')).filter((n) => n.startsWith('shardproof-proof-'));
    expect(proofs.sort()).toEqual([
      'shardproof-proof-default-1of3-a1',
      'shardproof-proof-default-2of3-a1',
      'shardproof-proof-default-3of3-a1',
    ]);

    const report = runBundle('report', { 'fail-on-flaky': 'false' }, { cwd: suite, env });
    expect(report.stdout).toContain('proofs: 3 found');
    expect(counts(report.outputs)).toEqual(counts(whole.outputs));
    expect(report.outputs.missing).toBe('0');
    expect(report.status, report.stdout).toBe(whole.status);
    const merged = JSON.parse(readFileSync(report.outputs['results-json'], 'utf8')) as { tests: unknown[] };
    expect(merged.tests).toHaveLength(wholeTotal);
    expect(report.summary).toContain('```mermaid\ngantt');
    expect(Buffer.byteLength(report.summary)).toBeLessThan(1024 * 1024);
    expect(readdirSync(join(stateDir, 'artifacts', 'shardproof-report')).sort()).toEqual([
      'comment.md',
      'ctrf-report.json',
      'junit.xml',
      'proofs.json',
      'results.json',
      'summary.md',
      'timings.json',
    ]);

    // The next plan restores the history the report saved and knows every file.
    const next = runBundle('plan', { framework: 'pytest', tests, shards: '3' }, { cwd: suite, env });
    expect(next.status, next.stdout).toBe(0);
    expect(JSON.parse(next.outputs.plan).suites[0].matchRate).toBe(1);
    // Planned with the measured times, the slowest shard is no slower than the first plan's (made with
    // every file at 1 s), timed with the same measurements.
    const history = (
      JSON.parse(readFileSync(join(stateDir, 'artifacts', 'shardproof-report', 'timings.json'), 'utf8')) as {
        items: Record<string, { durations: number[] }>;
      }
    ).items;
    const before = measuredMakespan(plan.outputs['plan-file'], history);
    const after = measuredMakespan(next.outputs['plan-file'], history);
    expect(after).toBeLessThanOrEqual(before);

    // A shard whose job uploaded nothing: the report (here the CLI, over the same local artifacts) fails naming it.
    rmSync(join(stateDir, 'artifacts', 'shardproof-proof-default-2of3-a1'), { recursive: true });
    const cli = spawnSync(
      process.execPath,
      [resolve('dist/cli/index.js'), 'report', '--fail-on-flaky', 'false'],
      {
        cwd: suite,
        encoding: 'utf8',
        env: { ...process.env, ...env, GITHUB_ACTIONS: '' },
      },
    );
    expect(cli.status).toBe(1);
    expect(cli.stderr).toContain("No proof from suite 'default' shard 2/3");
  });

  it('merges a stability check spread over shards × run slots into one verdict of 2 runs', () => {
    const suite = copyExample('pytest-suite');
    const env = {
      PATH: DEBIAN_PYTHON_PATH,
      SHARDPROOF_STATE_DIR: scratchDir('slots'),
    };
    const plan = runBundle(
      'plan',
      { framework: 'pytest', tests, shards: '2', runs: '2' },
      { cwd: suite, env },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const matrix = JSON.parse(plan.outputs.matrix) as { include: { shard: number; run: number }[] };
    expect(matrix.include).toHaveLength(4);
    for (const { shard, run } of matrix.include) {
      runBundle(
        'run',
        { framework: 'pytest', shard: String(shard), 'run-slot': String(run), 'fail-on-flaky': 'false' },
        { cwd: suite, env },
      );
    }
    const report = runBundle('report', { 'fail-on-flaky': 'false' }, { cwd: suite, env });
    expect(report.stdout).toContain('proofs: 4 found');
    expect(report.outputs.missing, report.stdout).toBe('0');
    const merged = JSON.parse(readFileSync(report.outputs['results-json'], 'utf8')) as {
      runs: unknown[];
      tests: { pattern: string }[];
    };
    expect(merged.runs).toHaveLength(2);
    expect(merged.tests).toHaveLength(13);
    // Every test ran in both run slots of its shard: no run cell is absent.
    expect(merged.tests.filter((t) => t.pattern.includes('·'))).toEqual([]);
  });
});
