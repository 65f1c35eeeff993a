import type { TestResult } from './model.js';

/** The name a file-level load error carries in place of a test name. */
export const LOAD_ERROR_NAME = '(file failed to load)';

/**
 * One run's results as the framework itself counts them:
 * - entries that stand for a file that failed to load (`isLoadError`, the framework's own rule) become one
 *   file-level error per file — not a test, since the file's tests never ran;
 * - the k-th result with an id already seen in this run (two tests with one name in one file, which the
 *   framework runs and counts as two) gets the id `<id> #k`, so neither hides the other. Reports list tests
 *   in a stable order, so the k-th occurrence is the same test in every run and rerun. A framework's own
 *   retries of one test are one entry with retries (retriedFailures), never a second occurrence.
 */
export function numberRunResults(
  tests: readonly TestResult[],
  isLoadError?: (test: TestResult) => boolean,
): TestResult[] {
  const seen = new Map<string, number>();
  const loadErrors = new Map<string, TestResult>();
  const out: TestResult[] = [];
  for (const test of tests) {
    if (isLoadError?.(test)) {
      const key = test.file ?? test.id;
      const first = loadErrors.get(key);
      if (first === undefined) {
        const entry = loadErrorEntry(test);
        loadErrors.set(key, entry);
        out.push(entry);
      } else if (first.details === undefined && test.details !== undefined) {
        first.details = test.details;
      }
      continue;
    }
    const count = (seen.get(test.id) ?? 0) + 1;
    seen.set(test.id, count);
    out.push(count === 1 ? test : { ...test, id: `${test.id} #${count}`, ordinal: count });
  }
  return out;
}

/** The one entry that stands for a file that failed to load, made from the first result saying so. */
export function loadErrorEntry(test: TestResult): TestResult {
  const entry: TestResult = {
    id: test.file === undefined ? test.id : `${test.file}::${LOAD_ERROR_NAME}`,
    name: LOAD_ERROR_NAME,
    outcome: 'error',
    duration: test.duration,
    fileError: true,
  };
  if (test.file !== undefined) entry.file = test.file;
  if (test.message !== undefined) entry.message = test.message;
  if (test.details !== undefined) entry.details = test.details;
  return entry;
}

/**
 * The load errors among `targets` (a rerun's selection) that the rerun cleared: the file loaded, so the
 * rerun's report has its tests and no load error for it. Each becomes a passing result with the load
 * error's id — the file failed to load and then loaded, which is flakiness at the file level.
 */
export function loadErrorsCleared(
  targets: readonly TestResult[],
  rerunTests: readonly TestResult[],
): TestResult[] {
  const stillBroken = new Set(rerunTests.filter((t) => t.fileError).map((t) => t.file));
  const loaded = new Set(rerunTests.filter((t) => !t.fileError).map((t) => t.file));
  return targets
    .filter((t) => t.fileError && t.file !== undefined && loaded.has(t.file) && !stillBroken.has(t.file))
    .map(({ message: _message, details: _details, ...entry }) => ({
      ...entry,
      outcome: 'passed',
      duration: 0,
    }));
}
