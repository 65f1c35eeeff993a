import { createHash } from 'node:crypto';
import { itemKey, type Plan } from './model.js';

/** JSON with object keys sorted at every level and no whitespace: one byte string per value. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/**
 * sha256 over what decides which tests run where: per suite its name, framework and command, per shard
 * the items (with their test selections), and the run slots. Estimates are left out: they explain the plan
 * but do not change it. (A plan without run slots hashes as it did before they existed.)
 */
export function planHash(plan: Pick<Plan, 'version' | 'suites' | 'runSlots'>): string {
  const assignment = {
    version: plan.version,
    runSlots: plan.runSlots,
    suites: plan.suites.map((s) => ({
      name: s.name,
      framework: s.framework,
      command: s.command,
      shards: s.shards.map((sh) =>
        sh.items.map((i) => ({ key: itemKey(i), file: i.file, tests: i.tests, exceptTests: i.exceptTests })),
      ),
    })),
  };
  return createHash('sha256').update(canonicalJson(assignment)).digest('hex');
}
