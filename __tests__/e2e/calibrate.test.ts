import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectCapacity, formatBytes, memoryReserve } from '../../src/capacity/index.js';
import { LocalIO } from '../../src/platform/local-io.js';
import { localServices } from '../../src/platform/services.js';
import { calibrateStep } from '../../src/steps/calibrate-step.js';
import { runStep } from '../../src/steps/run-step.js';
import { runBundle } from './run-bundle.js';

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
  return { report, outputs: services.io.outputs, state };
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

  it('keeps the measured per-worker PSS in the timing history, and the next `workers: auto` under a cgroup limit fits it', async () => {
    const { report, state } = await calibrate('memory', '1,2,4');
    expect(report.memory?.source).toBe('pss');
    const perWorker = report.memory!.perWorkerBytes;
    // Each worker holds 400 MiB; a Node process adds its own few tens of MiB.
    expect(Math.abs(perWorker - 400 * MiB) / (400 * MiB)).toBeLessThanOrEqual(0.2);

    // Calibration keeps the figure in the local timing history (the CLI's store), for the suite it ran.
    const history = JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8'));
    expect(history.memory.default).toMatchObject({
      bytesPerWorker: perWorker,
      source: 'calibrate',
      workers: 4,
    });

    // The next run with `workers: auto` on a runner with 8 CPUs and a 1.5 GiB cgroup limit (a fixture tree),
    // with no memory-per-worker: it reads the figure from the history and runs the count that fits.
    const fixture = resolve('__tests__/fixtures/capacity/v2-memory-limit');
    const capacity = detectCapacity({ root: fixture });
    expect(capacity.cpus).toBe(8);
    expect(capacity.memoryBytes).toBe(1536 * MiB);
    const fits = Math.floor((capacity.memoryBytes - memoryReserve(capacity.memoryBytes)) / perWorker);
    expect(fits).toBeGreaterThanOrEqual(1);
    expect(fits).toBeLessThan(capacity.cpus);

    // The built run bundle, as the runner starts it, on the same local history.
    const run = runBundle(
      'run',
      {
        framework: 'node-test',
        tests: 'examples/calibrate-suite/memory/*.test.mjs',
        workers: 'auto',
        'output-dir': join(state, 'run'),
      },
      { env: { SHARDPROOF_STATE_DIR: state, SHARDPROOF_CAPACITY_ROOT: fixture } },
    );
    expect(run.status).toBe(0);
    expect(run.outputs.workers).toBe(String(fits));
    const day = new Date().toISOString().slice(0, 10);
    const decision = run.stdout.split('\n').find((l) => l.startsWith('workers:'));
    expect(decision).toMatch(new RegExp(`^workers: ${fits} \\(`));
    expect(decision).toContain(
      `; memory allows ${fits}: 1.5 GiB − 512 MiB reserve at ${formatBytes(perWorker)} each, ` +
        `measured by calibrate on ${day}, from the timing history)`,
    );
    expect(run.outputs.passed).toBe('4');
    // The run's proof records its peak PSS; the report bundle turns it into the suite's next figure.
    const manifest = JSON.parse(readFileSync(join(state, 'run', 'manifest.json'), 'utf8'));
    expect(manifest.runner.workers).toBe(fits);
    expect(manifest.runs[0].peakPssBytes).toBeGreaterThan(fits * 300 * MiB);
    const reported = runBundle('report', {}, { env: { SHARDPROOF_STATE_DIR: state } });
    expect(reported.status).toBe(0);
    const after = JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8'));
    expect(after.memory.default).toMatchObject({ source: 'run', workers: fits });
    // Peak / workers carries the node --test parent's share too: still within 20% of what a worker holds.
    expect(Math.abs(after.memory.default.bytesPerWorker - 400 * MiB) / (400 * MiB)).toBeLessThanOrEqual(0.2);
    expect(reported.stdout).toContain(`memory: suite 'default' peaked at`);
  }, 180_000);

  it('an explicit memory-per-worker wins over the measured figure', async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-calibrate-'));
    made.push(state);
    const record = {
      bytesPerWorker: 400 * MiB,
      source: 'calibrate',
      measured: new Date().toISOString(),
      workers: 4,
    };
    writeFileSync(
      join(state, 'timings-default.json'),
      JSON.stringify({ version: 1, items: {}, memory: { default: record } }),
    );
    const lines: string[] = [];
    const inputs = {
      framework: 'node-test',
      tests: 'examples/calibrate-suite/sleep/sleep-1.test.mjs',
      'memory-per-worker': '200MiB',
      upload: 'false',
      'output-dir': join(state, 'run'),
    };
    const env = {
      ...process.env,
      SHARDPROOF_STATE_DIR: state,
      SHARDPROOF_CAPACITY_ROOT: resolve('__tests__/fixtures/capacity/v2-memory-limit'),
    };
    const services = {
      ...localServices(inputs, env),
      io: new LocalIO({ inputs, write: (l) => lines.push(l) }),
    };
    await runStep(services);
    // (1.5 GiB − 512 MiB) / 200 MiB = 5; the history's 400 MiB would have allowed 2.
    expect(services.io.outputs.workers).toBe('5');
    expect(lines.find((l) => l.startsWith('workers:'))).not.toContain('timing history');
  }, 60_000);
});
