import { describe, expect, it } from 'vitest';
import { LocalIO } from '../../src/platform/local-io.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { AnnotationBudget } from '../../src/steps/annotation-budget.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { result, run } from '../verdict/make-runs.js';

/** The run step's order: select within what the budget has left, annotate, then count what was not shown. */
function annotate(names: string[]): { shown: string[]; notAnnotated: number } {
  const shown: string[] = [];
  const io = new LocalIO({ inputs: {}, write: (line) => shown.push(line), stopCommands: false });
  io.untrusted = () => {};
  const budget = new AnnotationBudget(io);
  const failing = names.map((name) =>
    result(`a.test.ts::${name}`, 'failed', { name, file: 'a.test.ts', message: 'expected true' }),
  );
  const selected = selectAnnotations(classifyRuns([run(1, failing), run(2, failing)]), {
    perLevel: budget.remaining(),
  });
  for (const a of selected.annotations) budget[a.level](a.message, a.props);
  return {
    shown: shown.filter((l) => l.startsWith('error')),
    notAnnotated: selected.omitted.error + budget.overflow.error,
  };
}

describe('annotations of different tests that share a file and a message', () => {
  it('two failed tests get two annotations', () => {
    const { shown, notAnnotated } = annotate(['one', 'two']);
    expect(shown).toEqual([
      'error a.test.ts:1: Failed every time it ran: ✗✗  (failed in 2 of 2 runs; ✗ failed)',
      'error a.test.ts:1: Failed every time it ran: ✗✗  (failed in 2 of 2 runs; ✗ failed)',
    ]);
    expect(notAnnotated).toBe(0);
  });

  it('twelve failed tests: ten annotated, and the summary says two were not', () => {
    const { shown, notAnnotated } = annotate(Array.from({ length: 12 }, (_, i) => `t${i}`));
    expect(shown).toHaveLength(10);
    expect(notAnnotated).toBe(2);
  });

  it("shardproof's own warning repeated by every run is still annotated once", () => {
    const shown: string[] = [];
    const io = new LocalIO({ inputs: {}, write: (l) => shown.push(l), stopCommands: false });
    const repeats: string[] = [];
    io.untrusted = (line) => repeats.push(line);
    const budget = new AnnotationBudget(io);
    for (let i = 0; i < 3; i++) budget.warning('cannot rerun x', { file: 'a.py', startLine: 1 });
    expect(shown).toEqual(['warning a.py:1: cannot rerun x']);
    expect(repeats).toEqual(Array(2).fill('warning a.py:1 (annotated already): cannot rerun x'));
    expect(budget.overflow.warning).toBe(0);
  });
});
