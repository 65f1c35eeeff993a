import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import {
  applyRenames,
  emptyHistory,
  estimateFromDurations,
  parseHistory,
  recordRun,
  serializeHistory,
} from '../../src/plan/history.js';
import { estimateFiles } from '../../src/plan/estimate.js';
import { matchFiles, normaliseKey } from '../../src/plan/history-match.js';
import { parseNameStatus } from '../../src/plan/renames.js';

const result = (file: string, name: string, duration: number): TestResult => ({
  id: `${file}::${name}`,
  file,
  suite: 'S',
  name,
  outcome: 'passed',
  duration,
});

describe('timing history', () => {
  it("a file's time is the sum of its tests, and each test is kept for splitting", () => {
    const h = recordRun(emptyHistory(), [result('a.test.ts', 'x', 1.5), result('a.test.ts', 'y', 2)], {
      now: 'T1',
    });
    expect(h.items).toEqual({
      'a.test.ts': { durations: [3.5], updated: 'T1' },
      'a.test.ts::S::x': { durations: [1.5], updated: 'T1' },
      'a.test.ts::S::y': { durations: [2], updated: 'T1' },
    });
  });

  it('keeps only the last K measurements', () => {
    let h = emptyHistory();
    for (let i = 1; i <= 12; i++)
      h = recordRun(h, [result('a', 't', i)], { now: `T${i}`, keep: 10, tests: false });
    expect(h.items.a).toEqual({ durations: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12], updated: 'T12' });
  });

  it('results without a file are keyed by their suite (a Java class)', () => {
    const h = recordRun(
      emptyHistory(),
      [{ id: 'C::m', suite: 'org.x.C', name: 'm', outcome: 'passed', duration: 2 }],
      { now: 'T' },
    );
    expect(Object.keys(h.items)).toEqual(['org.x.C', 'org.x.C::m']);
  });

  it('one slow run does not move the estimate', () => {
    expect(estimateFromDurations([10, 11, 9, 10, 95], 'median')).toBe(10);
    expect(estimateFromDurations([10, 11, 9, 10, 95], 'trimmed-mean')).toBeCloseTo(31 / 3, 10);
    expect(estimateFromDurations([1, 3], { quantile: 0.5 })).toBe(2);
    expect(estimateFromDurations([2, 4], { meanPlusSd: 1 })).toBe(4);
  });

  it('a renamed file keeps its history, per-test entries included', () => {
    const h = recordRun(emptyHistory(), [result('old/a.test.ts', 'x', 4)], { now: 'T' });
    const renamed = applyRenames(h, { 'old/a.test.ts': 'new/a.test.ts' });
    expect(Object.keys(renamed.items).sort()).toEqual(['new/a.test.ts', 'new/a.test.ts::S::x']);
  });

  it('round-trips through its JSON form with sorted keys', () => {
    const h = recordRun(emptyHistory(), [result('b', 't', 1), result('a', 't', 2)], {
      now: 'T',
      tests: false,
    });
    const text = serializeHistory(h);
    expect(text).toBe(
      '{"version":1,"items":{"a":{"durations":[2],"updated":"T"},"b":{"durations":[1],"updated":"T"}}}\n',
    );
    expect(parseHistory(text, 'x')).toEqual(h);
  });

  it('a history of another version is a user error that says what to do', () => {
    expect(() => parseHistory('{"version":2,"items":{}}', '\'timings-file\' "t.json"')).toThrow(
      /Timing history 'timings-file' "t.json" is not a version 1 shardproof history/,
    );
  });
});

describe('matching discovered files to history keys', () => {
  it('normalises ./, backslashes, drive letters and absolute paths', () => {
    expect(normaliseKey('./src/a.ts')).toBe('src/a.ts');
    expect(normaliseKey('src\\sub\\a.ts')).toBe('src/sub/a.ts');
    expect(normaliseKey('C:\\repo\\a.ts')).toBe('repo/a.ts');
    expect(normaliseKey('/home/r/./a.ts')).toBe('home/r/a.ts');
  });

  it('matches monorepo prefixes and absolute paths by path-segment suffix', () => {
    const m = matchFiles(
      ['packages/web/src/a.test.ts', 'src/b.test.ts', 'c.test.ts'],
      ['src/a.test.ts', '/home/runner/work/r/r/src/b.test.ts', '.\\c.test.ts'],
    );
    expect([...m]).toEqual([
      ['c.test.ts', '.\\c.test.ts'],
      ['packages/web/src/a.test.ts', 'src/a.test.ts'],
      ['src/b.test.ts', '/home/runner/work/r/r/src/b.test.ts'],
    ]);
  });

  it('an ambiguous suffix matches nothing rather than the wrong file', () => {
    const m = matchFiles(['web/src/a.test.ts', 'api/src/a.test.ts'], ['src/a.test.ts']);
    expect(m.size).toBe(0);
    expect(matchFiles(['src/a.test.ts'], ['web/src/a.test.ts', 'api/src/a.test.ts']).size).toBe(0);
  });

  it('does not match a different file that only shares a name suffix', () => {
    expect(matchFiles(['src/xa.test.ts'], ['a.test.ts']).size).toBe(0);
  });

  it('new files get their directory median, else the global median, else the default', () => {
    const h = emptyHistory();
    h.items['a/one.ts'] = { durations: [2], updated: '' };
    h.items['a/two.ts'] = { durations: [4], updated: '' };
    h.items['b/three.ts'] = { durations: [30], updated: '' };
    const e = estimateFiles(['a/new.ts', 'a/one.ts', 'c/new.ts'], h);
    expect(e.files.map((f) => [f.file, f.seconds, f.source])).toEqual([
      ['a/new.ts', 2, 'directory'],
      ['a/one.ts', 2, 'history'],
      ['c/new.ts', 2, 'global'],
    ]);
    expect(e.matchRate).toBeCloseTo(1 / 3, 12);
    expect(estimateFiles(['x.ts'], emptyHistory(), { defaultSeconds: 7 }).files[0]).toMatchObject({
      seconds: 7,
      source: 'default',
    });
  });
});

describe('renames from git diff --name-status -M', () => {
  it('reads renames from text output, unquoting C-quoted paths, and ignores other statuses', () => {
    const text =
      'M\tsrc/x.ts\nR100\told/a.ts\tnew/a.ts\nR087\t"t/caf\\303\\251.py"\t"t/tab\\there.py"\nC100\ta\tb\nD\tgone.ts\n';
    expect(parseNameStatus(text)).toEqual({ 'old/a.ts': 'new/a.ts', 't/café.py': 't/tab\there.py' });
  });

  it('reads renames from -z output', () => {
    expect(parseNameStatus('M\0src/x.ts\0R090\0old a.ts\0new a.ts\0C100\0p\0q\0')).toEqual({
      'old a.ts': 'new a.ts',
    });
  });
});
