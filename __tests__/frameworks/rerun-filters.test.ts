import { describe, expect, it } from 'vitest';
import { frameworkModule, pytestNodeId, type Framework } from '../../src/frameworks/index.js';

const buildRerunSelection = (name: Framework, tests: TestResult[]) =>
  frameworkModule(name).rerunSelection(tests);
import type { TestResult } from '../../src/results/model.js';

function failed(partial: Partial<TestResult> & { name: string }): TestResult {
  return { id: partial.name, outcome: 'failed', duration: 0, ...partial };
}

describe('rerun filters select only the failed tests', () => {
  it('pytest: node ids with classes taken from the classname after the module', () => {
    const tests = [
      failed({ file: 'tests/test_a.py', suite: 'tests.test_a.TestOuter.TestInner', name: 'test_x[1-a b]' }),
      failed({ file: 'tests/test_a.py', suite: 'tests.test_a', name: 'test_plain' }),
      failed({ file: 'test_b.py', suite: 'test_b', name: 'test_y' }),
      failed({ suite: 'nowhere', name: 'test_z' }),
    ];
    const selection = buildRerunSelection('pytest', tests);
    expect(selection.files).toEqual([
      'tests/test_a.py::TestOuter::TestInner::test_x[1-a b]',
      'tests/test_a.py::test_plain',
      'test_b.py::test_y',
    ]);
    expect(selection.filterArgs).toEqual([]);
    expect(selection.unselectable).toEqual([
      { test: tests[3], reason: 'the report names no test file, so there is no pytest node id' },
    ]);
  });

  it('pytest: a classname shortened by a different rootdir still yields the classes', () => {
    expect(pytestNodeId(failed({ file: 'pkg/tests/test_a.py', suite: 'test_a.TestX', name: 't' }))).toBe(
      'pkg/tests/test_a.py::TestX::t',
    );
  });

  it('jest: one anchored, escaped alternation of describe path and title, restricted to the files', () => {
    const selection = buildRerunSelection('jest', [
      failed({ file: 'a.test.js', suite: 'math', name: 'adds (1+1)' }),
      failed({ file: 'b.test.js', name: 'io reads $HOME/x?' }),
    ]);
    expect(selection.files).toEqual(['a.test.js', 'b.test.js']);
    expect(selection.filterArgs).toEqual(['-t', '^(?:math adds \\(1\\+1\\)|io reads \\$HOME\\/x\\?)$']);
    expect(new RegExp(selection.filterArgs[1]).test('math adds (1+1)')).toBe(true);
    expect(new RegExp(selection.filterArgs[1]).test('math adds (1+1) again')).toBe(false);
  });

  it("jest: a title holding ' > ' matches literally; a describe holding it matches either way", () => {
    const selection = buildRerunSelection('jest', [
      failed({ file: 'a.test.ts', suite: 'Cart > a > b', name: 'total > 0 (a|b) [x]' }),
    ]);
    const pattern = new RegExp(selection.filterArgs[1], 'i');
    // jest's -t sees describe titles and the title joined by single spaces.
    expect(pattern.test('Cart a b total > 0 (a|b) [x]')).toBe(true);
    expect(pattern.test('Cart a > b total > 0 (a|b) [x]')).toBe(true);
    expect(pattern.test('Cart a b total 0 (a|b) [x]')).toBe(false);
  });

  it("vitest: the JUnit ' > ' path becomes the space-joined full name -t matches", () => {
    const selection = buildRerunSelection('vitest', [
      failed({ file: 'x.test.ts', name: 'suite > nested > works' }),
    ]);
    expect(selection.filterArgs).toEqual(['-t', '^(?:suite(?: | > )nested(?: | > )works)$']);
    expect(new RegExp(selection.filterArgs[1], 'u').test('suite nested works')).toBe(true);
  });

  it("vitest: a title that holds ' > ' itself still matches its full name", () => {
    const selection = buildRerunSelection('vitest', [failed({ file: 'x.test.ts', name: 'suite > a > b' })]);
    const pattern = new RegExp(selection.filterArgs[1], 'u');
    expect(pattern.test('suite a > b')).toBe(true);
    expect(pattern.test('suite a b')).toBe(true);
    expect(pattern.test('suite a >b')).toBe(false);
  });

  it('playwright: --grep on the title path, anchored at the end', () => {
    const selection = buildRerunSelection('playwright', [
      failed({ file: 'e2e/login.spec.ts', name: 'login › shows [error]' }),
    ]);
    expect(selection).toEqual({
      files: ['e2e/login.spec.ts'],
      filterArgs: ['--grep', '(?:^| )(?:login(?: | › )shows \\[error\\])$'],
      unselectable: [],
    });
    expect(new RegExp(selection.filterArgs[1]).test('chromium e2e/login.spec.ts login shows [error]')).toBe(
      true,
    );
  });

  it('node:test: one --test-name-pattern per test', () => {
    const selection = buildRerunSelection('node-test', [
      failed({ file: 'a.test.mjs', name: 'adds' }),
      failed({ file: 'a.test.mjs', name: 'sub.tracts' }),
    ]);
    expect(selection).toEqual({
      files: ['a.test.mjs'],
      filterArgs: ['--test-name-pattern=(?:^| )adds$', '--test-name-pattern=(?:^| )sub\\.tracts$'],
      unselectable: [],
    });
  });

  it('go: -run alternatives with one anchored regexp per subtest level, per package', () => {
    const selection = buildRerunSelection('go', [
      failed({ suite: 'example.com/m/pkg', name: 'TestA/case_1.5' }),
      failed({ suite: 'example.com/m/pkg', name: 'TestB' }),
      failed({ suite: 'example.com/m/other', name: 'TestC' }),
      failed({ name: 'TestOrphan' }),
    ]);
    expect(selection.files).toEqual(['example.com/m/pkg', 'example.com/m/other']);
    expect(selection.filterArgs).toEqual(['-run', '^TestA$/^case_1\\.5$|^TestB$|^TestC$']);
    expect(selection.unselectable.map((u) => u.reason)).toEqual(['the report names no Go package']);
  });

  it('go: a parent that failed with its subtests runs as their parent, not with all its subtests', () => {
    const selection = buildRerunSelection('go', [
      failed({ suite: 'example.com/m/pkg', name: 'TestTable' }),
      failed({ suite: 'example.com/m/pkg', name: 'TestTable/two' }),
      failed({ suite: 'example.com/m/pkg', name: 'TestOther' }),
    ]);
    expect(selection.filterArgs).toEqual(['-run', '^TestTable$/^two$|^TestOther$']);
    const nested = buildRerunSelection('go', [
      failed({ suite: 'p', name: 'TestA' }),
      failed({ suite: 'p', name: 'TestA/b' }),
      failed({ suite: 'p', name: 'TestA/b/c' }),
    ]);
    expect(nested.filterArgs).toEqual(['-run', '^TestA$/^b$/^c$']);
  });

  it('custom: nothing is selectable', () => {
    const t = failed({ file: 'a', name: 'b' });
    expect(buildRerunSelection('custom', [t])).toEqual({
      files: [],
      filterArgs: [],
      unselectable: [{ test: t, reason: 'a custom command has no known test filter' }],
    });
  });
});
