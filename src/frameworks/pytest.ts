import { delimiter } from 'node:path';
import type { TestResult } from '../results/model.js';
import type { FrameworkModule, RerunSelection } from './framework.js';
import { PYTEST_ORDER_MODULE, writePytestOrderPlugin } from './pytest-order-plugin.js';
import { hasPytestXdist } from './probe-xdist.js';

/**
 * pytest: `-n` only with more than one worker, so suites without pytest-xdist still run serially, and one
 * worker in-process is the honest serial baseline. xunit1 keeps the file/line attributes that node ids
 * need. PYTEST_XDIST_AUTO_NUM_WORKERS makes a `-n auto` in the user's addopts mean our count. A file that
 * fails to import would stop the whole session ("Interrupted: 1 error during collection") and leave every
 * other file unrun; --continue-on-collection-errors runs them, and the error is a file-level load error.
 */
export const pytest: FrameworkModule = {
  name: 'pytest',
  retries:
    'pytest-rerunfailures reports the final attempt only; surefire-style rerun elements count as retries',
  preset: ({ workers }) => ({
    framework: 'pytest',
    command:
      'python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --continue-on-collection-errors ' +
      (workers > 1 ? '-n {workers} ' : '') +
      '--junitxml={results} {files}',
    env: { PYTEST_XDIST_AUTO_NUM_WORKERS: '{workers}' },
    reportExtension: 'xml',
    reportIsStdout: false,
    // A node id or a path: pytest takes both literally.
    fileArg: (file) => file,
  }),
  rerunSelection,
  splitArguments(item, { remainderHere, piecesHere, pathArg }) {
    const files: string[] = [];
    const filterArgs: string[] = [];
    if (item.tests && !remainderHere) files.push(...item.tests.map((s) => nodeIdFor(item.file, s)));
    if (item.exceptTests) {
      files.push(item.file);
      for (const selector of item.exceptTests) {
        if (!piecesHere.has(`${item.file}\0${selector}`))
          filterArgs.push('--deselect', pathArg(nodeIdFor(item.file, selector)));
      }
    }
    return { files, filterArgs };
  },
  unusableWorkers(workers, { cwd, env, ownCommand }) {
    if (!ownCommand || workers <= 1 || hasPytestXdist(cwd, env)) return undefined;
    return `pytest-xdist is not installed for python3, so -n ${workers} would fail`;
  },
  // pytest's JUnit reports a file it could not collect as a testcase named after the module, with no
  // classname and `<error message="collection failure">`.
  isLoadError: (test) =>
    test.outcome === 'error' &&
    test.message === 'collection failure' &&
    test.file !== undefined &&
    test.file.replace(/\.py$/, '').split('/').join('.').endsWith(test.name),
  // Usage errors stop pytest before it collects anything: `ERROR: file or directory not found: x.py`.
  stopReason: (output) => output.find((line) => line.startsWith('ERROR: ')),
  displayId: (test) => pytestNodeId(test) ?? test.id,
  // xdist's load scheduler hands tests to whichever worker is free, so a seed alone would not fix the order a
  // worker sees; --dist loadfile keeps each file in one worker, in the seeded order.
  // pytest-xdist's JUnit is written as results arrive: one worker's tests in the order it ran them.
  reportInRunOrder: true,
  // pytest runs node ids given on the command line in the order given.
  selectionKeepsOrder: true,
  shuffleArgs: (_seed, { workers }) => [
    '-p',
    PYTEST_ORDER_MODULE,
    ...(workers > 1 ? ['--dist', 'loadfile'] : []),
  ],
  shuffleEnv: async (seed, { helperDir, env }) => {
    const dir = await writePytestOrderPlugin(helperDir);
    return {
      SHARDPROOF_ORDER_SEED: String(seed),
      PYTHONPATH: env.PYTHONPATH ? `${dir}${delimiter}${env.PYTHONPATH}` : dir,
    };
  },
};

function rerunSelection(tests: TestResult[]): RerunSelection {
  const ids = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  for (const test of tests) {
    const nodeId = test.fileError ? test.file : pytestNodeId(test);
    if (nodeId) ids.add(nodeId);
    else unselectable.push({ test, reason: 'the report names no test file, so there is no pytest node id' });
  }
  return { files: [...ids], filterArgs: [], unselectable };
}

/**
 * pytest node id `path/test_a.py::TestOuter::TestInner::test_x[param]`. JUnit (xunit1) gives
 * file="path/test_a.py" and classname="path.test_a.TestOuter.TestInner": the classes are what
 * follows the module's dotted path (which may be shortened when rootdir differs from the cwd).
 */
export function pytestNodeId(test: Pick<TestResult, 'file' | 'suite' | 'name'>): string | undefined {
  if (!test.file) return undefined;
  const moduleParts = test.file.replace(/\.py$/, '').split('/');
  const suiteParts = test.suite ? test.suite.split('.') : [];
  const moduleName = moduleParts.at(-1);
  const at = suiteParts.lastIndexOf(moduleName ?? '');
  const classes = at >= 0 ? suiteParts.slice(at + 1) : [];
  return [test.file, ...classes, test.name].join('::');
}

/** A plan selector is the `suite::name` part of a test id; pytest wants `file::Class::name`. The suite is a
 * dotted class path and never holds `::`, while a parametrized name can (`test_x[a::b]`): split at the first. */
function nodeIdFor(file: string, selector: string): string {
  const at = selector.indexOf('::');
  const suite = at === -1 ? undefined : selector.slice(0, at);
  const name = at === -1 ? selector : selector.slice(at + 2);
  return pytestNodeId({ file, suite, name })!;
}
