import { appendFileSync, mkdtempSync, readFileSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/proof/read-lines.js';
import { FAILURE_TEXT_BUDGET, readProof } from '../../src/proof/read-proof.js';
import { writeProof } from './proof-fixture.js';

const identity = { suite: 'default', shard: { index: 1, total: 2 }, attempt: 1 };
const state = () => mkdtempSync(join(tmpdir(), 'shardproof-proof-'));

describe('readProof', () => {
  it('reads runs, their results, reruns and file times back from records.jsonl', async () => {
    const dir = writeProof(state(), identity, [
      {
        run: 1,
        wallMs: 2500,
        tests: [
          { file: 'a.py', name: 'ok' },
          { file: 'a.py', name: 'shaky', outcome: 'failed', message: 'boom' },
        ],
        reruns: [[{ file: 'a.py', name: 'shaky' }]],
        fileSeconds: { 'a.py': 3.5 },
      },
      {
        run: 2,
        tests: [
          { file: 'a.py', name: 'ok' },
          { file: 'a.py', name: 'shaky' },
        ],
      },
    ]);
    const proof = await readProof(dir, 'x', identity);
    expect(proof.problems).toEqual([]);
    expect(proof.records.map((r) => [r.run, r.tests.length, r.reruns?.length])).toEqual([
      [1, 2, 1],
      [2, 2, 0],
    ]);
    expect(proof.records[0].wallMs).toBe(2500);
    expect(proof.records[0].tests[1]).toMatchObject({
      id: 'a.py::shaky',
      outcome: 'failed',
      message: 'boom',
    });
    expect(proof.records[0].reruns![0][0]).toMatchObject({ id: 'a.py::shaky', outcome: 'passed' });
    expect(proof.fileSeconds.get(1)?.get('a.py')).toBe(3.5);
    expect(proof.manifest?.info?.suite).toBe('default');
    expect(proof.manifest?.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('counts lines that are not records, and says when records.jsonl no longer matches its manifest hash', async () => {
    const dir = writeProof(state(), identity, [{ run: 1, tests: [{ file: 'a.py', name: 'ok' }] }]);
    appendFileSync(
      join(dir, 'records.jsonl'),
      [
        'not json',
        JSON.stringify({ type: 'test', run: 1, id: 'x', name: 'x', outcome: 'exploded', duration: 1 }),
        JSON.stringify({ type: 'test', run: 0, id: 'x', name: 'x', outcome: 'passed', duration: 1 }),
        JSON.stringify({
          type: 'test',
          run: 1,
          id: 'b.py::fine',
          name: 'fine',
          outcome: 'passed',
          duration: 1,
          __proto__x: 1,
        }),
      ].join('\n') + '\n',
    );
    const proof = await readProof(dir, 'x', identity);
    expect(proof.records[0].tests.map((t) => t.id)).toEqual(['a.py::ok', 'b.py::fine']);
    expect(proof.problems).toEqual([
      '3 lines of records.jsonl are not records',
      'records.jsonl does not match the SHA-256 in manifest.json',
    ]);
  });

  it('refuses a records.jsonl that is a symlink out of the folder', async () => {
    const dir = writeProof(state(), identity, [{ run: 1, tests: [{ file: 'a.py', name: 'ok' }] }]);
    const elsewhere = join(state(), 'records.jsonl');
    writeFileSync(elsewhere, '{"type":"run","run":1}\n');
    unlinkSync(join(dir, 'records.jsonl'));
    symlinkSync(elsewhere, join(dir, 'records.jsonl'));
    const proof = await readProof(dir, 'x', identity);
    expect(proof.records).toEqual([]);
    expect(proof.problems).toContain('no records.jsonl');
  });
});

describe('readProof memory', () => {
  it('keeps failure text up to its budget per proof, then only a short message per result', async () => {
    const dir = writeProof(state(), identity, [{ run: 1, tests: [] }]);
    const stack = 'at frame\n'.repeat(790); // ~7.9 KB, under the 8,000-character cap of one result
    const lines = Array.from({ length: 1000 }, (_, i) =>
      JSON.stringify({
        type: 'test',
        run: 1,
        id: `a.py::t${i}`,
        file: 'a.py',
        name: `t${i}`,
        outcome: 'failed',
        duration: 0,
        message: 'm'.repeat(500),
        details: stack,
      }),
    );
    appendFileSync(join(dir, 'records.jsonl'), lines.join('\n') + '\n');
    const proof = await readProof(dir, 'x', identity);
    const tests = proof.records[0].tests;
    expect(tests).toHaveLength(1000);
    const kept = tests.reduce((sum, t) => sum + (t.message?.length ?? 0) + (t.details?.length ?? 0), 0);
    expect(kept).toBeLessThanOrEqual(FAILURE_TEXT_BUDGET + 1000 * 200);
    expect(tests[0].details).toBe(stack);
    expect(tests[999]).toMatchObject({ outcome: 'failed', message: 'm'.repeat(200) });
    expect(tests[999].details).toBeUndefined();
  });
});

describe('readLines', () => {
  it('skips a line over the limit without holding it, and keeps the lines around it', async () => {
    const path = join(state(), 'lines');
    writeFileSync(path, `first\r\n${'x'.repeat(300_000)}\nlast`);
    const lines: string[] = [];
    const stats = await readLines(path, (l) => lines.push(l), 100_000);
    expect(lines).toEqual(['first', 'last']);
    expect(stats.tooLong).toBe(1);
    expect(stats.bytes).toBe(300_000 + 12);
  });

  it("gives each line's byte range, and reads a range of the file alone", async () => {
    const path = join(state(), 'lines');
    writeFileSync(path, 'aa\r\nbbb\nc');
    const seen: Array<[string, number, number]> = [];
    await readLines(path, (l, start, end) => seen.push([l, start, end]), 100);
    expect(seen).toEqual([
      ['aa', 0, 4],
      ['bbb', 4, 8],
      ['c', 8, 9],
    ]);
    const middle: Array<[string, number, number]> = [];
    await readLines(path, (l, start, end) => middle.push([l, start, end]), 100, { start: 4, end: 8 });
    expect(middle).toEqual([['bbb', 4, 8]]);
  });
});

describe('readProof without keeping results', () => {
  it('keeps a sample of each run, where its main and rerun lines are, and shows every result', async () => {
    const dir = writeProof(state(), identity, [
      {
        run: 1,
        tests: [
          { file: 'a.py', name: 'ok' },
          { file: 'a.py', name: 'ok2' },
          { file: 'a.py', name: 'shaky', outcome: 'failed', message: 'boom' },
        ],
        reruns: [[{ file: 'a.py', name: 'shaky' }]],
      },
      { run: 2, tests: [{ file: 'a.py', name: 'ok' }] },
    ]);
    const seen: string[] = [];
    const proof = await readProof(dir, 'x', identity, {
      keepTests: false,
      onResult: (r) => seen.push(`${r.id}:${r.outcome}`),
    });
    expect(seen).toEqual([
      'a.py::ok:passed',
      'a.py::ok2:passed',
      'a.py::shaky:failed',
      'a.py::shaky:passed',
      'a.py::ok:passed',
    ]);
    expect(proof.records.map((r) => [r.run, r.tests.map((t) => t.id), r.reruns?.length])).toEqual([
      [1, ['a.py::ok', 'a.py::shaky'], 1],
      [2, ['a.py::ok'], 0],
    ]);
    const lines = readFileSync(join(dir, 'records.jsonl'), 'utf8');
    const text = (range?: { start: number; end: number }) =>
      range && Buffer.from(lines).subarray(range.start, range.end).toString().trim().split('\n').length;
    expect(text(proof.segments?.get(1)?.main)).toBe(3);
    expect(text(proof.segments?.get(1)?.reruns)).toBe(1);
    expect(text(proof.segments?.get(2)?.main)).toBe(1);
    expect(proof.segments?.get(2)?.reruns).toBeUndefined();
  });
});
