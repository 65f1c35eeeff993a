import { UserError } from '../errors/user-error.js';
import type { FrameworkModule } from './framework.js';

/** The user's own command, which writes a report to {results} or to files matching `results`. */
export const custom: FrameworkModule = {
  name: 'custom',
  retries: 'surefire-style flakyFailure/rerunFailure elements count as retries',
  preset: ({ command, results }) => {
    if (!command) {
      throw new UserError(
        `Input 'command' is required when framework is 'custom': give the command that runs your tests, ` +
          `e.g. "./run-tests.sh --junit={results} {files}", or pick a framework preset.`,
      );
    }
    if (!results && !command.includes('{results}')) {
      throw new UserError(
        `Input 'results' is required when framework is 'custom' and the command has no {results}: ` +
          `give a glob of the JUnit/CTRF/go-json reports your command writes, e.g. "reports/*.xml".`,
      );
    }
    return {
      framework: 'custom',
      command,
      env: {},
      reportExtension: 'xml',
      reportIsStdout: false,
      resultsGlob: results || undefined,
      fileArg: (file) => file,
    };
  },
  rerunSelection: (tests) => ({
    files: [],
    filterArgs: [],
    unselectable: tests.map((test) => ({ test, reason: 'a custom command has no known test filter' })),
  }),
  displayId: (test) => test.id,
};
