import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findFiles } from '../../src/inputs/find-files.js';
import { globMatcher } from '../../src/inputs/glob.js';
import { discover } from '../../src/plan/discover.js';
import { emptyHistory } from '../../src/plan/history.js';
import { itemsFromEstimates } from '../../src/plan/split.js';

// Real files, including names with glob characters in them: a literal `*` and brackets.
const NAMES = ['a.py', 'b.py', 'c.py', 'd.py', 'ab.py', '*.py', '[ab].py', '.hidden.py', 'sub/a.py'];
const root = mkdtempSync(join(tmpdir(), 'shardproof-glob-'));
for (const name of NAMES) {
  mkdirSync(join(root, name, '..'), { recursive: true });
  writeFileSync(join(root, name), '');
}
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** What each glob selects, as every input must read it. */
const CASES: [glob: string, expected: string[]][] = [
  ['{a,{b,c}}.py', ['a.py', 'b.py', 'c.py']],
  // picomatch also matches a name equal to the glob itself.
  ['[ab].py', ['[ab].py', 'a.py', 'b.py']],
  ['+(a|b).py', ['a.py', 'ab.py', 'b.py']],
  ['@(a|d).py', ['a.py', 'd.py']],
  ['\\*.py', ['*.py']],
  ['a\\.py', ['a.py']],
  ['\\[ab\\].py', ['[ab].py']],
  ['*.py', ['*.py', '[ab].py', 'a.py', 'ab.py', 'b.py', 'c.py', 'd.py']],
  ['**/a.py', ['a.py', 'sub/a.py']],
  ['./sub/*.py', ['sub/a.py']],
  ['.hidden.py', ['.hidden.py']],
];

const onDisk = async (glob: string) =>
  (await findFiles([glob], { cwd: root, input: 'tests' })).map((f) => relative(root, f)).sort();
const byMatcher = (glob: string) => {
  const match = globMatcher([glob], 'serial');
  return NAMES.filter((name) => match(name) === 0).sort();
};

describe('one glob dialect for every input', () => {
  it.each(CASES)(
    '%s selects the same files on disk (tests, results) and as keys (serial)',
    async (glob, expected) => {
      expect(await onDisk(glob)).toEqual(expected);
      expect(byMatcher(glob)).toEqual(expected);
    },
  );

  it('tests and exclude read globs the same way (nested braces, classes, extglobs, escapes)', async () => {
    const files = await discover({
      tests: '**/*.py',
      exclude: '{d,{c,\\*}}.py\n[a].py\n+(ab|b).py',
      cwd: root,
    });
    expect(files).toEqual(['[ab].py', 'sub/a.py']);
  });

  it('refuses a backslash used as a folder separator in every input, naming the input', async () => {
    expect(() => globMatcher(['tests\\db\\*.py'], 'serial')).toThrow(
      `Input 'serial': the glob ${JSON.stringify('tests\\db\\*.py')} uses backslashes as folder separators; ` +
        `write ${JSON.stringify('tests/db\\*.py')}`,
    );
    await expect(findFiles(['out\\reports\\*.xml'], { cwd: root, input: 'results' })).rejects.toThrow(
      /^Input 'results'/,
    );
  });

  it("names a suite's own tests or exclude input when its glob is refused", async () => {
    const suite = { cwd: root, inputName: 'suites.fast.tests' };
    await expect(discover({ ...suite, tests: 'sub\\a.py' })).rejects.toThrow(
      /^Input 'suites\.fast\.tests': /,
    );
    await expect(discover({ ...suite, tests: '*.py', exclude: 'sub\\x' })).rejects.toThrow(
      /^Input 'suites\.fast\.exclude': /,
    );
  });

  it('gives the index of the first glob that matches', () => {
    const match = globMatcher(['x/**', 'tests/{a,{b,c}}.py::*', 'tests/**'], 'serial');
    expect(match('tests/b.py::test_one')).toBe(1);
    expect(match('tests/d.py::test_one')).toBe(2);
    expect(match('elsewhere.py')).toBe(-1);
  });
});

describe('serial globs when a slow file is split', () => {
  const history = emptyHistory();
  for (const [key, seconds] of Object.entries({
    'tests/b.py::t1': 4,
    'tests/b.py::t2': 3,
    'tests/b.py::db1': 1,
    'tests/b.py::db2': 1,
  }))
    history.items[key] = { durations: [seconds], updated: '' };
  const files = [
    {
      file: 'tests/b.py',
      seconds: 9,
      source: 'history' as const,
      historyKey: 'tests/b.py',
      tests: ['t1', 't2', 'db1', 'db2'],
    },
    { file: 'tests/e.py', seconds: 1, source: 'default' as const, tests: [] },
  ];
  const split = (serialGlobs: string[]) =>
    itemsFromEstimates(files, { targetSeconds: 5, serialGlobs, history }).filter(
      (i) => i.file === 'tests/b.py',
    );

  it('keeps a file whole when a nested-brace glob names it (was: SyntaxError: Invalid regular expression)', () => {
    expect(split(['tests/{a,{b,c}}.py'])).toEqual([{ file: 'tests/b.py', seconds: 9 }]);
  });

  it('keeps the tests a nested-brace or class glob names together', () => {
    expect(split(['tests/{a,{b,c}}.py::db[12]'])).toEqual([
      { file: 'tests/b.py', tests: ['t1'], seconds: 4 },
      { file: 'tests/b.py', tests: ['t2'], seconds: 3 },
      { file: 'tests/b.py', tests: ['db1', 'db2'], seconds: 2 },
      { file: 'tests/b.py', exceptTests: ['db1', 'db2', 't1', 't2'], seconds: 0 },
    ]);
  });
});
