import { describe, expect, it } from 'vitest';
import { LocalIO } from '../../src/platform/local-io.js';
import { AnnotationBudget } from '../../src/steps/annotation-budget.js';

describe('AnnotationBudget', () => {
  it('annotates up to the limit per level, then logs and counts the rest', () => {
    const lines: string[] = [];
    const budget = new AnnotationBudget(new LocalIO({ inputs: {}, write: (l) => lines.push(l) }), 2);
    for (let i = 1; i <= 3; i++) budget.warning(`w${i}`, { file: 'a.py', startLine: i });
    budget.error('e1');
    expect(lines).toEqual([
      'warning a.py:1: w1',
      'warning a.py:2: w2',
      "warning a.py:3 (not annotated: over GitHub's 2 per step): w3",
      'error: e1',
    ]);
    // (LocalIO logs untrusted lines like any other; GitHubIO writes them with workflow commands stopped.)
    expect(budget.used).toEqual({ error: 1, warning: 2, notice: 0 });
    expect(budget.overflow).toEqual({ error: 0, warning: 1, notice: 0 });
  });

  it('annotates a repeated message once and logs the repeats as untrusted lines', () => {
    const shown: string[] = [];
    const untrusted: string[] = [];
    const io = new LocalIO({ inputs: {}, write: (l) => shown.push(l) });
    io.untrusted = (line) => untrusted.push(line);
    const budget = new AnnotationBudget(io, 10);
    budget.warning('cannot rerun x');
    budget.warning('cannot rerun x');
    budget.warning('two\n::error::lines');
    for (let i = 0; i < 10; i++) budget.warning(`w${i}`);
    expect(shown).toEqual([
      'warning: cannot rerun x',
      'warning: two',
      '::error::lines',
      ...Array.from({ length: 8 }, (_, i) => `warning: w${i}`),
    ]);
    expect(untrusted).toEqual([
      'warning (annotated already): cannot rerun x',
      "warning (not annotated: over GitHub's 10 per step): w8",
      "warning (not annotated: over GitHub's 10 per step): w9",
    ]);
    expect(budget.overflow.warning).toBe(2);
  });

  it('counts setFailed as an error and keeps reserved slots out of what remains', () => {
    const budget = new AnnotationBudget(new LocalIO({ inputs: {}, write: () => {} }));
    budget.error('one');
    expect(budget.remaining({ error: 1 })).toEqual({ error: 8, warning: 10, notice: 10 });
    budget.setFailed('failed');
    expect(budget.remaining()).toEqual({ error: 8, warning: 10, notice: 10 });
    process.exitCode = 0; // LocalIO.setFailed sets it; this test must not fail the test run
  });
});
