import { inputError } from '../inputs/user-error.js';
import type { TradeoffRow } from './model.js';
import { shardLoads, type PartitionStrategy, type WeightedItem } from './partition.js';

/** GitHub runs at most 256 jobs per matrix. */
export const MAX_MATRIX_JOBS = 256;
export const DEFAULT_TARGET_MINUTES = 10;

/** `shards` input: a number, or `auto` (derived from `target-minutes` and `max-shards`). */
export type ShardCountSetting = number | 'auto';

export interface AutoShardSettings {
  targetMinutes: number;
  maxShards: number;
}

/** `shards`: a whole number 1..256 or `auto`. */
export function parseShardCount(value: string, inputName = 'shards'): ShardCountSetting {
  const v = value.trim() || 'auto';
  if (v === 'auto') return 'auto';
  const n = Number(v);
  if (!(Number.isInteger(n) && n >= 1 && n <= MAX_MATRIX_JOBS)) {
    throw inputError(inputName, value, `'auto' or a whole number from 1 to ${MAX_MATRIX_JOBS}`);
  }
  return n;
}

/** `target-minutes` (default 10) and `max-shards` (default and at most 256). */
export function parseAutoShardSettings(targetMinutes = '', maxShards = ''): AutoShardSettings {
  const target = targetMinutes.trim() === '' ? DEFAULT_TARGET_MINUTES : Number(targetMinutes);
  if (!(Number.isFinite(target) && target > 0))
    throw inputError('target-minutes', targetMinutes, 'a number of minutes > 0');
  const max = maxShards.trim() === '' ? MAX_MATRIX_JOBS : Number(maxShards);
  if (!(Number.isInteger(max) && max >= 1 && max <= MAX_MATRIX_JOBS)) {
    throw inputError('max-shards', maxShards, `a whole number from 1 to ${MAX_MATRIX_JOBS}`);
  }
  return { targetMinutes: target, maxShards: max };
}

/**
 * Fewest shards whose even share of the work fits the target (after each shard's fixed overhead),
 * never more shards than items (extra shards would be empty jobs) and never more than the maximum.
 */
export function autoShardCount(
  totalSeconds: number,
  items: number,
  targetMinutes: number,
  maxShards: number,
  overheadSeconds: number,
): number {
  const budget = targetMinutes * 60 - overheadSeconds;
  const wanted = budget <= 0 ? maxShards : Math.ceil(totalSeconds / budget);
  return Math.max(1, Math.min(wanted, maxShards, Math.max(items, 1)));
}

export function chooseShardCount(
  setting: ShardCountSetting,
  auto: AutoShardSettings,
  totalSeconds: number,
  items: number,
  overheadSeconds: number,
): { chosen: number; suggested: number; reason: string } {
  const { targetMinutes, maxShards } = auto;
  const suggested = autoShardCount(totalSeconds, items, targetMinutes, maxShards, overheadSeconds);
  if (setting !== 'auto') {
    return {
      chosen: setting,
      suggested,
      reason: `shards: ${setting} (as configured; ${suggested} would meet ${targetMinutes} min)`,
    };
  }
  const minutes = (totalSeconds / 60).toFixed(1);
  return {
    chosen: suggested,
    suggested,
    reason: `shards: ${suggested} (auto: ${minutes} min of work, target ${targetMinutes} min per shard, ${overheadSeconds}s overhead, max ${maxShards})`,
  };
}

/** Predicted wall time and runner minutes at N/2, N and 2N shards, each planned with the same strategy. */
export function tradeoffRows(
  items: readonly WeightedItem[],
  chosen: number,
  chosenAssignment: number[][],
  strategy: PartitionStrategy,
  overheadSeconds: number,
): TradeoffRow[] {
  const counts = [
    ...new Set([Math.max(1, Math.floor(chosen / 2)), chosen, Math.min(MAX_MATRIX_JOBS, chosen * 2)]),
  ];
  return counts.map((shards) => {
    const assignment = shards === chosen ? chosenAssignment : strategy.partition(items, shards);
    const loads = shardLoads(items, assignment).map((l) => l + overheadSeconds);
    return {
      shards,
      wallSeconds: Math.max(0, ...loads),
      runnerMinutes: loads.reduce((s, l) => s + l, 0) / 60,
      billedMinutes: loads.reduce((s, l) => s + Math.max(1, Math.ceil(l / 60)), 0),
    };
  });
}
