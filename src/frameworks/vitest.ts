import { relative } from 'node:path';
import { glob } from 'tinyglobby';
import type { FrameworkModule } from './framework.js';
import { fullNamePattern, nameFilterSelection } from './name-filter.js';

/** Vitest's JUnit names join the describe path and the title with this. */
const SEPARATOR = ' > ';

/**
 * Vitest. Its file arguments are case-insensitive substring filters (`a.test.ts` also selects
 * `a.test.tsx` and `x/a.test.ts`), so exactSelectionArgs adds an `--exclude` for every other file on disk
 * that a given path would select. The JUnit testcase names a file (classname) and the describe path and
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
    return others.flatMap((file) => ['--exclude', escapeGlob(file)]);
  },
  shuffleArgs: (seed) => ['--sequence.shuffle', `--sequence.seed=${seed}`],
  // A file that fails to import: vitest's JUnit reports one failing testcase named after the file.
  isLoadError: (test) => test.name === test.file && test.outcome !== 'passed',
  displayId: (test) => [test.file, test.name].filter(Boolean).join(SEPARATOR),
};

/** Files under cwd (outside node_modules and .git) that vitest's substring match selects besides the given ones. */
async function substringSiblings(files: string[], cwd: string): Promise<string[]> {
  if (files.length === 0) return [];
  const wanted = new Set(files.map((f) => relative(cwd, `${cwd}/${f}`).split('\\').join('/')));
  const needles = [...wanted].map((f) => f.toLocaleLowerCase());
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
