/**
 * The environment every run of the test command sees. Tests can rely on these variables to isolate
 * themselves: a scratch directory of their own and a port block no other shard or run uses.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PORT_BLOCK_SIZE, portBlockBase } from './port-block.js';

export interface RunPosition {
  /** 1-based run number and the number of runs in the series. */
  run: number;
  runs: number;
  /** 1-based shard index and shard count (1 of 1 when not sharded). */
  shard: number;
  shardTotal: number;
  workers: number;
  /** 1-based rerun number when this is a rerun of failed tests. */
  rerun?: number;
}

/** `portBase` is the leased block (port-lease.ts); by default the (shard, run) formula's block. */
export function shardproofEnv(
  position: RunPosition,
  scratchDir: string,
  portBase = portBlockBase(position.shard, position.run, position.runs),
): Record<string, string> {
  const env: Record<string, string> = {
    SHARDPROOF_RUN: String(position.run),
    SHARDPROOF_RUNS: String(position.runs),
    SHARDPROOF_WORKERS: String(position.workers),
    SHARDPROOF_SHARD: String(position.shard),
    SHARDPROOF_SHARD_TOTAL: String(position.shardTotal),
    SHARDPROOF_TMPDIR: scratchDir,
    SHARDPROOF_PORT_BASE: String(portBase),
    SHARDPROOF_PORT_BLOCK_SIZE: String(PORT_BLOCK_SIZE),
  };
  if (position.rerun !== undefined) env.SHARDPROOF_RERUN = String(position.rerun);
  return env;
}

/**
 * Runs `use` with a fresh, empty scratch directory that is removed afterwards, also when `use` throws.
 * A directory that cannot be removed is reported through `onCleanupError`, never thrown.
 */
export async function withScratchDir<T>(
  prefix: string,
  use: (dir: string) => Promise<T>,
  onCleanupError: (message: string) => void,
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), `${prefix}-`));
  try {
    return await use(dir);
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 2 }).catch((error: Error) =>
      onCleanupError(`could not remove the scratch directory ${dir}: ${error.message}`),
    );
  }
}
