import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { localServices } from '../../src/platform/services.js';
import { calibrateStep } from '../../src/steps/calibrate-step.js';
import { runBundle } from './run-bundle.js';

const MiB = 2 ** 20;
const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

describe('an OOM-killed run', () => {
  it('is reported with its peak and the count that fits, and the next `workers: auto` runs fewer workers', () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-oom-'));
    made.push(state);
    const env = {
      SHARDPROOF_STATE_DIR: state,
      SHARDPROOF_CAPACITY_ROOT: resolve('__tests__/fixtures/capacity/v2-memory-limit'),
    };
    const inputs = {
      framework: 'node-test',
      tests: '__tests__/fixtures/oom-suite/*.test.mjs',
      'output-dir': join(state, 'run'),
    };
    // Two workers of 300 MiB each; the runner is then SIGKILLed, as by the OOM killer.
    const killed = runBundle('run', { ...inputs, workers: '2' }, { env });
    expect(killed.status).toBe(1);
    const manifest = JSON.parse(readFileSync(join(state, 'run', 'manifest.json'), 'utf8'));
    expect(manifest.runs[0]).toMatchObject({ signal: 'SIGKILL', oomKilled: true });
    const peak = manifest.runs[0].peakPssBytes as number;
    expect(peak).toBeGreaterThan(600 * MiB);
    // The run step says so at once, with the peak and the count that would fit.
    expect(killed.stdout).toMatch(
      /memory: suite 'default' was OOM-killed with 2 workers after reaching [\d.]+ MiB: at least [\d.]+ MiB per worker \(a lower bound: the run died before it took all it needed\); at most 1 would fit the 1\.5 GiB the runner had\./,
    );

    // The report keeps peak / workers as the suite's OOM figure.
    const reported = runBundle('report', {}, { env });
    expect(reported.stdout).toContain("memory: suite 'default' was OOM-killed with 2 workers");
    const history = JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8'));
    expect(history.memory.default).toMatchObject({
      source: 'oom',
      workers: 2,
      bytesPerWorker: Math.round(peak / 2),
    });

    // 1 GiB after the reserve holds 3 of those lower bounds, but 2 were killed: auto runs 1.
    const next = runBundle(
      'run',
      {
        framework: 'node-test',
        tests: 'examples/calibrate-suite/sleep/sleep-1.test.mjs',
        workers: 'auto',
        upload: 'false',
        'output-dir': join(state, 'next'),
      },
      { env },
    );
    expect(next.status).toBe(0);
    expect(next.outputs.workers).toBe('1');
    const day = new Date().toISOString().slice(0, 10);
    expect(next.stdout).toContain(
      `, from a run OOM-killed at 2 workers on ${day}, a lower bound, from the timing history)`,
    );
    expect(next.stdout).toMatch(
      /^workers: 1 \(affinity 8 CPUs; memory allows 1: 1\.5 GiB − 512 MiB reserve at [\d.]+ MiB each, /m,
    );
  }, 120_000);
});

describe('shardproof detect', () => {
  it("makes the decision a run would: the local history's measured figure caps auto, and the line says so", () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-detect-'));
    made.push(state);
    const record = {
      bytesPerWorker: 400 * MiB,
      source: 'calibrate',
      measured: '2026-11-30T15:00:00.000Z',
      workers: 4,
    };
    writeFileSync(
      join(state, 'timings-default.json'),
      JSON.stringify({ version: 1, items: {}, memory: { default: record } }),
    );
    const out = spawnSync(process.execPath, [resolve('dist/cli/index.js'), 'detect'], {
      encoding: 'utf8',
      env: {
        ...process.env,
        GITHUB_ACTIONS: '',
        SHARDPROOF_STATE_DIR: state,
        SHARDPROOF_CAPACITY_ROOT: resolve('__tests__/fixtures/capacity/v2-memory-limit'),
      },
    });
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toContain(
      'workers: 2 (affinity 8 CPUs; memory allows 2: 1.5 GiB − 512 MiB reserve at 400 MiB each, ' +
        'measured by calibrate on 2026-11-30, from the timing history)',
    );
  });
});

describe('a calibration with an OOM-killed configuration', () => {
  it('keeps an OOM figure at the fewest workers killed, so the next auto runs fewer, and recommends what fitted', async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-calibrate-oom-'));
    made.push(state);
    const services = localServices(
      {
        framework: 'node-test',
        tests: '__tests__/fixtures/oom-suite/*.test.mjs',
        calibrate: '1,2',
        'output-dir': join(state, 'out'),
      },
      { ...process.env, SHARDPROOF_STATE_DIR: state },
    );
    const report = await calibrateStep(services);
    expect(report.configurations.map((c) => [c.workers, c.completed])).toEqual([
      [1, true],
      [2, false],
    ]);
    expect(report.recommendation.workers).toBe(1);
    const history = JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8'));
    expect(history.memory.default).toMatchObject({ source: 'oom', workers: 2 });
    // At least what the killed 2-worker runs reached per worker: two workers of 300 MiB each.
    expect(history.memory.default.bytesPerWorker).toBeGreaterThan(300 * MiB);
  }, 120_000);
});
