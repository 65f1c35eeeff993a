import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// A PATH with a python3 that has pytest but not xdist, and no go.
const bin = mkdtempSync(join(tmpdir(), 'shardproof-check-system-'));
afterAll(() => rmSync(bin, { recursive: true, force: true }));
writeFileSync(join(bin, 'python3'), '#!/bin/sh\n[ "$2" = "import pytest" ]\n');
chmodSync(join(bin, 'python3'), 0o755);

const check = (path: string) =>
  spawnSync(process.execPath, [resolve('scripts/check-system.mjs')], {
    encoding: 'utf8',
    env: { ...process.env, SHARDPROOF_SYSTEM_PATH: path },
  });

describe('npm test checks the system packages first', () => {
  it('names exactly the missing packages and the apt-get command, and fails', () => {
    const out = check(bin);
    expect(out.status).toBe(1);
    const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
    expect(out.stderr).toBe(
      [
        'The end-to-end tests need system packages that are missing:',
        "  - python3-pytest-xdist (for pytest workers (-n)): 'python3 -c import xdist' failed",
        "  - golang-go (for go test suites): 'go version' failed",
        '',
        'Install them with:',
        `  ${sudo}apt-get install -y python3-pytest-xdist golang-go`,
        '(or run `npm run setup`, which runs that command), then run `npm test` again.',
        '',
      ].join('\n'),
    );
  });

  it('passes silently on this machine, which has them all', () => {
    const out = check(`/usr/bin:${process.env.PATH}`);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
  });

  it('runs before every npm test', () => {
    const { scripts } = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(scripts.pretest).toBe('node scripts/check-system.mjs');
    expect(scripts.setup).toBe('node scripts/check-system.mjs --install');
  });
});
