import type { TestResult } from '../results/model.js';
import type { FrameworkModule } from './framework.js';
import { arrowId, fullNamePattern, nameFilterSelection } from './name-filter.js';

/** jest-junit joins describe titles with this (JEST_JUNIT_ANCESTOR_SEPARATOR) into the classname. */
const SEPARATOR = ' > ';
/** jest-junit's classname for a file that failed to load (JEST_JUNIT_REPORT_TEST_SUITE_ERRORS). */
const SUITE_ERROR = 'Test suite failed to run';

const describePath = (test: TestResult) => (test.suite ? test.suite.split(SEPARATOR) : []);

/**
 * jest with jest-junit. `npx --no --` : npx never downloads a missing package, and `--` hands every flag
 * after it to jest (without it npx reads `--ci`, `--reporters` as its own options and jest gets only the
 * files). --runTestsByPath makes file arguments exact paths instead of regexes, so `a.test.ts` selects
 * neither `a.test.tsx` nor `x/a.test.ts`. jest-junit writes the describe path as classname and the test's
 * own title as name, so a rerun's `-t` can match a title holding any character; its file attribute and
 * per-file testsuite time are switched on, and a file that fails to load is reported, not dropped.
 */
export const jest: FrameworkModule = {
  name: 'jest',
  retries: 'jest.retryTimes: jest-junit reports only the final attempt of a test',
  preset: () => ({
    framework: 'jest',
    command:
      'npx --no -- jest --ci --maxWorkers={workers} --reporters=default --reporters=jest-junit ' +
      '--runTestsByPath {files}',
    env: {
      JEST_JUNIT_OUTPUT_FILE: '{results}',
      JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
      JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
      JEST_JUNIT_SUITE_NAME: '{filepath}',
      JEST_JUNIT_CLASSNAME: '{classname}',
      JEST_JUNIT_TITLE: '{title}',
      JEST_JUNIT_ANCESTOR_SEPARATOR: SEPARATOR,
    },
    reportExtension: 'xml',
    reportIsStdout: false,
    fileArg: (file) => file,
  }),
  // jest's -t sees the describe titles and the test title joined by spaces.
  rerunSelection: (tests) =>
    nameFilterSelection(
      tests,
      (test) => fullNamePattern(describePath(test), SEPARATOR, test.name),
      (patterns) => ['-t', `^(?:${patterns.join('|')})$`],
    ),
  shuffleArgs: (seed) => ['--randomize', `--seed=${seed}`],
  isLoadError: (test) => test.suite === SUITE_ERROR && test.name === test.file,
  displayId: (test) => arrowId(test, describePath(test), test.name),
};
