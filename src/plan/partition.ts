/**
 * Partitioning strategies behind one tiny interface: a new strategy is one new file plus a line in strategies.ts.
 */
export interface WeightedItem {
  /** Unique; ties between equal weights are broken by key so plans are deterministic. */
  key: string;
  seconds: number;
  /**
   * Log-sd of the item's next run (see spread.ts); strategies may use it to keep the *expected* slowest
   * shard low. Absent or 0: the estimate is taken as exact.
   */
  spread?: number;
}

export interface PartitionStrategy {
  readonly name: string;
  /** Returns, per shard, indexes into `items`. Every index must appear exactly once. */
  partition(items: readonly WeightedItem[], shards: number): number[][];
}

/** Work seconds per shard (no overhead). */
export function shardLoads(items: readonly WeightedItem[], assignment: readonly number[][]): number[] {
  return assignment.map((shard) => shard.reduce((s, i) => s + items[i].seconds, 0));
}

/** Sum and maximum of the item estimates: what both bounds are made of. */
export function totalAndLargest(items: readonly WeightedItem[]): { total: number; largest: number } {
  let total = 0;
  let largest = 0;
  for (const item of items) {
    total += item.seconds;
    largest = Math.max(largest, item.seconds);
  }
  return { total, largest };
}

/** max(total / N, largest item): no assignment of whole items can finish sooner. */
export function lowerBound(items: readonly WeightedItem[], shards: number): number {
  const { total, largest } = totalAndLargest(items);
  return Math.max(total / Math.max(shards, 1), largest);
}
