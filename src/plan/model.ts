import type { MemoryRecord } from './memory-history.js';

/**
 * The plan's data model: plain, JSON-serialisable values that travel from the plan job to every shard.
 */

/**
 * One unit of work a shard runs.
 * - whole file: `{ file }`
 * - chosen tests of a split file: `{ file, tests }` (a serial group is several tests in one item)
 * - the rest of a split file: `{ file, exceptTests }` — every test the history did not know about
 *   (new tests) still runs exactly once, because exactly one shard runs the file minus the known tests.
 */
export interface PlanItem {
  /** Repo-relative POSIX path (or class/package name for suites that are not file based). */
  file: string;
  /** Test selectors (the `suite::name` part of a TestResult id) to run from `file`. */
  tests?: string[];
  /** Test selectors to skip when running `file`: the remainder piece of a split file. */
  exceptTests?: string[];
}

/** A stable, unique key for an item: the partition guarantee and the plan hash are stated over keys. */
export function itemKey(item: PlanItem): string {
  if (item.tests !== undefined) return `${item.file}::${item.tests[0] ?? ''}`;
  if (item.exceptTests !== undefined) return `${item.file}::(rest)`;
  return item.file;
}

export interface PlannedItem extends PlanItem {
  /** Estimated seconds for this item. */
  seconds: number;
}

export interface ShardPlan {
  /** 1-based, as in the matrix. */
  shard: number;
  items: PlannedItem[];
  /** Sum of item estimates plus the per-shard overhead. */
  predictedSeconds: number;
}

export interface TradeoffRow {
  shards: number;
  /** Predicted wall time of the suite: the slowest shard, overhead included. */
  wallSeconds: number;
  /** Sum over shards of (work + overhead), in minutes. */
  runnerMinutes: number;
  /** GitHub bills each job rounded up to a whole minute. */
  billedMinutes: number;
}

export interface SuitePlan {
  name: string;
  framework?: string;
  command?: string;
  workers?: number | 'auto';
  shards: ShardPlan[];
  /** Work seconds (no overhead) of all items. */
  totalSeconds: number;
  /** max(total / N, largest item): no assignment can beat it. Work seconds, no overhead. */
  lowerBound: number;
  /** Heaviest shard's work seconds (no overhead). */
  makespan: number;
  /** makespan / lowerBound; 1 when both are 0. */
  quality: number;
  /** Fraction of discovered files with timing history; 1 for an empty suite. */
  matchRate: number;
  /** The 10 heaviest items: what bounds the makespan. */
  largest: { key: string; seconds: number }[];
  shardCount: { chosen: number; suggested: number; reason: string; tradeoffs: TradeoffRow[] };
  /** The suite's measured per-worker memory from the timing history, for the shards' `workers: auto`. */
  memory?: MemoryRecord;
}

export const PLAN_VERSION = 1;

export interface Plan {
  version: typeof PLAN_VERSION;
  /** sha256 of the canonical JSON of the assignment (see plan-file.ts). */
  hash: string;
  overheadSeconds: number;
  suites: SuitePlan[];
  totals: { items: number; shards: number; totalSeconds: number; matchRate: number };
  /** Things a user may want to act on (low match rate, files not split...). */
  warnings: string[];
  /** Run slots per shard when the stability check is spread over the matrix (plan input `runs` > 1): the
   * matrix is shards × run slots and the report job expects a proof for each. Absent: one run per shard job. */
  runSlots?: number;
}
