import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/** The built CLI, started the way a user starts it. */
const cli = (args: string[], node = process.execPath) =>
  spawnSync(node, [resolve('dist/cli/index.js'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_ACTIONS: '' },
  });

describe('the CLI bundle: help, version and refusals', () => {
  it('--help and -h print the commands on stdout and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const out = cli([flag]);
      expect(out.status).toBe(0);
      expect(out.stdout).toMatch(/^usage: shardproof <command>/);
      for (const command of ['detect', 'plan', 'run', 'demo'])
        expect(out.stdout).toContain(`\n  ${command} `);
    }
  });

  it('--version prints the version of package.json', () => {
    const out = cli(['--version']);
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(`${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`);
  });

  it('run --help and run -h list every input of action.yml with its default, and start nothing', () => {
    const inputs = (
      parse(readFileSync('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> }
    ).inputs;
    for (const flag of ['--help', '-h']) {
      const out = cli(['run', flag]);
      expect(out.status).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toMatch(/^usage: shardproof run \[options\] \[--\] \[paths\.\.\.\]/);
      for (const [name, meta] of Object.entries(inputs)) {
        expect(out.stdout).toContain(`\n  --${name} <value>\n`);
        if (meta.default) expect(out.stdout).toContain(`[default: ${meta.default}]`);
      }
    }
  });

  it('run -v is an unknown option (exit 2), not a test file', () => {
    const out = cli(['run', '-v']);
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/^shardproof: 'shardproof run' has no option -v; it takes --framework, /);
  });

  it('an unknown command exits 2 and points at --help', () => {
    const out = cli(['deploy']);
    expect(out.status).toBe(2);
    expect(out.stderr).toBe(
      `shardproof: unknown command "deploy"; run 'shardproof --help' for the commands\n`,
    );
  });

  it('detect prints a readable capacity report on stdout', () => {
    const out = cli(['detect', '--workers', '3']);
    expect(out.status, out.stderr).toBe(0);
    const lines = out.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^cpus: \d+ \(/);
    expect(lines[1]).toMatch(/^memory: [\d.]+ [GMK]iB \(/);
    expect(lines.at(-1)).toMatch(
      /^workers: 3 \(input workers 3(; more than the \d CPUs? this runner has)?\)$/,
    );
  });

  it('detect --json prints only JSON on stdout', () => {
    const out = cli(['detect', '--json']);
    expect(out.status).toBe(0);
    expect(JSON.parse(out.stdout)).toMatchObject({ cpus: expect.any(Number), workers: expect.any(Number) });
    expect(out.stderr).toContain('workers: ');
  });

  it('refuses a Node older than 22 with a clear message before loading anything', () => {
    // The test machine's own Node is new enough, so the process reports an old version from a preloaded module.
    const old = 'data:text/javascript,Object.defineProperty(process,"version",{value:"v20.11.1"})';
    const out = spawnSync(process.execPath, ['--import', old, resolve('dist/cli/index.js'), '--version'], {
      encoding: 'utf8',
    });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(
      'shardproof needs Node 22 or newer; this is Node v20.11.1. Install Node 22+ (for example with nvm) to run ' +
        "the CLI; the GitHub Action runs on the runner's own Node 24. The test commands shardproof starts may use " +
        'any Node.\n',
    );
  });
});
