import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from './example-suite.js';
import { runBundle } from './run-bundle.js';

const cli = (args: string[], cwd = process.cwd(), env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [resolve('dist/cli/index.js'), ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '', ...env },
  });

describe('the report sub-action', () => {
  it('reports capacity, then fails clearly when the workflow run holds no proof to merge', () => {
    const run = runBundle('report', { workers: '3' });
    expect(run.status).toBe(1);
    expect(run.outputs.workers).toBe('3');
    expect(Number(run.outputs.cpus)).toBeGreaterThanOrEqual(1);
    expect(run.stdout).toContain(
      "::error::No proof artifact named 'shardproof-proof-…' in this workflow run",
    );
  });
});

describe('the CLI', () => {
  it('detect --json prints the capacity and the worker count as JSON', () => {
    const out = cli(['detect', '--json', '--workers', '50%']);
    expect(out.status, out.stderr).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.workers).toBe(Math.max(1, Math.floor(json.cpus / 2)));
    expect(json.memoryBytes).toBeGreaterThan(0);
    expect(out.stderr).toContain('workers: ');
  });

  it('rejects an option the command does not have, listing the ones it has', () => {
    const out = cli(['run', '--worker', '2']);
    expect(out.status).toBe(2);
    expect(out.stderr).toContain(
      "'shardproof run' has no option --worker (did you mean --workers?); it takes --framework",
    );
  });

  it('plan prints the matrix and run executes a shard of it', () => {
    const suite = copyExample('node-suite');
    const plan = cli(
      ['plan', '--framework', 'node-test', '--shards', '2', '--plan-file', 'p.json', '--', 'test/*.test.mjs'],
      suite,
    );
    expect(plan.status, plan.stderr).toBe(0);
    expect(JSON.parse(plan.stdout).include).toHaveLength(2);
    const run = cli(
      [
        'run',
        '--framework',
        'node-test',
        '--shard',
        '1',
        '--plan-file',
        'p.json',
        '--fail-on-flaky',
        'false',
      ],
      suite,
    );
    expect(run.stderr).toContain("shard 1/2 of suite 'default'");
    expect([0, 1]).toContain(run.status);
  });

  it('inside a GitHub Actions step, prints everything with workflow commands stopped', () => {
    const suite = copyExample('node-suite');
    const out = cli(['run', '--framework', 'node-test', '--', 'test/math.test.mjs'], suite, {
      GITHUB_ACTIONS: 'true',
    });
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stderr.trimEnd().split('\n');
    const token = /^::stop-commands::([0-9a-f]{32})$/.exec(lines[0])?.[1];
    expect(token).toBeDefined();
    expect(lines.at(-1)).toBe(`::${token}::`);
    expect(lines.filter((l) => l.startsWith('::'))).toHaveLength(2);
  });
});
