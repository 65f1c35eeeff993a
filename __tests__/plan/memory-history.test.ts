import { describe, expect, it } from 'vitest';
import {
  applyRenames,
  parseHistory,
  recordRun,
  serializeHistory,
  withMemoryRecords,
  type MemoryRecord,
  type TimingHistory,
} from '../../src/plan/index.js';
import { appendMeasuredRuns, pruneToFiles } from '../../src/plan/history-update.js';
import { mergeHistories } from '../../src/plan/history-sources.js';
import {
  describeMemorySource,
  MAX_MEMORY_SUITES,
  mergeMemoryRecords,
} from '../../src/plan/memory-history.js';

const MiB = 2 ** 20;
const calibrated: MemoryRecord = {
  bytesPerWorker: 412 * MiB,
  source: 'calibrate',
  measured: '2026-11-30T15:00:00.000Z',
  workers: 4,
};
const items = { 'tests/a.py': { durations: [1.5], updated: '2026-11-29T00:00:00.000Z' } };

function parsed(memory: unknown): { history: TimingHistory; warnings: string[] } {
  const warnings: string[] = [];
  const history = parseHistory(JSON.stringify({ version: 1, items, memory }), 'in the test', (m) =>
    warnings.push(m),
  );
  return { history, warnings };
}

describe('memory figures in the timing history', () => {
  it('round-trip through serialize and parse, sorted by suite, next to the items', () => {
    const history = withMemoryRecords(parsed(undefined).history, {
      unit: calibrated,
      e2e: { ...calibrated, source: 'oom', workers: 2 },
    });
    const text = serializeHistory(history);
    expect(text.indexOf('"e2e"')).toBeLessThan(text.indexOf('"unit"'));
    const back = parseHistory(text, 'again');
    expect(back.memory).toEqual({ unit: calibrated, e2e: { ...calibrated, source: 'oom', workers: 2 } });
    expect(back.items).toEqual(items);
    expect(serializeHistory(back)).toBe(text);
  });

  it('a history without figures is written exactly as before (no "memory" key)', () => {
    expect(serializeHistory(parsed(undefined).history)).toBe(`${JSON.stringify({ version: 1, items })}\n`);
  });

  it('a figure of a wrong type is left out with a warning naming it; the timings are still used', () => {
    const { history, warnings } = parsed({
      unit: calibrated,
      text: { ...calibrated, bytesPerWorker: '412MiB' },
      negative: { ...calibrated, bytesPerWorker: -1 },
      infinite: { ...calibrated, bytesPerWorker: 1e300 },
      source: { ...calibrated, source: 'guess' },
      time: { ...calibrated, measured: 'yesterday' },
      workers: { ...calibrated, workers: 2.5 },
      none: null,
      list: [calibrated],
    });
    expect(history.memory).toEqual({ unit: calibrated });
    expect(history.items).toEqual(items);
    expect(warnings).toHaveLength(8);
    expect(warnings[0]).toBe(
      'Timing history in the test: "memory" entry "text" has no "bytesPerWorker" in bytes; it is ignored.',
    );
    expect(warnings.some((w) => w.includes(`"source" has "source" other than calibrate, run, oom`))).toBe(
      true,
    );
  });

  it('a "memory" that is not an object of suites is ignored with one warning, never a crash', () => {
    for (const memory of ['lots', 42, [calibrated], null, true]) {
      const { history, warnings } = parsed(memory);
      expect(history.memory).toBeUndefined();
      expect(history.items).toEqual(items);
      expect(warnings).toEqual([
        'Timing history in the test: "memory" is not an object of suites; its memory figures are ignored.',
      ]);
    }
  });

  it('fields other than the four are dropped, and a suite called __proto__ is just a suite', () => {
    const text = `{"version":1,"items":{},"memory":{"__proto__":${JSON.stringify({ ...calibrated, extra: 'x'.repeat(100) })}}}`;
    const { memory } = parseHistory(text, 'hostile');
    expect(Object.keys(memory!)).toEqual(['__proto__']);
    expect(memory!['__proto__']).toEqual(calibrated);
    expect(({} as Record<string, unknown>).bytesPerWorker).toBeUndefined();
  });

  it('is bounded: more suites than the limit are ignored on reading, and merging keeps the newest', () => {
    const many = Object.fromEntries(
      Array.from({ length: MAX_MEMORY_SUITES + 1 }, (_, i) => [`s${i}`, calibrated]),
    );
    const { history, warnings } = parsed(many);
    expect(history.memory).toBeUndefined();
    expect(warnings[0]).toContain(`"memory" has ${MAX_MEMORY_SUITES + 1} suites, over ${MAX_MEMORY_SUITES}`);

    const full = Object.fromEntries(
      Array.from({ length: MAX_MEMORY_SUITES }, (_, i) => [`s${i}`, calibrated]),
    );
    const merged = mergeMemoryRecords(full, {
      fresh: { ...calibrated, measured: '2026-12-01T00:00:00.000Z' },
    })!;
    expect(Object.keys(merged)).toHaveLength(MAX_MEMORY_SUITES);
    expect(merged.fresh).toBeDefined();
    const long = parsed({ ['x'.repeat(101)]: calibrated });
    expect(long.history.memory).toEqual({});
    expect(long.warnings[0]).toContain('has a name too long');
  });

  it('the newest figure of a suite wins, whatever its source: an OOM bound gives way to the run that fitted', () => {
    const oom: MemoryRecord = {
      bytesPerWorker: 600 * MiB,
      source: 'oom',
      measured: '2026-11-30T16:00:00.000Z',
      workers: 4,
    };
    const run: MemoryRecord = {
      bytesPerWorker: 700 * MiB,
      source: 'run',
      measured: '2026-11-30T17:00:00.000Z',
      workers: 2,
    };
    expect(mergeMemoryRecords({ unit: calibrated }, { unit: oom })).toEqual({ unit: oom });
    expect(mergeMemoryRecords({ unit: run }, { unit: oom })).toEqual({ unit: run });
    expect(mergeMemoryRecords({ unit: oom }, { unit: run })).toEqual({ unit: run });
  });

  it('survives every change of the items: recording, renames, appending, pruning and merging', () => {
    const history = parsed({ unit: calibrated }).history;
    const kept = (h: TimingHistory) => expect(h.memory).toEqual({ unit: calibrated });
    kept(recordRun(history, [], { now: '2026-11-30T18:00:00.000Z' }));
    kept(applyRenames(history, { 'tests/a.py': 'tests/b.py' }));
    kept(appendMeasuredRuns(history, [{ tests: [] }], { now: '2026-11-30T18:00:00.000Z', keep: 10 }));
    kept(pruneToFiles(history, []));
    kept(mergeHistories(history, parsed(undefined).history));
  });

  it('says where a figure came from, an OOM figure as the lower bound it is', () => {
    expect(describeMemorySource(calibrated)).toBe('measured by calibrate on 2026-11-30');
    expect(describeMemorySource({ ...calibrated, source: 'run', workers: 2 })).toBe(
      'measured in a run of 2 workers on 2026-11-30',
    );
    expect(describeMemorySource({ ...calibrated, source: 'oom' })).toBe(
      'from a run OOM-killed at 4 workers on 2026-11-30, a lower bound',
    );
  });
});
