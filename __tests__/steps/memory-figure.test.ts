import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from '../e2e/example-suite.js';
import { fixtureRoot } from '../capacity/fixture-root.js';
import type { ManifestRun } from '../../src/proof/manifest.js';
import { findMeasuredMemory, keepMemoryRecord, warnMemoryFaults } from '../../src/steps/memory-figure.js';
import { planStep } from '../../src/steps/plan-step.js';
import { runStep } from '../../src/steps/run-step.js';
import { localHarness } from './run-step-harness.js';

const MiB = 2 ** 20;
const record = {
  bytesPerWorker: 400 * MiB,
  source: 'calibrate',
  measured: '2026-11-30T15:00:00.000Z',
  workers: 4,
};
const NO_WAIT = { uploadRetryDelaysMs: [0, 0] };
// 8 CPUs and a cgroup memory.max of 1.5 GiB: (1536 − 512) MiB / 400 MiB → 2 workers fit.
const LIMITED = { SHARDPROOF_CAPACITY_ROOT: fixtureRoot('v2-memory-limit') };

function historyWith(memory: unknown): string {
  const state = mkdtempSync(join(tmpdir(), 'shardproof-memory-'));
  writeFileSync(join(state, 'timings-default.json'), JSON.stringify({ version: 1, items: {}, memory }));
  return state;
}

describe('the plan carries the measured figure to its shards', () => {
  it("a shard's `workers: auto` caps itself by the plan's figure, without a history of its own", async () => {
    const suite = copyExample('node-suite');
    mkdirSync(join(suite, 'plan'));
    const planFile = join(suite, 'plan', 'plan.json');
    const planner = localHarness(
      {
        tests: 'test/math.test.mjs',
        'working-directory': suite,
        framework: 'node-test',
        'plan-file': planFile,
      },
      { state: historyWith({ default: record }) },
    );
    await planStep(planner.services);
    expect(JSON.parse(readFileSync(planFile, 'utf8')).suites[0].memory).toEqual(record);
    expect(planner.log).toContain("suite 'default': 400 MiB per worker, measured by calibrate on 2026-11-30");

    // A fresh state folder: the shard job has no history, only the plan.
    const shard = localHarness(
      { 'working-directory': suite, 'plan-file': planFile, shard: '1', workers: 'auto', upload: 'false' },
      { env: LIMITED },
    );
    await runStep(shard.services, NO_WAIT);
    expect(shard.services.io.outputs.workers).toBe('2');
    expect(shard.log).toContain(
      'workers: 2 (affinity 8 CPUs; memory allows 2: 1.5 GiB − 512 MiB reserve at 400 MiB each, ' +
        'measured by calibrate on 2026-11-30, from the timing history (via the plan))',
    );

    // A plan is untrusted (it can come from a pull request): a figure of the wrong type is no figure, no crash.
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    plan.suites[0].memory = { ...record, bytesPerWorker: '1 byte' };
    writeFileSync(planFile, JSON.stringify(plan));
    const hostile = localHarness(
      { 'working-directory': suite, 'plan-file': planFile, shard: '1', workers: 'auto', upload: 'false' },
      { env: LIMITED },
    );
    await runStep(hostile.services, NO_WAIT);
    expect(hostile.services.io.outputs.workers).toBe('8');
  }, 60_000);
});

describe('findMeasuredMemory and keepMemoryRecord', () => {
  const inputs = (values: Record<string, string>) => ({ getInput: (name: string) => values[name] ?? '' });

  it('reads the stored history only when auto decides, and a broken figure is a warning', async () => {
    const h = localHarness({}, { state: historyWith({ default: record, other: 'x' }) });
    const find = (values: Record<string, string>, suite = 'default') =>
      findMeasuredMemory({
        io: h.services.io,
        inputs: inputs(values),
        env: h.services.env,
        timings: h.services.timings,
        suite,
      });
    expect(await find({ workers: 'auto' })).toEqual({
      bytesPerWorker: 400 * MiB,
      origin: 'measured by calibrate on 2026-11-30, from the timing history',
    });
    expect(h.log).toContain(
      'warning: Timing history from the cache: "memory" entry "other" is not an object; it is ignored.',
    );
    expect(await find({ workers: '50%' })).toBeDefined();
    expect(await find({ workers: '3' })).toBeUndefined();
    expect(await find({ workers: 'auto', 'memory-per-worker': '1GiB' })).toBeUndefined();
    expect(await find({ workers: 'auto' }, 'e2e')).toBeUndefined();
  });

  it("keeps a figure next to the stored timings, and not when the runner's cache-mode forbids writing", async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-memory-'));
    const items = { 'a.test.mjs': { durations: [1], updated: '' } };
    writeFileSync(join(state, 'timings-default.json'), JSON.stringify({ version: 1, items }));
    const readOnly = localHarness({}, { state, env: { ACTIONS_CACHE_MODE: 'read' } });
    const keep = (h: typeof readOnly) =>
      keepMemoryRecord({
        io: h.services.io,
        env: h.services.env,
        timings: h.services.timings,
        suite: 'unit',
        record: { ...record, source: 'calibrate' },
      });
    expect(await keep(readOnly)).toBe("memory figure not kept: the runner's cache-mode is 'read'");
    expect(JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8')).memory).toBeUndefined();

    const writable = localHarness({}, { state });
    expect(await keep(writable)).toBe(
      "kept in the timing history for suite 'unit': the next `workers: auto` caps itself by it",
    );
    const stored = JSON.parse(readFileSync(join(state, 'timings-default.json'), 'utf8'));
    expect(stored).toEqual({ version: 1, items, memory: { unit: record } });
  });
});

describe('warnMemoryFaults', () => {
  it("says in the run step's log that a run was OOM-killed, the peak it reached and the count that would fit", () => {
    const h = localHarness({});
    const run = (oomKilled: boolean, peak: number) =>
      ({ run: 1, oomKilled, peakRssBytes: peak + 100 * MiB, peakPssBytes: peak }) as unknown as ManifestRun;
    const runner = { os: 'linux-x64', cpus: 4, memoryBytes: 2048 * MiB, workers: 4 };
    warnMemoryFaults(h.services.io, 'unit', runner, [run(false, 900 * MiB)]);
    expect(h.log).toEqual([]);
    warnMemoryFaults(h.services.io, 'unit', runner, [run(false, 900 * MiB), run(true, 1800 * MiB)]);
    expect(h.log).toEqual([
      "warning: memory: suite 'unit' was OOM-killed with 4 workers after reaching 1.8 GiB: at least 450 MiB per " +
        'worker (a lower bound: the run died before it took all it needed); at most 3 would fit the 2.0 GiB the ' +
        'runner had. The next `workers: auto` caps itself by this figure; set `memory-per-worker` if it is still too low.',
    ]);
  });
});
