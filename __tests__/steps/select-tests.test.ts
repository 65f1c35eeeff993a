import { describe, expect, it } from 'vitest';
import { relativeToRoot } from '../../src/frameworks/index.js';
import { argumentsForItems, checkRunMatchesPlan } from '../../src/steps/select-tests.js';

describe('argumentsForItems', () => {
  it('passes whole files as they are', () => {
    expect(argumentsForItems([{ file: 'a.py' }, { file: 'b.py' }], 'pytest')).toEqual({
      files: ['a.py', 'b.py'],
      filterArgs: [],
    });
  });

  it('turns pieces of a split file into node ids and deselects them from the remainder elsewhere', () => {
    const shard1 = argumentsForItems([{ file: 't/test_x.py', tests: ['t.test_x::test_a'] }], 'pytest');
    const shard2 = argumentsForItems(
      [{ file: 't/test_x.py', exceptTests: ['t.test_x::test_a', 't.test_x.TestC::test_c'] }],
      'pytest',
    );
    expect(shard1).toEqual({ files: ['t/test_x.py::test_a'], filterArgs: [] });
    expect(shard2).toEqual({
      files: ['t/test_x.py'],
      filterArgs: ['--deselect', 't/test_x.py::test_a', '--deselect', 't/test_x.py::TestC::test_c'],
    });
  });

  it('runs a piece that shares its shard with the remainder once, as part of the file', () => {
    const args = argumentsForItems(
      [
        { file: 'test_x.py', tests: ['test_x::test_b'] },
        { file: 'test_x.py', exceptTests: ['test_x::test_a', 'test_x::test_b'] },
      ],
      'pytest',
    );
    expect(args).toEqual({ files: ['test_x.py'], filterArgs: ['--deselect', 'test_x.py::test_a'] });
  });

  it("gives --deselect node ids relative to a `cd <dir> &&` root; files stay for the preset's fileArg", () => {
    const toRoot = (path: string) => relativeToRoot('backend', path);
    const args = argumentsForItems(
      [{ file: 'backend/t/test_x.py', exceptTests: ['t.test_x::test_a'] }],
      'pytest',
      toRoot,
    );
    expect(args).toEqual({
      files: ['backend/t/test_x.py'],
      filterArgs: ['--deselect', 't/test_x.py::test_a'],
    });
  });

  it('keeps a parametrized name that contains :: whole', () => {
    expect(argumentsForItems([{ file: 't/test_p.py', tests: ['t.test_p::test_x[a::b]'] }], 'pytest')).toEqual(
      {
        files: ['t/test_p.py::test_x[a::b]'],
        filterArgs: [],
      },
    );
  });

  it('refuses split items for frameworks the run step cannot select tests for', () => {
    expect(() => argumentsForItems([{ file: 'a.test.ts', tests: ['x'] }], 'jest')).toThrow(
      "which framework 'jest' cannot run alongside whole files; plan without split-slow-files",
    );
  });
});

describe('checkRunMatchesPlan', () => {
  const planned = { suite: 'unit', framework: 'pytest', command: 'poetry run pytest {files}' };

  it('refuses a framework other than the planned one, naming both', () => {
    expect(() => checkRunMatchesPlan({ framework: 'jest', shard: 2 }, planned)).toThrow(
      "Input 'framework' is 'jest', but the plan made shard 2 of suite 'unit' for 'pytest'.",
    );
  });

  it('refuses a command other than the planned one, naming both', () => {
    expect(() =>
      checkRunMatchesPlan({ framework: 'pytest', command: 'pytest -x {files}', shard: 1 }, planned),
    ).toThrow(
      `Input 'command' is "pytest -x {files}", but the plan made shard 1 of suite 'unit' for "poetry run pytest {files}".`,
    );
  });

  it("accepts the plan's own framework and command, or none given, or any framework for a custom plan", () => {
    expect(() =>
      checkRunMatchesPlan({ framework: 'pytest', command: planned.command, shard: 1 }, planned),
    ).not.toThrow();
    expect(() => checkRunMatchesPlan({ shard: 1 }, planned)).not.toThrow();
    expect(() =>
      checkRunMatchesPlan({ framework: 'jest', shard: 1 }, { suite: 'x', framework: 'custom' }),
    ).not.toThrow();
  });
});
