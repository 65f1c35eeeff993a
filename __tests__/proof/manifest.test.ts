import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hashFolder, manifestRun, resolveCommitSha, writeManifest } from '../../src/proof/manifest.js';
import type { RunRecord } from '../../src/execute/run-with-report.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shardproof-manifest-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const record: RunRecord = {
  run: 1,
  argv: ['pytest', 'a.py'],
  outcome: {
    exitCode: 1,
    signal: null,
    timedOut: false,
    wallMs: 1234,
    oomKilled: false,
    message: 'exited with code 1',
  },
  reportPaths: [],
  reportMissing: false,
  logPath: 'run-1.log',
};
const runner = { os: 'linux', cpus: 4, memoryBytes: 16 * 2 ** 30, workers: 3 };

describe('manifest.json', () => {
  it('hashes every file in the folder like sha256sum, except itself', async () => {
    await writeFile(join(dir, 'run-1.log'), 'log line\n');
    await writeFile(join(dir, 'run-1.xml'), '<testsuite/>');
    await mkdir(join(dir, 'nested'));
    await writeFile(join(dir, 'nested', 'b c.json'), '{}');
    await writeFile(join(dir, 'manifest.json'), 'stale');
    const manifest = await writeManifest({
      outputDir: dir,
      framework: 'pytest',
      command: ['pytest', 'a.py'],
      runner,
      runs: [manifestRun(record, { passed: 3, failed: 1, skipped: 0, flaky: 0 })],
      cwd: dir,
      env: { GITHUB_SHA: 'a'.repeat(40) },
    });
    const { stdout } = await promisify(execFile)('sha256sum', ['run-1.log', 'run-1.xml', 'nested/b c.json'], {
      cwd: dir,
    });
    const expected = stdout
      .trim()
      .split('\n')
      .map((line) => ({ sha256: line.slice(0, 64), path: line.slice(66) }))
      .sort((a, b) => a.path.localeCompare(b.path));
    expect(manifest.files.map(({ path, sha256 }) => ({ sha256, path }))).toEqual(expected);
    expect(manifest.files.map((f) => [f.path, f.bytes])).toEqual([
      ['nested/b c.json', 2],
      ['run-1.log', 9],
      ['run-1.xml', 12],
    ]);
    const written = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    expect(written).toEqual(manifest);
    expect(Object.keys(written)).toEqual([
      'version',
      'framework',
      'command',
      'commit',
      'runner',
      'runs',
      'files',
    ]);
    expect(written.commit).toBe('a'.repeat(40));
    expect(written.runs).toEqual([
      {
        run: 1,
        rerun: null,
        argv: null,
        exitCode: 1,
        signal: null,
        timedOut: false,
        oomKilled: false,
        spawnError: null,
        wallMs: 1234,
        peakRssBytes: null,
        reportMissing: false,
        counts: { passed: 3, failed: 1, skipped: 0, flaky: 0 },
      },
    ]);
  });

  it('is byte-for-byte the same when written twice from the same inputs', async () => {
    await writeFile(join(dir, 'run-1.xml'), '<x/>');
    const input = {
      outputDir: dir,
      framework: 'go' as const,
      command: ['go'],
      runner,
      runs: [],
      cwd: dir,
      env: {},
    };
    await writeManifest(input);
    const first = await readFile(join(dir, 'manifest.json'), 'utf8');
    await writeManifest(input);
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(first);
  });

  it('takes the commit from git when GITHUB_SHA is not set, and null outside a repository', async () => {
    expect(await resolveCommitSha(dir, {})).toBeNull();
    const git = (...args: string[]) => promisify(execFile)('git', args, { cwd: dir });
    await git('init', '-q');
    await git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-q', '--allow-empty', '-m', 'x');
    const { stdout } = await git('rev-parse', 'HEAD');
    expect(await resolveCommitSha(dir, {})).toBe(stdout.trim());
  });
});

const EXPECTED_SHA = 'b8030a8ab89280935633d8d991da3d9907c0f12e8b6fc3bfc515f4d440872b6e';

describe('hashFolder on large files', () => {
  it('hashes a file larger than one Buffer can hold (2 GiB + 1, sparse) by streaming it', async () => {
    const big = await mkdtemp(join(tmpdir(), 'shardproof-bighash-'));
    const path = join(big, 'huge.log');
    await writeFile(path, '');
    await truncate(path, 2 ** 31 + 1);
    const [entry] = await hashFolder(big);
    expect(entry.path).toBe('huge.log');
    expect(entry.bytes).toBe(2 ** 31 + 1);
    // sha256 of 2^31 + 1 zero bytes, computed with `truncate -s 2147483649 f && sha256sum f`.
    expect(entry.sha256).toBe(EXPECTED_SHA);
    await rm(big, { recursive: true, force: true });
  }, 120_000);
});
