/**
 * Per-framework selection of "only these tests" for reruns. The selection is plain arguments:
 * `files` replace {files} in the preset template, `filterArgs` go right before them.
 * Filters select by name, so a test with the same name elsewhere in the selected files may run too;
 * callers match results back by test id, so the extra results are harmless.
 */
import type { TestResult } from '../results/model.js';
import { escapeJsRegExp, type Framework } from './presets.js';

export interface RerunSelection {
  files: string[];
  filterArgs: string[];
  /** Tests that cannot be selected (no file, custom command, …), with the reason for the log. */
  unselectable: { test: TestResult; reason: string }[];
}

export function buildRerunSelection(framework: Framework, tests: TestResult[]): RerunSelection {
  switch (framework) {
    case 'pytest':
      return pytestSelection(tests);
    case 'jest':
      return nameFilterSelection(
        tests,
        (names) => ['-t', `^(?:${names.join('|')})$`],
        (n) => n,
      );
    case 'vitest':
      // Vitest's JUnit names join the describe path with ' > '; -t matches the path joined by spaces.
      return nameFilterSelection(tests, (names) => ['-t', `^(?:${names.join('|')})$`], vitestFullName);
    case 'playwright':
      // --grep sees "<project> <file> <describe…> <title>"; JUnit names join titles with ' › '.
      // Files stay plain paths here: the preset's fileArg turns them into Playwright's file regexes.
      return nameFilterSelection(
        tests,
        (names) => ['--grep', `(?:^| )(?:${names.join('|')})$`],
        (n) => n.split(' › ').join(' '),
      );
    case 'node-test':
      // Nested tests match on their own name (older Node) or ancestors + name joined by spaces (newer).
      return nameFilterSelection(
        tests,
        (names) => names.map((n) => `--test-name-pattern=(?:^| )${n}$`),
        (n) => n,
      );
    case 'go':
      return goSelection(tests);
    case 'custom':
      return {
        files: [],
        filterArgs: [],
        unselectable: tests.map((test) => ({ test, reason: 'a custom command has no known test filter' })),
      };
  }
}

function pytestSelection(tests: TestResult[]): RerunSelection {
  const ids = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  for (const test of tests) {
    const nodeId = pytestNodeId(test);
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
export function pytestNodeId(test: TestResult): string | undefined {
  if (!test.file) return undefined;
  const moduleParts = test.file.replace(/\.py$/, '').split('/');
  const suiteParts = test.suite ? test.suite.split('.') : [];
  const moduleName = moduleParts.at(-1);
  const at = suiteParts.lastIndexOf(moduleName ?? '');
  const classes = at >= 0 ? suiteParts.slice(at + 1) : [];
  return [test.file, ...classes, test.name].join('::');
}

function vitestFullName(name: string): string {
  return name.split(' > ').join(' ');
}

function nameFilterSelection(
  tests: TestResult[],
  toArgs: (escapedNames: string[]) => string[],
  fullName: (name: string) => string,
): RerunSelection {
  const files = new Set<string>();
  const names = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  for (const test of tests) {
    if (!test.file) {
      unselectable.push({ test, reason: 'the report names no test file to restrict the rerun to' });
      continue;
    }
    files.add(test.file);
    names.add(escapeJsRegExp(fullName(test.name)));
  }
  return { files: [...files], filterArgs: names.size ? toArgs([...names]) : [], unselectable };
}

/**
 * go test -run splits its pattern on top-level `|` into alternatives and each alternative on `/` into
 * one regexp per subtest level (Go ≥1.20 testing/match.go), so `^TestA$/^case_1$|^TestB$` selects
 * exactly TestA/case_1 and TestB. The package comes from the result's suite (its import path).
 */
function goSelection(tests: TestResult[]): RerunSelection {
  const packages = new Set<string>();
  const patterns = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  for (const test of tests) {
    if (!test.suite) {
      unselectable.push({ test, reason: 'the report names no Go package' });
      continue;
    }
    packages.add(test.suite);
    patterns.add(
      test.name
        .split('/')
        .map((level) => `^${escapeGoRegExp(level)}$`)
        .join('/'),
    );
  }
  const filterArgs = patterns.size ? ['-run', [...patterns].join('|')] : [];
  return { files: [...packages], filterArgs, unselectable };
}

/** Like Go's regexp.QuoteMeta. */
function escapeGoRegExp(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
