import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import { FailureTexts } from '../../src/verdict/failure-texts.js';
import { TestTable } from '../../src/verdict/test-table.js';

describe('FailureTexts with millions of failing tests in mind', () => {
  it('keeps details for the first maxDetailed failing tests and texts for the first maxTexts only', () => {
    const table = new TestTable();
    const run = table.addRun();
    const texts = new FailureTexts(2, 3);
    for (let i = 0; i < 5; i++) {
      const result: TestResult = {
        id: `t${i}`,
        name: `t${i}`,
        outcome: 'failed',
        duration: 0,
        message: `boom ${i}`,
        details: `stack ${i}`,
      };
      const row = table.rowOf(result);
      texts.addMain(row, result, true);
      run.codes[row] = 3; // failed
    }
    texts.endRun(run);
    expect([0, 1, 2, 3, 4].map((row) => texts.of(row, true))).toEqual([
      { message: 'boom 0', details: 'stack 0' },
      { message: 'boom 1', details: 'stack 1' },
      { message: 'boom 2' },
      undefined,
      undefined,
    ]);
  });
});
