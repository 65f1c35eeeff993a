import { basename, relative, resolve } from 'node:path';
import type { FrameworkModule } from './framework.js';
import { fullNamePattern, nameFilterSelection } from './name-filter.js';

/** Vitest's JUnit names join the describe path and the title with this. */
const SEPARATOR = ' > ';

/**
 * Vitest. Its file arguments are case-insensitive substring filters (`a.test.ts` also selects
 * `a.test.tsx` and `x/a.test.ts`), so exactSelectionArgs adds an `--exclude` for every other file on disk
 * that a given path could select. Vitest matches a filter, and the filter made relative to its root, within
 * each file's path relative to that root — which may be a subfolder (`--root`, `cd web && vitest`) that
 * shardproof does not know; both are segment suffixes of the given path, so a file holding the given
 * file's name is excluded (more than needed, never a given file), by its absolute path, which vitest
 * matches from any root. The JUnit testcase names a file (classname) and the describe path and
 * title joined by ` > `; `-t` sees them joined by spaces, so each ` > ` matches either form.
 */
export const vitest: FrameworkModule = {
  name: 'vitest',
  retries: "the retry option: vitest's JUnit reports only the final attempt of a test",
  preset: () => ({
    framework: 'vitest',
    command:
      'npx --no -- vitest run --maxWorkers={workers} --reporter=default --reporter=junit ' +
      '--outputFile.junit={results} {files}',
    env: {},
    reportExtension: 'xml',
    reportIsStdout: false,
    fileArg: (file) => file,
  }),
  rerunSelection: (tests) =>
    nameFilterSelection(
      tests,
      (test) =>
        fullNamePattern([...(test.suite ? [test.suite] : []), ...test.name.split(SEPARATOR)], SEPARATOR),
      (patterns) => ['-t', `^(?:${patterns.join('|')})$`],
    ),
  exactSelectionArgs: async (files, cwd) => {
    const others = await substringSiblings(files, cwd);
    return others.flatMap((file) => ['--exclude', escapeGlob(resolve(cwd, file))]);
  },
  shuffleArgs: (seed) => ['--sequence.shuffle', `--sequence.seed=${seed}`],
  // A file that fails to import: vitest's JUnit reports one failing testcase named after the file.
  isLoadError: (test) => test.name === test.file && test.outcome !== 'passed',
  displayId: (test) => [test.file, test.name].filter(Boolean).join(SEPARATOR),
};

/** Files under cwd (outside node_modules and .git) that vitest's substring match may select besides the
 * given ones, from whatever root: those whose path holds a given file's name. */
async function substringSiblings(files: string[], cwd: string): Promise<string[]> {
  if (files.length === 0) return [];
  const wanted = new Set(files.map((f) => relative(cwd, `${cwd}/${f}`).split('\\').join('/')));
  const needles = [...new Set([...wanted].map((f) => basename(f).toLocaleLowerCase()))];
  const { glob } = await import('tinyglobby'); // loaded when used: bundles start faster without it
  const all = await glob('**/*', { cwd, ignore: ['**/node_modules/**', '**/.git/**'], dot: true });
  return all.filter((path) => {
    if (wanted.has(path)) return false;
    const lower = path.toLocaleLowerCase();
    return needles.some((n) => lower.includes(n));
  });
}

/** A path as a glob that matches only itself (picomatch: backslash escapes a character). */
export function escapeGlob(path: string): string {
  return path.replace(/[\\*?[\]{}()!+@|^$]/g, '\\$&');
}
