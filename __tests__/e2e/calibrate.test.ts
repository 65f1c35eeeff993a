import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decideWorkers, detectCapacity, memoryReserve } from '../../src/capacity/index.js';
import { localServices } from '../../src/platform/services.js';
import { calibrateStep } from '../../src/steps/calibrate-step.js';

const MiB = 2 ** 20;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

async function calibrate(folder: string, counts: string) {
  const state = mkdtempSync(join(tmpdir(), 'shardproof-calibrate-'));
  made.push(state);
  const services = localServices(
    {
      framework: 'node-test',
      tests: `examples/calibrate-suite/${folder}/*.test.mjs`,
      calibrate: counts,
      'output-dir': join(state, 'out'),
    },
    { ...process.env, SHARDPROOF_STATE_DIR: state },
  );
  const report = await calibrateStep(services);
  return { report, outputs: services.io.outputs };
}

describe('calibrate runs the suite once per worker count and measures it', () => {
  it('measures the speedup of a sleeping suite within 15% of the ideal, and recommends the fastest', async () => {
    const { report, outputs } = await calibrate('sleep', '1,2,4');
    const written = JSON.parse(readFileSync(outputs['performance-report'], 'utf8'));
    expect(written).toEqual(report);
    expect(report.configurations.map((c) => c.workers)).toEqual([1, 2, 4]);
    for (const c of report.configurations) {
      // Four four-second sleeps: the ideal speedup is the worker count (sleep takes no CPU).
      expect(Math.abs(c.speedup - c.workers) / c.workers).toBeLessThanOrEqual(0.15);
      expect(c.counts).toEqual({ passed: 4, failed: 0, skipped: 0 });
      expect(c.cpuMs).toBeGreaterThan(0);
    }
    expect(report.baseline.wallMs).toBeGreaterThanOrEqual(16_000);
    expect(report.warmup?.workers).toBe(4);
    expect(report.recommendation.workers).toBe(4);
    expect(outputs['recommended-workers']).toBe('4');
    expect(report.isolationFindings).toEqual([]);
  }, 120_000);

  it('measures per-worker memory (PSS) near what each worker holds, and auto then fits a cgroup limit', async () => {
    const { report } = await calibrate('memory', '1,2,4');
    expect(report.memory?.source).toBe('pss');
    const perWorker = report.memory!.perWorkerBytes;
    // Each worker holds 400 MiB; a Node process adds its own few tens of MiB.
    expect(Math.abs(perWorker - 400 * MiB) / (400 * MiB)).toBeLessThanOrEqual(0.2);

    // The next `workers: auto` on a runner with 8 CPUs and a 1.5 GiB cgroup limit uses the measured figure.
    const capacity = detectCapacity({ root: resolve('__tests__/fixtures/capacity/v2-memory-limit') });
    expect(capacity.cpus).toBe(8);
    expect(capacity.memoryBytes).toBe(1536 * MiB);
    const decision = decideWorkers(capacity, {
      request: { kind: 'auto' },
      memoryPerWorker: perWorker,
    });
    const fits = Math.floor((capacity.memoryBytes - memoryReserve(capacity.memoryBytes)) / perWorker);
    expect(decision.workers).toBe(fits);
    expect(decision.workers).toBeLessThan(capacity.cpus);
  }, 120_000);
});
