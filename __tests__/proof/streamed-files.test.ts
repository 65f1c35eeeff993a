import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeRecordsFile } from '../../src/proof/records-file.js';
import { readRecords } from './read-records.js';
import { prettyJsonWithArray, writeChunks } from '../../src/proof/streamed-file.js';
import { writeResultsFile } from '../../src/proof/write-proof.js';
import type { RunRecord } from '../../src/verdict/run-record.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';

const tmp = () => mkdtemp(join(tmpdir(), 'shardproof-stream-'));

const records: RunRecord[] = [
  {
    run: 1,
    exitCode: 1,
    timedOut: false,
    reportMissing: false,
    wallMs: 900,
    tests: [
      {
        id: 'a.py::t1',
        file: 'a.py',
        name: 't1',
        outcome: 'failed',
        duration: 0.5,
        message: 'boom\n"quoted"',
      },
      { id: 'a.py::t2', file: 'a.py', name: 't2 ✓ ünïcode', outcome: 'passed', duration: 0.1 },
    ],
    reruns: [
      [{ id: 'a.py::t1', file: 'a.py', name: 't1', outcome: 'failed', duration: 0.4 }],
      [{ id: 'a.py::t1', file: 'a.py', name: 't1', outcome: 'passed', duration: 0.4 }],
    ],
  },
  {
    run: 2,
    exitCode: null,
    signal: 'SIGKILL',
    timedOut: true,
    reportMissing: true,
    wallMs: 60_000,
    tests: [],
    reruns: [],
  },
];

describe('pretty JSON written an element at a time', () => {
  it('gives the same bytes as JSON.stringify(value, null, 2), empty and nested arrays included', () => {
    const cases: [Record<string, unknown>, unknown[]][] = [
      [{ version: 1, counts: { a: 1 }, runs: [] }, []],
      [{ version: 1 }, [{ id: 'x', nested: { deep: [1, 2, { z: 'a\nb' }] } }, { id: 'y' }]],
      [{}, [1, 'two', null]],
      [{}, []],
    ];
    for (const [head, items] of cases) {
      expect([...prettyJsonWithArray(head, 'tests', items)].join('')).toBe(
        `${JSON.stringify({ ...head, tests: items }, null, 2)}\n`,
      );
    }
  });

  it('writes results.json of 50,000 tests in pieces no larger than one test', async () => {
    const dir = await tmp();
    const many: RunRecord = {
      run: 1,
      exitCode: 0,
      timedOut: false,
      reportMissing: false,
      wallMs: 1,
      tests: Array.from({ length: 50_000 }, (_, i) => ({
        id: `t${i}`,
        name: `t${i}`,
        outcome: 'passed' as const,
        duration: 0.01,
      })),
    };
    const verdict = classifyRuns([many]);
    const chunks = [...prettyJsonWithArray({ version: 1 }, 'tests', verdict.tests)];
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(1_000);
    await writeResultsFile(join(dir, 'results.json'), 'pytest', verdict, 'sentence');
    const parsed = JSON.parse(await readFile(join(dir, 'results.json'), 'utf8'));
    expect(parsed.tests).toHaveLength(50_000);
    expect(parsed.counts.passed).toBe(50_000);
  });

  it('rejects when the file cannot be written', async () => {
    const dir = await tmp();
    await expect(writeChunks(join(dir, 'missing', 'x.json'), ['a'])).rejects.toThrow(/ENOENT/);
  });
});

describe('records.jsonl', () => {
  it('is a run line, then its test lines, then its rerun lines, and reads back to the same records', async () => {
    const dir = await tmp();
    const path = join(dir, 'records.jsonl');
    await writeRecordsFile(path, records);
    const lines = (await readFile(path, 'utf8'))
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.type, l.run, l.rerun ?? null, l.name ?? null])).toEqual([
      ['run', 1, null, null],
      ['test', 1, null, 't1'],
      ['test', 1, null, 't2 ✓ ünïcode'],
      ['test', 1, 1, 't1'],
      ['test', 1, 2, 't1'],
      ['run', 2, null, null],
    ]);
    expect(lines[0]).toEqual({
      type: 'run',
      run: 1,
      exitCode: 1,
      timedOut: false,
      reportMissing: false,
      wallMs: 900,
    });
    const back = (await readRecords(path)).records;
    expect(back).toEqual(records);
    expect(classifyRuns(back)).toEqual(classifyRuns(records));
  });

  it("ends each run with its file lines: the files' own measured times", async () => {
    const dir = await tmp();
    const path = join(dir, 'records.jsonl');
    const times = new Map([[1, [{ file: 'a.py', seconds: 2.5 }]]]);
    await writeRecordsFile(path, records, times);
    const lines = (await readFile(path, 'utf8')).trimEnd().split('\n');
    expect(lines[5]).toBe('{"type":"file","run":1,"file":"a.py","seconds":2.5}');
    expect(JSON.parse(lines[6]).type).toBe('run');
    const back = await readRecords(path);
    expect(back.records).toEqual(records);
    expect(back.fileTimes).toEqual(times);
  });
});
