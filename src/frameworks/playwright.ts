import { resolve } from 'node:path';
import type { FrameworkModule } from './framework.js';
import { escapeJsRegExp, fullNamePattern, nameFilterSelection } from './name-filter.js';

/** Playwright's JUnit names join the describe path and the title with this. */
const SEPARATOR = ' › ';

/**
 * Playwright reads each file argument as a regular expression searched in the test file's absolute path,
 * so a plain `a.spec.ts` also selects `a.spec.tsx` and `x/a.spec.ts`. Each file is passed as its absolute
 * path, escaped and anchored at both ends: it can match no other file.
 */
export const playwright: FrameworkModule = {
  name: 'playwright',
  retries: 'the retries option: the JUnit report shows only the final attempt (a flaky test as passed)',
  preset: ({ cwd }) => ({
    framework: 'playwright',
    command: 'npx --no -- playwright test --workers={workers} --reporter=list,junit {files}',
    env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: '{results}' },
    reportExtension: 'xml',
    reportIsStdout: false,
    fileArg: (file) => `^${escapeJsRegExp(resolve(cwd ?? process.cwd(), file))}$`,
  }),
  // --grep sees "<project> <file> <describe…> <title>" joined by spaces.
  rerunSelection: (tests) =>
    nameFilterSelection(
      tests,
      (test) => fullNamePattern(test.name.split(SEPARATOR), SEPARATOR),
      (patterns) => ['--grep', `(?:^| )(?:${patterns.join('|')})$`],
    ),
  stopReason,
  displayId: (test) => [test.file, ...test.name.split(SEPARATOR)].filter(Boolean).join(' > '),
};

/**
 * Playwright loads every test file before it runs any test, and stops on the first that fails to load
 * (exit 1, an empty report): it prints `Error: <message>` and, a few lines on, `   at <file>:<line>` in the
 * test folder. The same `Error:` line says "No tests found" when nothing matched.
 */
function stopReason(output: readonly string[]): string | undefined {
  const at = output.findIndex((line) => line.startsWith('Error: '));
  if (at === -1) return undefined;
  const where = output.slice(at + 1, at + 30).find((line) => /^\s+at \S+:\d+$/.test(line));
  return where === undefined ? output[at] : `${output[at]} (${where.trim()})`;
}
