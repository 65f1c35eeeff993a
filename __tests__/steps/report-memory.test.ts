import { describe, expect, it } from 'vitest';
import { proofMemory } from '../../src/proof/read-proof.js';
import { memoryRecords, suiteMemoryFigures } from '../../src/steps/report-memory.js';

const MiB = 2 ** 20;
const GiB = 2 ** 30;
const now = '2026-11-30T16:00:00.000Z';

describe('proofMemory reads the memory facts of an untrusted manifest', () => {
  it('takes PSS where recorded, else RSS, and keeps OOM-killed runs apart', () => {
    const memory = proofMemory({
      runner: { workers: 4, memoryBytes: 1.5 * GiB },
      runs: [
        { peakRssBytes: 900 * MiB, peakPssBytes: 800 * MiB, oomKilled: false },
        { peakRssBytes: 700 * MiB, oomKilled: false },
        { peakRssBytes: 1.4 * GiB, peakPssBytes: 1.3 * GiB, oomKilled: true },
      ],
    });
    expect(memory).toEqual({
      workers: 4,
      peakBytes: 800 * MiB,
      oomPeakBytes: 1.3 * GiB,
      availableBytes: 1.5 * GiB,
    });
  });

  it('ignores wrong types instead of failing: no workers, or no peak, is no figure', () => {
    expect(proofMemory({ runner: { workers: '4' }, runs: [{ peakRssBytes: MiB }] })).toBeUndefined();
    expect(proofMemory({ runner: null, runs: [] })).toBeUndefined();
    expect(proofMemory({ runner: { workers: 2 }, runs: 'lots' })).toBeUndefined();
    expect(
      proofMemory({
        runner: { workers: 2, memoryBytes: 'big' },
        runs: [
          null,
          7,
          { peakRssBytes: -5 },
          { peakRssBytes: Infinity },
          { peakPssBytes: '1', peakRssBytes: MiB },
        ],
      }),
    ).toEqual({ workers: 2, peakBytes: MiB });
  });
});

describe('suiteMemoryFigures', () => {
  it("an OOM-killed run's figure is its peak over its workers, said to be a lower bound, with the count that fits", () => {
    const [figure] = suiteMemoryFigures(
      [{ suite: 'unit', memory: { workers: 4, oomPeakBytes: 1.6 * GiB, availableBytes: 1.5 * GiB } }],
      now,
    );
    expect(figure.record).toEqual({
      bytesPerWorker: Math.round((1.6 * GiB) / 4),
      source: 'oom',
      measured: now,
      workers: 4,
    });
    expect(figure.oom).toBe(true);
    expect(figure.line).toBe(
      "memory: suite 'unit' was OOM-killed with 4 workers after reaching 1.6 GiB: at least 410 MiB per worker " +
        '(a lower bound: the run died before it took all it needed); at most 2 would fit the 1.5 GiB the runner ' +
        'had. The next `workers: auto` caps itself by this figure; set `memory-per-worker` if it is still too low.',
    );
  });

  it("a suite's figure is the heaviest shard's, and an OOM in any shard makes it an OOM figure", () => {
    const figures = suiteMemoryFigures(
      [
        { suite: 'unit', memory: { workers: 2, peakBytes: 1 * GiB, availableBytes: 4 * GiB } },
        { suite: 'unit', memory: { workers: 4, oomPeakBytes: 1.2 * GiB } },
        { suite: 'e2e', memory: { workers: 2, peakBytes: 600 * MiB, availableBytes: 4 * GiB } },
        { suite: 'e2e', memory: { workers: 2, peakBytes: 800 * MiB, availableBytes: 4 * GiB } },
        { suite: 'lint' },
      ],
      now,
    );
    expect(memoryRecords(figures)).toEqual({
      unit: { bytesPerWorker: 512 * MiB, source: 'oom', measured: now, workers: 2 },
      e2e: { bytesPerWorker: 400 * MiB, source: 'run', measured: now, workers: 2 },
    });
    expect(figures.find((f) => f.suite === 'e2e')!.line).toBe(
      "memory: suite 'e2e' peaked at 800 MiB with 2 workers, 400 MiB per worker; 8 would fit the 4.0 GiB the " +
        'runner had; kept in the timing history for the next `workers: auto`',
    );
    expect(memoryRecords([])).toBeUndefined();
  });
});
