import type { TestResult } from './model.js';

/**
 * Maps report paths to the paths the run was given. A framework rooted in a subfolder (Playwright's
 * testDir, `cd backend && pytest`, a package of a monorepo) names files relative to its own root, so
 * `api.spec.ts` in the report is `tests/api.spec.ts` in the run's file list — and a rerun, an annotation or
 * the next plan needs the latter. The root is one prefix for the whole run: the prefix that turns the most
 * report paths into given files wins (so `a.spec.ts` beside `x/a.spec.ts` is not ambiguous), and a path
 * is only rewritten when prefix + path is a given file. Paths already given, or never given, stay.
 */
export function rebaseReportPaths(tests: readonly TestResult[], givenFiles: readonly string[]): TestResult[] {
  return rebaseRun(tests, givenFiles).tests;
}

/** rebaseReportPaths, and the same root applied to the keys of the reports' per-file times. */
export function rebaseRun(
  tests: readonly TestResult[],
  givenFiles: readonly string[],
  fileSeconds: Record<string, number> = {},
): { tests: TestResult[]; fileSeconds: Record<string, number> } {
  const given = new Set(givenFiles);
  const prefix = commonRoot(tests, given);
  if (prefix === undefined) return { tests: [...tests], fileSeconds };
  const seconds: Record<string, number> = {};
  for (const [file, value] of Object.entries(fileSeconds)) {
    seconds[!given.has(file) && given.has(prefix + file) ? prefix + file : file] = value;
  }
  const rebased = tests.map((test) => {
    if (test.file === undefined || given.has(test.file) || !given.has(prefix + test.file)) return test;
    const file = prefix + test.file;
    const id = test.id.startsWith(`${test.file}::`) ? file + test.id.slice(test.file.length) : test.id;
    // A file that failed to load is reported as a "test" named after its file (vitest, jest-junit).
    if (test.name !== test.file) return { ...test, file, id };
    const named = id.endsWith(`::${test.file}`) ? id.slice(0, id.length - test.file.length) + file : id;
    return { ...test, file, id: named, name: file };
  });
  return { tests: rebased, fileSeconds: seconds };
}

function commonRoot(tests: readonly TestResult[], given: Set<string>): string | undefined {
  const votes = new Map<string, number>();
  const seen = new Set<string>();
  for (const test of tests) {
    const file = test.file;
    if (file === undefined || given.has(file) || seen.has(file)) continue;
    seen.add(file);
    for (const candidate of given) {
      if (candidate.endsWith(`/${file}`)) {
        const prefix = candidate.slice(0, candidate.length - file.length);
        votes.set(prefix, (votes.get(prefix) ?? 0) + 1);
      }
    }
  }
  let best: string | undefined;
  for (const [prefix, count] of votes) {
    if (best === undefined || count > votes.get(best)! || (count === votes.get(best)! && prefix < best))
      best = prefix;
  }
  return best;
}
