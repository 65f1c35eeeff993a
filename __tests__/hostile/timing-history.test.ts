import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { loadHistoryFile, loadHistoryFromStore, parseHistory, recordRun } from '../../src/plan/index.js';
import { MAX_HISTORY_BYTES } from '../../src/plan/history-shape.js';

const doc = (items: unknown) => JSON.stringify({ version: 1, items });

describe('a timing history with values of the wrong type', () => {
  it.each([
    [{ a: { durations: [1], updated: {} } }, 'entry a has "updated" an object; expected an ISO time string'],
    [{ a: { durations: [1], updated: 5 } }, 'entry a has "updated" a number; expected an ISO time string'],
    [
      { a: { durations: '1', updated: 'T' } },
      'entry a has "durations" a string; expected an array of seconds',
    ],
    [{ a: { durations: [1, '2'] } }, 'entry a has "durations"[1] = "2"; expected seconds ≥ 0'],
    [{ a: { durations: [-1] } }, 'entry a has "durations"[0] = -1; expected seconds ≥ 0'],
    [{ 'x\n::y': null }, 'entry "x\\n::y" is null; expected {"durations":[...],"updated":"..."}'],
    [{ a: [1] }, 'entry a is an array; expected {"durations":[...],"updated":"..."}'],
    [[1], '"items" is an array; expected an object of entries'],
  ])('%j is refused naming the entry', (items, what) => {
    expect(() => parseHistory(doc(items), '\'timings-file\' "t.json"')).toThrow(
      new UserError(
        `Timing history 'timings-file' "t.json": ${what}. Delete the entry or the file; the next run rewrites it.`,
      ),
    );
  });

  it('from the cache, it is a warning and the plan goes on without it', async () => {
    const warnings: string[] = [];
    const store = { load: async () => doc({ a: { durations: [1], updated: {} } }), save: async () => {} };
    const history = await loadHistoryFromStore(store, (m) => warnings.push(m));
    expect(Object.keys(history.items)).toEqual([]);
    expect(warnings).toEqual([
      'Timing history from the cache: entry a has "updated" an object; expected an ISO time string. ' +
        'Delete the entry or the file; the next run rewrites it. Planning without it.',
    ]);
  });

  it('items named __proto__ and constructor are items like any other', () => {
    const history = parseHistory(
      '{"version":1,"items":{"__proto__":{"durations":[2]},"constructor":{"durations":[3]}}}',
      'x',
    );
    expect(Object.keys(history.items)).toEqual(['__proto__', 'constructor']);
    const next = recordRun(
      history,
      [{ id: 'i', file: '__proto__', name: 't', outcome: 'passed', duration: 1 }],
      {
        now: 'T',
        tests: false,
      },
    );
    expect(next.items['__proto__'].durations).toEqual([2, 1]);
    expect(Object.getPrototypeOf(next.items)).toBe(null);
  });
});

describe('the size limit of a timing history', () => {
  it('a timings-file over 64 MiB is refused before it is read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shardproof-history-'));
    const path = join(dir, 'big.json');
    writeFileSync(path, '');
    truncateSync(path, MAX_HISTORY_BYTES + 1); // sparse: costs no disk
    await expect(loadHistoryFile(path, [dir])).rejects.toThrow(
      new UserError(
        `Timing history 'timings-file' ${JSON.stringify(path)} is ${MAX_HISTORY_BYTES + 1} bytes, over the ` +
          `${MAX_HISTORY_BYTES}-byte limit (64 MiB); it is not one shardproof wrote: delete it, or lower 'history-size'.`,
      ),
    );
  });
});

describe('entries are kept as they were checked', () => {
  it('fields other than durations and updated are dropped, a missing updated becomes empty', () => {
    const history = parseHistory(
      doc({ a: { durations: [1], extra: 'x'.repeat(100) }, b: { durations: [] } }),
      'x',
    );
    expect(JSON.stringify(history.items)).toBe('{"a":{"durations":[1],"updated":""}}');
  });
});
