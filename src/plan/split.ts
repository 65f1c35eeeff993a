import { FRAMEWORKS, frameworkModule } from '../frameworks/index.js';
import { globMatcher } from '../inputs/glob.js';
import { estimateTests, type FileEstimate } from './estimate.js';
import type { Estimator, TimingHistory } from './history.js';
import type { PlannedItem } from './model.js';

/**
 * Frameworks whose split pieces the run step can execute exactly (their module has splitArguments: pytest
 * node ids and `--deselect` for the remainder). go -run, jest/vitest -t and playwright --grep can select
 * tests too, but not several filtered pieces together with whole files in one invocation.
 */
export const TEST_SELECTING_FRAMEWORKS: ReadonlySet<string> = new Set(
  FRAMEWORKS.filter((name) => frameworkModule(name).splitArguments !== undefined),
);

export interface SplitOptions {
  /** Split a file when its estimate exceeds this (the per-shard target: total work / shards). */
  targetSeconds: number;
  /** Globs over file paths (never split) and over `file::test` keys (tests kept together in one item). */
  serialGlobs: readonly string[];
  history: TimingHistory;
  estimator?: Estimator;
}

/**
 * Turns file estimates into plan items: whole files, or — for a file slower than a shard's share that
 * has per-test history — one item per test (serial groups kept together) plus one remainder item that
 * runs the file minus the known tests, so tests added since the history was taken still run once.
 */
export function itemsFromEstimates(
  files: readonly FileEstimate[],
  split: SplitOptions | undefined,
): PlannedItem[] {
  const serial = globMatcher(split?.serialGlobs ?? [], 'serial');
  const out: PlannedItem[] = [];
  for (const f of files) {
    const splittable =
      split !== undefined && f.seconds > split.targetSeconds && f.tests.length > 1 && serial(f.file) < 0;
    if (!splittable) {
      out.push({ file: f.file, seconds: f.seconds });
      continue;
    }
    out.push(...splitFile(f, estimateTests(f, split!.history, split!.estimator), serial));
  }
  return out;
}

function splitFile(
  f: FileEstimate,
  tests: { test: string; seconds: number }[],
  serial: (key: string) => number,
): PlannedItem[] {
  const groups = new Map<number, { tests: string[]; seconds: number }>();
  const pieces: PlannedItem[] = [];
  for (const t of tests) {
    const g = serial(`${f.file}::${t.test}`);
    if (g < 0) {
      pieces.push({ file: f.file, tests: [t.test], seconds: t.seconds });
      continue;
    }
    const group = groups.get(g) ?? { tests: [], seconds: 0 };
    group.tests.push(t.test);
    group.seconds += t.seconds;
    groups.set(g, group);
  }
  for (const group of groups.values())
    pieces.push({ file: f.file, tests: group.tests, seconds: group.seconds });
  const known = tests.map((t) => t.test);
  const testsTotal = tests.reduce((s, t) => s + t.seconds, 0);
  // The file's own estimate minus its tests is setup time and tests we have not seen yet.
  pieces.push({ file: f.file, exceptTests: known, seconds: Math.max(0, f.seconds - testsTotal) });
  return pieces;
}
