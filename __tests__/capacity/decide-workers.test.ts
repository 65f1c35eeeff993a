import { describe, expect, it } from 'vitest';
import {
  decideWorkers,
  detectCapacity,
  GiB,
  memoryReserve,
  MiB,
  parseWorkerSpec,
  type Capacity,
} from '../../src/capacity/index.js';
import { fixtureRoot } from './fixture-root.js';

function capacity(fields: Partial<Capacity>): Capacity {
  return {
    cpus: 8,
    cpuSource: 'affinity',
    affinity: 8,
    memoryBytes: 32 * GiB,
    memorySource: 'meminfo',
    warnings: [],
    explanation: '',
    ...fields,
  };
}

describe('memoryReserve', () => {
  it('is 512 MiB on small runners and 10% of memory on large ones', () => {
    expect(memoryReserve(2 * GiB)).toBe(512 * MiB);
    expect(memoryReserve(5 * GiB)).toBe(512 * MiB);
    expect(memoryReserve(16 * GiB)).toBe(1_717_986_918);
  });
});

describe('decideWorkers', () => {
  it('gives auto the effective CPU count and explains the quota behind it', () => {
    const hybrid = detectCapacity({ root: fixtureRoot('hybrid'), platform: 'linux' });
    expect(decideWorkers(hybrid, parseWorkerSpec({ workers: 'auto', memoryPerWorker: '300MiB' }))).toEqual({
      workers: 3,
      explanation:
        'workers: 3 (cgroup quota 3.5 CPUs → 3; memory allows 5: 2.0 GiB − 512 MiB reserve at 300 MiB each)',
    });
  });

  it('fits 2 workers of 700 MiB under a 2 GiB memory.max, since 512 MiB is held back', () => {
    // (2048 MiB − 512 MiB reserve) / 700 MiB = 2.19 → 2, although 4 were requested.
    const fractional = detectCapacity({ root: fixtureRoot('v2-fractional'), platform: 'linux' });
    const decision = decideWorkers(fractional, parseWorkerSpec({ workers: '4', memoryPerWorker: '700MiB' }));
    expect(decision).toEqual({
      workers: 2,
      explanation:
        'workers: 2 (input workers 4; memory allows 2: 2.0 GiB − 512 MiB reserve at 700 MiB each; more than the 1 CPU this runner has)',
    });
  });

  it('takes a floored percentage of CPUs, never below 1', () => {
    expect(decideWorkers(capacity({ cpus: 7 }), parseWorkerSpec({ workers: '50%' }))).toEqual({
      workers: 3,
      explanation: 'workers: 3 (50% of 7 CPUs → 3)',
    });
    expect(decideWorkers(capacity({ cpus: 1 }), parseWorkerSpec({ workers: '50%' })).workers).toBe(1);
  });

  it('caps at max-workers', () => {
    expect(
      decideWorkers(capacity({ cpus: 16 }), parseWorkerSpec({ workers: 'auto', maxWorkers: '4' })),
    ).toEqual({
      workers: 4,
      explanation: 'workers: 4 (affinity 16 CPUs; max-workers 4)',
    });
  });

  it('keeps one worker when even one does not fit in memory', () => {
    const tiny = capacity({ memoryBytes: 600 * MiB });
    expect(decideWorkers(tiny, parseWorkerSpec({ workers: 'auto', memoryPerWorker: '1G' })).workers).toBe(1);
  });

  it('says so when the input asks for more workers than the runner has CPUs', () => {
    expect(decideWorkers(capacity({ cpus: 2 }), parseWorkerSpec({ workers: '1000' }))).toEqual({
      workers: 1000,
      explanation: 'workers: 1000 (input workers 1000; more than the 2 CPUs this runner has)',
    });
    expect(decideWorkers(capacity({ cpus: 2 }), parseWorkerSpec({ workers: '200%' })).explanation).toBe(
      'workers: 4 (200% of 2 CPUs → 4; more than the 2 CPUs this runner has)',
    );
    expect(decideWorkers(capacity({ cpus: 2 }), parseWorkerSpec({ workers: '2' })).explanation).toBe(
      'workers: 2 (input workers 2)',
    );
  });

  it('refuses memory-per-worker without a unit', () => {
    expect(() => parseWorkerSpec({ memoryPerWorker: '700' })).toThrow(/write 700MiB/);
  });

  it('names os.availableParallelism when it decided the CPU count', () => {
    const mac = capacity({ cpus: 10, cpuSource: 'available-parallelism', affinity: undefined });
    expect(decideWorkers(mac, parseWorkerSpec({})).explanation).toBe(
      'workers: 10 (os.availableParallelism() 10)',
    );
  });
});
