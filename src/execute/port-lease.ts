/**
 * Host-wide leases on port blocks. The (shard, run) formula in port-block.ts keeps the shards and runs of
 * one workflow apart, but unrelated invocations on the same host (several runners on one machine, parallel
 * jobs of a self-hosted fleet, our own parallel tests) would all start at the same block. A lease is a lock
 * file created with O_EXCL that holds the owner's PID: a run takes its preferred block when it is free,
 * else the next free one, and a lease whose owner died is taken over.
 *
 * On a host shared by several users the folder is created world-writable with the sticky bit (like /tmp),
 * so every user leases in it and none can remove another's lease. When it is not usable anyway (made by an
 * older version, or by a user whose umask we cannot override), leases fall back to a folder of this user's
 * own, and if even that fails the run gets its preferred block unleased — always with a warning, never a crash.
 */
import { constants } from 'node:fs';
import { access, chmod, lstat, mkdir, open, readFile, rmdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_BLOCK_CAPACITY, PORT_BLOCK_SIZE, PORT_RANGE_START } from './port-block.js';

export interface PortLease {
  base: number;
  /** Set when no block was free and the preferred one is shared: worth a warning. */
  shared: boolean;
  /** Why leasing fell back to this user's own folder, or to no lease at all: one warning line. */
  warning?: string;
  release(): Promise<void>;
}

export const DEFAULT_LEASE_DIR = join(tmpdir(), 'shardproof-port-leases');

// rwx for everyone, sticky: anyone may create a lease, only its owner may remove it.
const SHARED_MODE = 0o1777;

export async function leasePortBlock(preferredBase: number, dir = DEFAULT_LEASE_DIR): Promise<PortLease> {
  const own = `${dir}-uid${process.getuid?.() ?? 'user'}`;
  let warning: string | undefined;
  for (const [candidate, mode] of [
    [dir, SHARED_MODE],
    [own, 0o700],
  ] as const) {
    try {
      await prepareFolder(candidate, mode);
      const lease = await leaseIn(candidate, preferredBase);
      return warning === undefined ? lease : { ...lease, warning };
    } catch (error) {
      const why = `${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`;
      warning =
        candidate === dir
          ? `port leases: cannot use ${dir} (${why}); leasing in ${own}, which other users' runs do not see`
          : `port leases: cannot use ${dir} nor ${own} (${why}); using port block ${preferredBase} unleased`;
    }
  }
  return { base: preferredBase, shared: false, warning, release: async () => {} };
}

async function leaseIn(dir: string, preferredBase: number): Promise<PortLease> {
  const preferred = Math.floor((preferredBase - PORT_RANGE_START) / PORT_BLOCK_SIZE);
  for (let i = 0; i < PORT_BLOCK_CAPACITY; i++) {
    const slot = (preferred + i) % PORT_BLOCK_CAPACITY;
    const path = join(dir, `block-${slot}.lock`);
    if ((await tryCreate(path)) || ((await isStale(path)) && (await takeOver(path)))) {
      return { base: PORT_RANGE_START + slot * PORT_BLOCK_SIZE, shared: false, release: () => remove(path) };
    }
  }
  return { base: preferredBase, shared: true, release: async () => {} };
}

/**
 * Creates the folder (or finds it) and checks that this user can lease in it. A symlink or a file in its
 * place is refused: another user could otherwise point our lease files anywhere.
 */
async function prepareFolder(dir: string, mode: number): Promise<void> {
  await mkdir(dir, { recursive: true, mode });
  const info = await lstat(dir);
  if (!info.isDirectory()) throw Object.assign(new Error('not a directory'), { code: 'ENOTDIR' });
  const uid = process.getuid?.();
  // The umask trims the mode mkdir asked for; only the owner can set it right.
  if (uid !== undefined && info.uid === uid && (info.mode & 0o7777) !== mode) await chmod(dir, mode);
  if (uid !== undefined && info.uid !== uid && mode !== SHARED_MODE) {
    throw Object.assign(new Error('owned by another user'), { code: 'EPERM' });
  }
  await access(dir, constants.W_OK | constants.X_OK);
}

async function tryCreate(path: string): Promise<boolean> {
  try {
    const handle = await open(path, 'wx');
    await handle.writeFile(String(process.pid));
    await handle.close();
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/** A lease is stale when the process that wrote it is gone (or it holds no PID at all). */
async function isStale(path: string): Promise<boolean> {
  const text = await readFile(path, 'utf8').catch(() => '');
  const pid = Number(text);
  if (!Number.isInteger(pid) || pid <= 0) return text !== '' || !(await exists(path));
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else; it still holds the block.
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Two processes may both see a stale lease. Without care the later one's unlink would delete the lease the
 * earlier one had just created, and both would hold the block. The takeover therefore happens under a
 * mutex (mkdir is atomic) and re-checks staleness inside it. A mutex left by a process that died mid-takeover
 * only makes this block unavailable, never shared.
 */
async function takeOver(path: string): Promise<boolean> {
  const mutex = `${path}.takeover`;
  try {
    await mkdir(mutex);
  } catch {
    return false; // someone else is taking it over
  }
  try {
    if (!(await isStale(path))) return false;
    await remove(path);
    return await tryCreate(path);
  } finally {
    await rmdir(mutex).catch(() => {});
  }
}

async function remove(path: string): Promise<void> {
  await unlink(path).catch(() => {});
}

async function exists(path: string): Promise<boolean> {
  return readFile(path).then(
    () => true,
    () => false,
  );
}
