import { describe, expect, it } from 'vitest';
import { calibrationMemoryRecord } from '../../src/calibrate/memory-record.js';

const MiB = 2 ** 20;
const now = '2026-11-30T16:00:00.000Z';

describe('calibrationMemoryRecord', () => {
  it('keeps the fitted slope, at the most workers calibrated', () => {
    expect(calibrationMemoryRecord({ perWorkerBytes: 413 * MiB, counts: [1, 2, 4], ooms: [], now })).toEqual({
      bytesPerWorker: 413 * MiB,
      source: 'calibrate',
      measured: now,
      workers: 4,
    });
  });

  it('nothing measured, nothing kept', () => {
    expect(calibrationMemoryRecord({ counts: [1, 2], ooms: [], now })).toBeUndefined();
    expect(calibrationMemoryRecord({ counts: [1, 2], ooms: [{ workers: 2 }], now })).toBeUndefined();
  });

  it('an OOM rules out the fewest workers killed, and the figure is at least what the killed runs reached', () => {
    // The slope over 1 and 2 workers says 300 MiB; the 4-worker run reached 1.6 GiB before the kill: 410 MiB each.
    const record = calibrationMemoryRecord({
      perWorkerBytes: 300 * MiB,
      counts: [1, 2, 4, 8],
      ooms: [{ workers: 8, peakBytes: 1800 * MiB }, { workers: 4, peakBytes: 1640 * MiB }, { workers: 4 }],
      now,
    });
    expect(record).toEqual({ bytesPerWorker: 410 * MiB, source: 'oom', measured: now, workers: 4 });
    // A slope above the killed runs' bound stands.
    expect(
      calibrationMemoryRecord({
        perWorkerBytes: 500 * MiB,
        counts: [1, 4],
        ooms: [{ workers: 4, peakBytes: 1640 * MiB }],
        now,
      }),
    ).toMatchObject({ bytesPerWorker: 500 * MiB, source: 'oom', workers: 4 });
  });
});
