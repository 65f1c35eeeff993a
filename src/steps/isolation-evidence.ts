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

export interface TestsBefore {
  /** As the framework's users write them (pytest node ids). */
  before: string[];
  /** The same tests as results, for a bisection that names the polluter. */
  beforeTests: TestResult[];
}

/**
 * For each failed test, the tests that ran before it in its worker, as the report lists them (nearest last,
 * at most MAX_BEFORE): with one worker every test listed before it; with several, the tests of its own file
 * listed before it, since reports do not say which worker ran what (the caller asks only where a file runs in
 * one worker). One pass, and never more than 2 × MAX_BEFORE tests kept per file.
 */
export function testsBefore(
  tests: readonly TestResult[],
  failed: ReadonlySet<TestResult>,
  workers: number,
  name: (test: TestResult) => string = (test) => test.id,
): Map<TestResult, TestsBefore> {
  const found = new Map<TestResult, TestsBefore>();
  const all: TestResult[] = [];
  const byFile = new Map<string, TestResult[]>();
  const remember = (list: TestResult[], test: TestResult) => {
    list.push(test);
    if (list.length > 2 * MAX_BEFORE) list.splice(0, list.length - MAX_BEFORE);
  };
  for (const test of tests) {
    if (failed.has(test)) {
      const list = workers > 1 ? (test.file === undefined ? [] : (byFile.get(test.file) ?? [])) : all;
      const beforeTests = list.slice(-MAX_BEFORE);
      found.set(test, { before: beforeTests.map(name), beforeTests });
    }
    if (test.fileError || test.outcome === 'skipped') continue;
    remember(all, test);
    if (test.file === undefined) continue;
    let mates = byFile.get(test.file);
    if (!mates) byFile.set(test.file, (mates = []));
    remember(mates, test);
  }
  return found;
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
