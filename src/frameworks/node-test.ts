import type { FrameworkModule } from './framework.js';
import { escapeJsRegExp, nameFilterSelection } from './name-filter.js';

/** node --test with the spec reporter on stdout and the JUnit reporter into {results}. */
export const nodeTest: FrameworkModule = {
  name: 'node-test',
  retries: 'node:test has no retries of its own',
  preset: () => ({
    framework: 'node-test',
    command:
      'node --test --test-concurrency={workers} --test-reporter=spec --test-reporter-destination=stdout ' +
      '--test-reporter=junit --test-reporter-destination={results} {files}',
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
