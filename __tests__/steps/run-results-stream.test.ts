import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberRunResults, rebaseRun } from '../../src/results/index.js';
import { testId, type TestResult } from '../../src/results/model.js';
import { RunResultsStream } from '../../src/steps/run-results-stream.js';

/** The stream with a plain set of emitted ids standing in for the verdict builder. */
function streamed(
  tests: readonly TestResult[],
  given: readonly string[],
  isLoadError: (t: TestResult) => boolean,
  fileSeconds: Record<string, number> = {},
) {
  const out: TestResult[] = [];
  const ids = new Set<string>();
  const stream = new RunResultsStream(
    given,
    {
      seen: (t) => ids.has(t.id),
      emit: (t) => {
        ids.add(t.id);
        out.push(t);
      },
    },
    isLoadError,
  );
  for (const t of tests) stream.add(t);
  return { tests: out, fileSeconds: stream.end(fileSeconds) };
}

const byId = (a: TestResult, b: TestResult) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const loadError = (t: TestResult) => t.name === t.file && t.outcome === 'error';

const test = fc
  .record({
    file: fc.constantFrom(undefined, 'a.test.ts', 'sub/b.test.ts', 'b.test.ts', 'c.test.ts'),
    name: fc.constantFrom('one', 'two', 'LOAD'),
    outcome: fc.constantFrom('passed', 'failed', 'error'),
    details: fc.constantFrom(undefined, 'stack'),
  })
  .map(({ name, ...r }) => {
    const t: TestResult = { ...r, name: name === 'LOAD' ? (r.file ?? 'x') : name, id: '', duration: 1 };
    if (t.file === undefined) delete t.file;
    if (t.details === undefined) delete t.details;
    t.id = testId(t);
    return t;
  });

describe('RunResultsStream', () => {
  it('gives the tests, numbering and load-error entries that rebaseRun then numberRunResults give', () => {
    const given = fc.constantFrom(
      [],
      ['pkg/a.test.ts', 'pkg/sub/b.test.ts'],
      ['a.test.ts', 'c.test.ts'],
      ['x/a.test.ts', 'x/sub/b.test.ts', 'c.test.ts'],
    );
    fc.assert(
      fc.property(fc.array(test, { maxLength: 12 }), given, (tests, files) => {
        const seconds = { 'a.test.ts': 2, 'c.test.ts': 1 };
        const rebased = rebaseRun(tests, files, seconds);
        const expected = numberRunResults(rebased.tests, loadError);
        const actual = streamed(tests, files, loadError, seconds);
        // Only the order differs: a test whose path may be rebased waits for the end of the run. So where a
        // report names one test both under the given path and relative to a subfolder root (sub/b.test.ts
        // and b.test.ts given sub/b.test.ts), which of the two gets the ` #2` can differ; no such given set
        // here.
        expect([...actual.tests].sort(byId)).toEqual([...expected].sort(byId));
        expect(actual.fileSeconds).toEqual(rebased.fileSeconds);
      }),
      { numRuns: 500 },
    );
  });

  it('passes a test on at once unless its path may be relative to a subfolder root', () => {
    const out: string[] = [];
    const stream = new RunResultsStream(['pkg/a.test.ts', 'b.test.ts'], {
      seen: () => false,
      emit: (t) => out.push(t.id),
    });
    const t = (file: string) => ({
      id: `${file}::x`,
      file,
      name: 'x',
      outcome: 'passed' as const,
      duration: 0,
    });
    stream.add(t('b.test.ts'));
    stream.add(t('other.test.ts'));
    stream.add(t('a.test.ts'));
    expect(out).toEqual(['b.test.ts::x', 'other.test.ts::x']);
    stream.end({});
    expect(out).toEqual(['b.test.ts::x', 'other.test.ts::x', 'pkg/a.test.ts::x']);
  });
});
