/**
 * What a finding of the isolation checks carries besides its class: where the test first failed and how
 * to get that run back (the command with the shuffle's environment, seed, workers, shard, and the tests
 * that ran before it as the report lists them).
 */
import { displayCommand } from '../execute/template.js';
import type { TestResult } from '../results/model.js';
import type { Reproduction, SimpleOutcome } from '../verdict/isolation.js';
import { isFailure } from '../verdict/results-by-id.js';
import type { RunPosition } from './collect-runs.js';

/** The tests listed before a failing one, nearest last: at most this many. */
export const MAX_BEFORE = 50;

export interface FailureSite {
  argv: string[];
  seed?: number;
  /** The environment the shuffle added to that run (pytest's seed and plugin folder). */
  env: Record<string, string>;
  before?: string[];
  /** The same tests as results, for a bisection that names the polluter. */
  beforeTests?: TestResult[];
}

/**
 * The tests that ran before `test` in its worker, where the report tells: with one worker every test listed
 * before it; with several, the tests of its own file listed before it (frameworks keep a file in one
 * worker: vitest, jest, node:test, and pytest-xdist under the shuffle's --dist loadfile), since reports do
 * not say which worker ran what.
 */
export function orderBefore(
  tests: readonly TestResult[],
  test: TestResult,
  workers: number,
): { before: string[]; beforeTests: TestResult[] } {
  const at = tests.indexOf(test);
  const earlier = at < 0 ? [] : tests.slice(0, at).filter((t) => !t.fileError && t.outcome !== 'skipped');
  const mates = workers > 1 ? earlier.filter((t) => t.file !== undefined && t.file === test.file) : earlier;
  const beforeTests = mates.slice(-MAX_BEFORE);
  return { before: beforeTests.map((t) => t.id), beforeTests };
}

export function reproductionFor(site: FailureSite, context: { position: RunPosition }): Reproduction {
  const { position } = context;
  const env = Object.entries(site.env).map(([name, value]) => `${name}=${displayCommand([value])}`);
  return {
    command: [...env, displayCommand(site.argv)].join(' '),
    workers: position.workers,
    ...(site.seed !== undefined ? { seed: site.seed } : {}),
    ...(position.shard ? { shard: { index: position.shard.index, total: position.shard.total } } : {}),
    ...(site.before && site.before.length > 0 ? { before: site.before } : {}),
  };
}

/** Pass or fail per test id; skipped and absent tests say nothing. */
export function outcomes(tests: TestResult[]): Map<string, SimpleOutcome> {
  const found = new Map<string, SimpleOutcome>();
  for (const test of tests) {
    if (isFailure(test)) found.set(test.id, 'failed');
    else if (test.outcome === 'passed' && found.get(test.id) !== 'failed') found.set(test.id, 'passed');
  }
  return found;
}

export function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}
