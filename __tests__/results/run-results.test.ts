import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import { loadErrorsCleared, numberRunResults } from '../../src/results/run-results.js';

const t = (name: string, extra: Partial<TestResult> = {}): TestResult => ({
  id: `a.test.ts::Cart::${name}`,
  file: 'a.test.ts',
  suite: 'Cart',
  name,
  outcome: 'passed',
  duration: 0.1,
  ...extra,
});

describe('numberRunResults', () => {
  it('keeps two tests with one name in one file as two, numbering the second', () => {
    const out = numberRunResults([t('adds'), t('adds', { outcome: 'failed' }), t('other')]);
    expect(out.map((r) => [r.id, r.outcome, r.ordinal])).toEqual([
      ['a.test.ts::Cart::adds', 'passed', undefined],
      ['a.test.ts::Cart::adds #2', 'failed', 2],
      ['a.test.ts::Cart::other', 'passed', undefined],
    ]);
    expect(out[1].name).toBe('adds');
  });

  it('merges the entries a framework writes for a file that failed to load into one file-level error', () => {
    const isLoadError = (r: TestResult) => r.suite === 'Test suite failed to run';
    const broken = (outcome: TestResult['outcome'], details: string) =>
      t('b.test.ts', { id: 'x', file: 'b.test.ts', suite: 'Test suite failed to run', outcome, details });
    const out = numberRunResults(
      [broken('error', 'Cannot find module'), broken('failed', 'again'), t('ok')],
      isLoadError,
    );
    expect(out).toEqual([
      {
        id: 'b.test.ts::(file failed to load)',
        name: '(file failed to load)',
        file: 'b.test.ts',
        outcome: 'error',
        duration: 0.1,
        fileError: true,
        details: 'Cannot find module',
      },
      t('ok'),
    ]);
  });
});

describe('loadErrorsCleared', () => {
  const loadError = (file: string): TestResult => ({
    id: `${file}::(file failed to load)`,
    file,
    name: '(file failed to load)',
    outcome: 'error',
    duration: 0,
    fileError: true,
    message: 'Cannot find module',
  });

  it('a load error whose file has tests in the rerun, and no load error, passed there', () => {
    const targets = [loadError('cold.test.ts'), loadError('gone.test.ts'), t('adds', { outcome: 'failed' })];
    const rerun = [
      { ...t('warms'), id: 'cold.test.ts::warms', file: 'cold.test.ts' },
      loadError('gone.test.ts'),
      t('adds'),
    ];
    expect(loadErrorsCleared(targets, rerun)).toEqual([
      {
        id: 'cold.test.ts::(file failed to load)',
        file: 'cold.test.ts',
        name: '(file failed to load)',
        outcome: 'passed',
        duration: 0,
        fileError: true,
      },
    ]);
  });

  it('a rerun that reports nothing of the file clears nothing', () => {
    expect(loadErrorsCleared([loadError('cold.test.ts')], [t('adds')])).toEqual([]);
  });
});
