import { itemKey, type PlanItem } from './model.js';

/**
 * The partition guarantee: every discovered file runs exactly once — either whole in one shard, or split
 * into test pieces plus exactly one remainder that excludes precisely those tests. Checked on every plan;
 * a violation is a shardproof bug (a plain Error with its stack), never the user's fault.
 */
export function assertPartition(files: readonly string[], shards: readonly (readonly PlanItem[])[]): void {
  const fail = (what: string): never => {
    throw new Error(`shardproof bug: the plan breaks the partition guarantee: ${what}`);
  };
  const discovered = new Set(files);
  const keys = new Set<string>();
  const whole = new Map<string, number>();
  const rest = new Map<string, Set<string>>();
  const pieces = new Map<string, Set<string>>();
  for (const shard of shards) {
    for (const item of shard) {
      const key = itemKey(item);
      if (keys.has(key)) fail(`${JSON.stringify(key)} is planned twice`);
      keys.add(key);
      if (!discovered.has(item.file)) fail(`${JSON.stringify(item.file)} was not discovered`);
      if (item.tests !== undefined) {
        const seen = pieces.get(item.file) ?? new Set<string>();
        for (const t of item.tests) {
          if (seen.has(t)) fail(`test ${JSON.stringify(`${item.file}::${t}`)} is planned twice`);
          seen.add(t);
        }
        pieces.set(item.file, seen);
      } else if (item.exceptTests !== undefined) {
        rest.set(item.file, new Set(item.exceptTests));
      } else {
        whole.set(item.file, (whole.get(item.file) ?? 0) + 1);
      }
    }
  }
  for (const file of discovered) {
    const runs = (whole.get(file) ?? 0) + (rest.has(file) ? 1 : 0);
    if (runs !== 1) fail(`${JSON.stringify(file)} runs ${runs} times`);
    const selected = pieces.get(file);
    const excluded = rest.get(file);
    if (selected === undefined) continue;
    if (excluded === undefined) fail(`${JSON.stringify(file)} is split without a remainder`);
    if (excluded!.size !== selected.size || [...selected].some((t) => !excluded!.has(t))) {
      fail(`the remainder of ${JSON.stringify(file)} does not exclude exactly its split tests`);
    }
  }
}
