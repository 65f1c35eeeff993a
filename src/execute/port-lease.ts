/**
 * Host-wide leases on port blocks. The (shard, run) formula in port-block.ts keeps the shards and runs of
 * one workflow apart, but unrelated invocations on the same host (several runners on one machine, parallel
 * jobs of a self-hosted fleet, our own parallel tests) would all start at the same block. A lease is a lock
 * file created with O_EXCL that holds the owner's PID: a run takes its preferred block when it is free,
 * else the next free one, and a lease whose owner died is taken over.
 */
import { mkdir, open, readFile, rmdir, unlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_BLOCK_CAPACITY, PORT_BLOCK_SIZE, PORT_RANGE_START } from './port-block.js';

export interface PortLease {
  base: number;
  /** Set when no block was free and the preferred one is shared: worth a warning. */
  shared: boolean;
  release(): Promise<void>;
}

export const DEFAULT_LEASE_DIR = join(tmpdir(), 'shardproof-port-leases');

export async function leasePortBlock(preferredBase: number, dir = DEFAULT_LEASE_DIR): Promise<PortLease> {
  await mkdir(dir, { recursive: true });
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
