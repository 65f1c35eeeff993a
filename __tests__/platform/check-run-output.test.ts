import { describe, expect, it } from 'vitest';
import { checkRunOutputs, repositoryPath } from '../../src/platform/check-run-output.js';
import type { CheckAnnotation } from '../../src/platform/types.js';

const annotation = (path: string, extra: Partial<CheckAnnotation> = {}): CheckAnnotation => ({
  path,
  startLine: 3,
  endLine: 3,
  level: 'failure',
  message: 'boom',
  ...extra,
});

describe('check-run outputs', () => {
  it('one output without annotations when there are none, else batches of 50 that all carry title and summary', () => {
    const base = { name: 'n', conclusion: 'success' as const, title: 'T', summary: 'S' };
    expect(checkRunOutputs({ ...base, annotations: [] })).toEqual([{ title: 'T', summary: 'S' }]);
    const outputs = checkRunOutputs({
      ...base,
      annotations: Array.from({ length: 101 }, (_, i) => annotation(`f${i}.py`)),
    });
    expect(outputs.map((o) => [o.title, o.summary, o.annotations?.length])).toEqual([
      ['T', 'S', 50],
      ['T', 'S', 50],
      ['T', 'S', 1],
    ]);
    expect(outputs.flatMap((o) => o.annotations ?? []).map((a) => a.path)).toEqual(
      Array.from({ length: 101 }, (_, i) => `f${i}.py`),
    );
  });

  it('makes lines valid (end never before start, at least 1) and caps message, title and details', () => {
    const [out] = checkRunOutputs({
      name: 'n',
      conclusion: 'failure',
      title: 't',
      summary: 's',
      annotations: [
        annotation('a.py', {
          startLine: 0,
          endLine: -4,
          message: 'x'.repeat(70_000),
          title: 'y'.repeat(300),
          rawDetails: 'é'.repeat(40_000),
        }),
      ],
    });
    const a = out.annotations?.[0];
    expect([a?.start_line, a?.end_line]).toEqual([1, 1]);
    expect(Buffer.byteLength(a?.message ?? '')).toBeLessThanOrEqual(64 * 1024);
    expect(a?.title?.length).toBe(255);
    expect(Buffer.byteLength(a?.raw_details ?? '')).toBeLessThanOrEqual(64 * 1024);
  });
});

describe('annotation paths relative to the repository', () => {
  it.each([
    ['/home/runner/work/shop/shop/tests/test_a.py', 'tests/test_a.py'],
    ['./tests/test_a.py', 'tests/test_a.py'],
    ['tests\\win\\test_a.py', 'tests/win/test_a.py'],
    ['/elsewhere/test_a.py', '/elsewhere/test_a.py'],
    ['tests/test_a.py', 'tests/test_a.py'],
  ])('%s → %s', (path, expected) => {
    expect(repositoryPath(path, '/home/runner/work/shop/shop')).toBe(expected);
  });
});
