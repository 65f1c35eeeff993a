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

describe('decideWorkers with a measured per-worker figure (from the timing history)', () => {
  // 8 CPUs and a cgroup memory.max of 1.5 GiB: (1536 − 512) MiB / 412 MiB → 2 workers fit.
  const limited = () => detectCapacity({ root: fixtureRoot('v2-memory-limit'), platform: 'linux' });
  const measured = {
    bytesPerWorker: 412 * MiB,
    origin: 'measured by calibrate on 2026-11-30, from the timing history',
  };

  it('caps auto by the figure under a cgroup limit, and the line says where the figure came from', () => {
    const capacity = limited();
    expect(capacity.memoryBytes).toBe(1536 * MiB);
    const decision = decideWorkers(capacity, {
      ...parseWorkerSpec({ workers: 'auto' }),
      measuredMemory: measured,
    });
    expect(decision.workers).toBe(2);
    expect(decision.explanation).toBe(
      'workers: 2 (affinity 8 CPUs; memory allows 2: 1.5 GiB − 512 MiB reserve at 412 MiB each, ' +
        'measured by calibrate on 2026-11-30, from the timing history)',
    );
  });

  it('caps a percentage request too', () => {
    const spec = { ...parseWorkerSpec({ workers: '100%' }), measuredMemory: measured };
    expect(decideWorkers(limited(), spec).workers).toBe(2);
  });

  it('an explicit memory-per-worker wins, and the line names no measured figure', () => {
    const spec = {
      ...parseWorkerSpec({ workers: 'auto', memoryPerWorker: '200MiB' }),
      measuredMemory: measured,
    };
    const decision = decideWorkers(limited(), spec);
    expect(decision.workers).toBe(5);
    expect(decision.explanation).not.toContain('timing history');
  });

  it('an explicit worker count is the user’s: the figure does not cap it', () => {
    const spec = { ...parseWorkerSpec({ workers: '6' }), measuredMemory: measured };
    expect(decideWorkers(limited(), spec)).toEqual({
      workers: 6,
      explanation: 'workers: 6 (input workers 6)',
    });
  });

  it('a figure from an OOM-killed run allows fewer workers than were killed, whatever the division says', () => {
    const oom = {
      bytesPerWorker: 400 * MiB,
      origin: 'from a run OOM-killed at 2 workers on 2026-11-30, a lower bound, from the timing history',
      oomWorkers: 2,
    };
    const decision = decideWorkers(limited(), {
      ...parseWorkerSpec({ workers: 'auto' }),
      measuredMemory: oom,
    });
    // 1024 MiB / 400 MiB would allow 2, but 2 workers were OOM-killed.
    expect(decision.workers).toBe(1);
    expect(decision.explanation).toContain(
      'memory allows 1: 1.5 GiB − 512 MiB reserve at 400 MiB each, from a run OOM-killed at 2 workers',
    );
  });

  it('a figure larger than the memory still leaves one worker', () => {
    const spec = {
      ...parseWorkerSpec({ workers: 'auto' }),
      measuredMemory: { ...measured, bytesPerWorker: 4 * GiB },
    };
    expect(decideWorkers(limited(), spec).workers).toBe(1);
  });
});
