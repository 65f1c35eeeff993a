import type { TestResult } from '../results/model.js';
import type { FrameworkModule, RerunSelection } from './framework.js';

/**
 * go test -json: "files" are package patterns such as ./pkg/... (go test cannot run test files across
 * directories). -count=1: the test cache would otherwise answer runs 2..N without running anything.
 */
export const go: FrameworkModule = {
  name: 'go',
  retries: 'go test has no retries of its own',
  itemsArePackages: true,
  preset: () => ({
    framework: 'go',
    command: 'go test -json -count=1 -p {workers} {files}',
    env: {},
    reportExtension: 'json',
    reportIsStdout: true,
    fileArg: (pkg) => pkg,
  }),
  rerunSelection,
  shuffleArgs: (seed) => [`-shuffle=${seed}`],
  // `go test example.com/pkg -run '^TestX$/^sub$'` — the package and the test as go names them.
  displayId: (test) => (test.suite ? `${test.suite} ${test.name}` : test.name),
};

/**
 * go test -run splits its pattern on top-level `|` into alternatives and each alternative on `/` into
 * one regexp per subtest level (Go ≥1.20 testing/match.go), so `^TestA$/^case_1$|^TestB$` selects
 * exactly TestA/case_1 and TestB. The package comes from the result's suite (its import path).
 */
function rerunSelection(tests: TestResult[]): RerunSelection {
  const packages = new Set<string>();
  const patterns = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  // A parent that failed with its subtests runs again as their parent: its own pattern would rerun
  // every subtest, the passing ones too.
  const parents = new Set(tests.flatMap((t) => (t.name.includes('/') ? parentsOf(t) : [])));
  for (const test of tests) {
    if (!test.suite) {
      unselectable.push({ test, reason: 'the report names no Go package' });
      continue;
    }
    packages.add(test.suite);
    if (parents.has(`${test.suite}\0${test.name}`)) continue;
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

/** `pkg\0TestA` and `pkg\0TestA/b` for a test named `TestA/b/c`. */
function parentsOf(test: TestResult): string[] {
  const levels = test.name.split('/');
  return levels.slice(1).map((_, i) => `${test.suite}\0${levels.slice(0, i + 1).join('/')}`);
}

/** Like Go's regexp.QuoteMeta. */
function escapeGoRegExp(text: string): string {
  return text.replace(/[\\.+*?()|[\]{}^$]/g, '\\$&');
}
