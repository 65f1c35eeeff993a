import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RecordsSpool } from '../../src/proof/records-spool.js';
import type { TestResult } from '../../src/results/model.js';

const test = (name: string, outcome: TestResult['outcome'] = 'passed'): TestResult => ({
  id: `a.py::${name}`,
  file: 'a.py',
  name,
  outcome,
  duration: 1,
});
const outline = (run: number) => ({ run, exitCode: 0, timedOut: false, reportMissing: false, wallMs: 5 });

describe('RecordsSpool', () => {
  it('puts each finished run together as run line, results, rerun results, file lines; an unfinished run is left out', async () => {
    const spool = await RecordsSpool.open();
    try {
      await spool.startRun(1);
      spool.test(test('t1', 'failed'));
      spool.test(test('t2'));
      spool.test(test('t1'), 1);
      await spool.endRun(outline(1), [{ file: 'a.py', seconds: 3 }]);
      await spool.startRun(2);
      spool.test(test('t1'));
      // The step failed during run 2: it never ends.
      const path = join(mkdtempSync(join(tmpdir(), 'shardproof-spool-')), 'records.jsonl');
      await spool.copyTo(path);
      const lines = readFileSync(path, 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines).toEqual([
        { type: 'run', ...outline(1) },
        { type: 'test', run: 1, ...test('t1', 'failed') },
        { type: 'test', run: 1, ...test('t2') },
        { type: 'test', run: 1, rerun: 1, ...test('t1') },
        { type: 'file', run: 1, file: 'a.py', seconds: 3 },
      ]);
      // A second copy (the partial proof after a failed write) gives the same file.
      await spool.copyTo(path);
      expect(readFileSync(path, 'utf8').trimEnd().split('\n')).toHaveLength(5);
    } finally {
      await spool.dispose();
    }
  });
});
