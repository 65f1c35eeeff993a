import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { leasePortBlock } from '../../src/execute/port-lease.js';

const root = () => mkdtempSync(join(tmpdir(), 'shardproof-lease-users-'));
const isRoot = process.getuid?.() === 0;
/**
 * The cross-user tests start a child as `nobody`, which must reach this checkout's Node and files. A clone in
 * a private folder (mktemp -d is 0700) is out of its reach: the tests are then skipped, and say so here.
 */
const nobodyReachesCheckout =
  isRoot &&
  spawnSync('runuser', [
    '-u',
    'nobody',
    '--',
    process.execPath,
    '-e',
    'require("fs").statSync(process.argv[1])',
    resolve('tsconfig.json'),
  ]).status === 0;
if (isRoot && !nobodyReachesCheckout) {
  console.warn(
    `port-lease-users: user nobody cannot reach ${resolve('.')} (a private parent folder); ` +
      'the two cross-user tests are skipped',
  );
}

function leaseAsNobody(dir: string): { base: number; shared: boolean; warning?: string } {
  const tsx = resolve('node_modules/tsx/dist/cli.mjs');
  const child = spawnSync(
    'runuser',
    ['-u', 'nobody', '--', process.execPath, tsx, resolve('__tests__/fixtures/execute/lease-port.ts'), dir],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH, HOME: '/tmp', TSX_TSCONFIG_PATH: resolve('tsconfig.json') },
    },
  );
  expect(child.stderr).toBe('');
  expect(child.status).toBe(0);
  return JSON.parse(child.stdout) as { base: number; shared: boolean; warning?: string };
}

describe('port leases on a host shared by several users', () => {
  it('creates the shared folder world-writable and sticky, so every user can lease in it', async () => {
    const dir = join(root(), 'leases');
    const lease = await leasePortBlock(20_000, dir);
    expect(lease).toMatchObject({ base: 20_000, shared: false });
    expect(lease.warning).toBeUndefined();
    expect(statSync(dir).mode & 0o7777).toBe(0o1777);
    await lease.release();
  });

  // Needs two users: the test runs as root and starts a child as `nobody`.
  it.runIf(nobodyReachesCheckout)('another user leases in a folder root created world-writable', async () => {
    const base = root();
    chmodSync(base, 0o755);
    const dir = join(base, 'leases');
    const held = await leasePortBlock(20_000, dir);
    expect(leaseAsNobody(dir)).toEqual({ base: 20_100, shared: false });
    await held.release();
  });

  it.runIf(nobodyReachesCheckout)(
    "a folder another user made private falls back to this user's own, with a warning",
    () => {
      const base = root();
      chmodSync(base, 0o1777);
      const dir = join(base, 'leases');
      mkdirSync(dir, { mode: 0o755 });
      chmodSync(dir, 0o755);
      expect(leaseAsNobody(dir)).toEqual({
        base: 20_000,
        shared: false,
        warning: `port leases: cannot use ${dir} (EACCES); leasing in ${dir}-uid65534, which other users' runs do not see`,
      });
    },
  );

  it('a file planted where the folders go gives the preferred block unleased, with a warning', async () => {
    const dir = join(root(), 'leases');
    writeFileSync(dir, '');
    writeFileSync(`${dir}-uid${process.getuid?.() ?? 'user'}`, '');
    const lease = await leasePortBlock(20_300, dir);
    expect(lease.base).toBe(20_300);
    expect(lease.warning).toMatch(
      /^port leases: cannot use .*leases nor .*-uid\d+ \((EEXIST|ENOTDIR)\); using port block 20300 unleased$/,
    );
  });
});
