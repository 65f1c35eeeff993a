import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/report/annotations.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { result, run } from '../verdict/make-runs.js';

describe('selectAnnotations', () => {
  it('annotates a failed test at its file and line with its pattern and failure text', () => {
    const failing = result('adds', 'failed', {
      file: 'src/math.test.ts',
      line: 12,
      message: 'expected 1 to be 2',
      details:
        'AssertionError: expected 1 to be 2\n    at src/math.test.ts:12:5\n\n    at a\n    at b\n    at c\n    at d',
    });
    const { annotations, omitted } = selectAnnotations(classifyRuns([run(1, [failing]), run(2, [failing])]));
    expect(annotations).toEqual([
      {
        level: 'error',
        message: [
          'Failed every time it ran: ✗✗  (failed in 2 of 2 runs; ✗ failed)',
          'expected 1 to be 2',
          'AssertionError: expected 1 to be 2',
          '    at src/math.test.ts:12:5',
          '    at a',
          '    at b',
          '    at c',
          '…',
        ].join('\n'),
        props: { title: 'Failed: adds', file: 'src/math.test.ts', startLine: 12 },
      },
    ]);
    expect(omitted).toEqual({ error: 0, warning: 0, notice: 0 });
  });

  it('uses line 1 when only the file is known, and no location when neither is', () => {
    const verdict = classifyRuns([
      run(1, [result('f', 'failed', { file: 'a.test.ts' }), result('g', 'passed')]),
      run(2, [result('f', 'failed', { file: 'a.test.ts' }), result('g', 'failed')]),
    ]);
    const { annotations } = selectAnnotations(verdict);
    expect(annotations.map((a) => [a.level, a.props])).toEqual([
      ['error', { title: 'Failed: f', file: 'a.test.ts', startLine: 1 }],
      ['warning', { title: 'Flaky: g' }],
    ]);
    expect(annotations[1].message).toBe(
      'Flaky, passed and failed across runs: ✓✗  (failed in 1 of 2 runs; ✓ passed, ✗ failed)',
    );
  });

  it('keeps at most 10 per level, most failing runs first then by name, and counts the rest', () => {
    const names = Array.from({ length: 14 }, (_, i) => `f${String(i).padStart(2, '0')}`);
    const flaky = Array.from({ length: 3 }, (_, i) => `k${i}`);
    const verdict = classifyRuns([
      // f13 fails in both runs; the others are absent from run 2, so failed in fewer runs.
      run(1, [
        ...names.map((n) => result(n, 'failed')),
        ...flaky.map((n) => result(n, 'passed')),
        result('m', 'passed'),
      ]),
      run(2, [result('f13', 'failed'), ...flaky.map((n) => result(n, 'failed'))]),
    ]);
    const { annotations, omitted } = selectAnnotations(verdict);
    expect(annotations.map((a) => `${a.level}:${a.props.title}`)).toEqual([
      'error:Failed: f13',
      ...names.slice(0, 9).map((n) => `error:Failed: ${n}`),
      'warning:Flaky: k0',
      'warning:Flaky: k1',
      'warning:Flaky: k2',
      'notice:Missing from some runs: m',
    ]);
    expect(omitted).toEqual({ error: 4, warning: 0, notice: 0 });
  });

  it('keeps a hostile name in the title on one line and capped', () => {
    const verdict = classifyRuns([run(1, [result('a\nb' + 'x'.repeat(300), 'failed')])]);
    const title = selectAnnotations(verdict).annotations[0].props.title ?? '';
    expect(title.startsWith('Failed: a bxxx')).toBe(true);
    expect(Array.from(title)).toHaveLength(200);
    expect(title.endsWith('…')).toBe(true);
  });
});
