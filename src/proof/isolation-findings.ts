import type { IsolationClass } from '../verdict/isolation.js';
import type { IsolationFinding } from './manifest.js';

/** A manifest lists a finding per failing test at most; more than this is not a run step's manifest. */
export const MAX_FINDINGS = 10_000;
const MAX_NAME = 4096;
const CLASSES: readonly IsolationClass[] = ['parallel-dependent', 'order-dependent', 'non-deterministic'];

/**
 * The isolation findings of a manifest, every field checked: a proof comes from a job that ran pull-request
 * code, so a wrong type or an unknown class drops that finding, and an oversized list is cut, never a crash.
 */
export function readIsolationFindings(value: unknown): IsolationFinding[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const found: IsolationFinding[] = [];
  for (const item of value.slice(0, MAX_FINDINGS) as unknown[]) {
    if (item === null || typeof item !== 'object') continue;
    const f = item as Record<string, unknown>;
    if (typeof f.test !== 'string' || f.test.length === 0 || f.test.length > MAX_NAME) continue;
    if (!CLASSES.includes(f.class as IsolationClass)) continue;
    found.push({
      test: f.test,
      class: f.class as IsolationClass,
      ...(f.kind === 'victim' || f.kind === 'brittle' ? { kind: f.kind } : {}),
      ...(typeof f.polluter === 'string' && f.polluter.length <= MAX_NAME ? { polluter: f.polluter } : {}),
      ...(Number.isSafeInteger(f.seed) ? { seed: f.seed as number } : {}),
    });
  }
  return found;
}
