import { describe, expect, it } from 'vitest';
import { buildPerformanceReport, type Measurement } from '../../src/calibrate/performance-report.js';
import { calibrationSchedule, parseCalibrateCounts } from '../../src/calibrate/worker-counts.js';
import { UserError } from '../../src/inputs/user-error.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

function m(workers: number, wallMs: number, extra: Partial<Measurement> = {}): Measurement {
  return {
    workers,
    round: 1,
    wallMs,
    completed: true,
    counts: { passed: 2, failed: 0, skipped: 0 },
    outcomes: { a: 'passed', b: 'passed' },
    ...extra,
  };
}

const roomy = { availableBytes: 16 * GiB, reserveBytes: 512 * MiB };

describe('calibration worker counts and order', () => {
  it('reads 1,2,4,auto as distinct ascending counts, auto being the capacity decision', () => {
    expect(parseCalibrateCounts('1,2,4,auto', 2)).toEqual([1, 2, 4]);
    expect(parseCalibrateCounts('auto, 1', 8)).toEqual([1, 8]);
  });

  it('refuses words, zero and a single count, naming the input', () => {
    expect(() => parseCalibrateCounts('1,two', 2)).toThrow(/Input 'calibrate' has 'two'/);
    expect(() => parseCalibrateCounts('0,2', 2)).toThrow(UserError);
    expect(() => parseCalibrateCounts('auto', 2)).toThrow(/at least two different worker counts/);
  });

  it('warms up first, then alternates the direction of each round', () => {
    expect(calibrationSchedule([1, 2, 4], 2)).toEqual([
      { workers: 4, round: 0 },
      { workers: 1, round: 1 },
      { workers: 2, round: 1 },
      { workers: 4, round: 1 },
      { workers: 4, round: 2 },
      { workers: 2, round: 2 },
      { workers: 1, round: 2 },
    ]);
  });
});

describe('the performance report', () => {
  it('computes speedup, efficiency and improvement against the fewest workers, leaving the warm-up out', () => {
    const report = buildPerformanceReport(
      [m(4, 9_000, { round: 0 }), m(1, 10_000), m(2, 5_000), m(4, 3_200)],
      roomy,
    );
    expect(report.baseline).toEqual({ workers: 1, wallMs: 10_000 });
    expect(report.warmup).toEqual({ workers: 4, wallMs: 9_000 });
    const [one, two, four] = report.configurations;
    expect(one).toMatchObject({ speedup: 1, efficiency: 1, improvementPercent: 0 });
    expect(two).toMatchObject({ speedup: 2, efficiency: 1, improvementPercent: 50 });
    expect(four).toMatchObject({ speedup: 3.125, efficiency: 0.781, improvementPercent: 68 });
    expect(report.recommendation.workers).toBe(4);
  });

  it('recommends the fewest workers within 5% of the fastest', () => {
    const report = buildPerformanceReport([m(1, 10_000), m(2, 5_100), m(4, 4_900)], roomy);
    expect(report.recommendation.workers).toBe(2);
    expect(report.recommendation.reason).toMatch(/within 5% of the fastest \(4 workers/);
  });

  it('takes the median over rounds', () => {
    const report = buildPerformanceReport(
      [m(1, 10_000), m(1, 30_000, { round: 2 }), m(1, 11_000, { round: 3 }), m(2, 6_000)],
      roomy,
    );
    expect(report.configurations[0]).toMatchObject({ wallMs: 11_000, runs: 3 });
  });

  it('fits memory per worker over the configurations and excludes counts that would not fit', () => {
    const peak = (w: number) => 100 * MiB + w * 600 * MiB;
    const report = buildPerformanceReport(
      [1, 2, 4].map((w) => m(w, 10_000 / w, { peakMemoryBytes: peak(w), memorySource: 'pss' })),
      { availableBytes: 2 * GiB, reserveBytes: 512 * MiB },
    );
    expect(report.memory).toEqual({
      perWorkerBytes: 600 * MiB,
      fixedBytes: 100 * MiB,
      source: 'pss',
      availableBytes: 2 * GiB,
    });
    // 100 + 2 × 600 + 512 = 1812 MiB fits 2 GiB; 4 workers (2912 MiB) do not.
    expect(report.configurations.map((c) => c.fitsMemory)).toEqual([true, true, false]);
    expect(report.recommendation.workers).toBe(2);
    expect(report.recommendation.reason).toMatch(/4 workers would not fit in memory/);
  });

  it('ignores configurations that did not complete', () => {
    const report = buildPerformanceReport(
      [m(1, 10_000), m(2, 2_000, { completed: false }), m(4, 6_000)],
      roomy,
    );
    expect(report.recommendation.workers).toBe(4);
  });

  it('reports a test whose outcome changes with the worker count as an isolation finding', () => {
    const report = buildPerformanceReport(
      [m(1, 10_000), m(2, 5_000, { outcomes: { a: 'passed', b: 'failed' } })],
      roomy,
    );
    expect(report.isolationFindings).toEqual([{ id: 'b', outcomes: { '1': 'passed', '2': 'failed' } }]);
  });
});
