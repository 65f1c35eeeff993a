import type { FrameworkModule } from './framework.js';
import { escapeJsRegExp, nameFilterSelection } from './name-filter.js';
import { nodeTestReporterPath } from './node-test-reporter.js';

/**
 * node --test with the spec reporter on stdout and shardproof's JUnit reporter into {results}: Node's own
 * junit reporter names no file before Node 24 (node-test-reporter.ts). One process as before, so the
 * attribution costs no extra run per file.
 */
export const nodeTest: FrameworkModule = {
  name: 'node-test',
  retries: 'node:test has no retries of its own',
  preset: () => ({
    framework: 'node-test',
    command:
      'node --test --test-concurrency={workers} --test-reporter=spec --test-reporter-destination=stdout ' +
      `--test-reporter=${templateWord(nodeTestReporterPath())} --test-reporter-destination={results} {files}`,
    env: {},
    reportExtension: 'xml',
    reportIsStdout: false,
    fileArg: (file) => file,
  }),
  // Nested tests match on their own name (older Node) or ancestors + name joined by spaces (newer).
  rerunSelection: (tests) =>
    nameFilterSelection(
      tests,
      (test) => escapeJsRegExp(test.name),
      (patterns) => patterns.map((p) => `--test-name-pattern=(?:^| )${p}$`),
    ),
  displayId: (test) => [test.file, test.name].filter(Boolean).join(' > '),
};

/** One word of a command template whatever the path holds (single quotes, as the template reads them). */
function templateWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
