import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/proof/manifest.js';
import { runStep } from '../../src/steps/run-step.js';
import { copyExample } from '../e2e/example-suite.js';
import { readRecords } from '../proof/read-records.js';
import { localHarness } from './run-step-harness.js';

afterEach(() => {
  process.exitCode = 0; // LocalIO.setFailed sets it; a red step under test must not fail the test run
});

/** The Node that runs these tests (24, from the `node` devDependency) and the system's (20 on this host). */
const NEW_NODE_BIN = dirname(resolve('node_modules/.bin/node'));
const OLD_NODE_PATH = `/usr/bin:/bin`;

function inputs(suite: string, extra: Record<string, string>): Record<string, string> {
  return {
    framework: 'node-test',
    'working-directory': suite,
    'output-dir': join(mkdtempSync(join(tmpdir(), 'shardproof-out-')), 'proof'),
    workers: '1',
    files: 'test/math.test.mjs',
    upload: 'false',
    ...extra,
  };
}

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

describe('order: shuffle in the run step', () => {
  it('node:test on a Node with --test-randomize: each run gets its seed, in the argv, records.jsonl and manifest', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(inputs(suite, { runs: '2', order: 'shuffle', 'order-seed': '41' }), {
      env: { PATH: `${NEW_NODE_BIN}:${process.env.PATH ?? ''}` },
    });
    await runStep(h.services);
    const dir = h.services.io.outputs['proof-dir'];
    const manifest = manifestOf(dir);
    expect(manifest.runs.map((r) => r.seed)).toEqual([41, 42]);
    expect(manifest.command).toEqual(expect.arrayContaining(['--test-randomize', '--test-random-seed=41']));
    const { records } = await readRecords(join(dir, 'records.jsonl'));
    expect(records.map((r) => r.seed)).toEqual([41, 42]);
    const results = JSON.parse(readFileSync(join(dir, 'results.json'), 'utf8'));
    expect(results.runs.map((r: { seed?: number }) => r.seed)).toEqual([41, 42]);
    expect(h.log.filter((l) => l.includes('order: shuffled, run k with seed 41 + k - 1'))).toHaveLength(1);
  }, 120_000);

  it('node:test on a Node without --test-randomize says so once and runs unshuffled', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(inputs(suite, { runs: '2', order: 'shuffle' }), { env: { PATH: OLD_NODE_PATH } });
    await runStep(h.services);
    const notApplied = h.log.filter((l) => l.includes('order: shuffle is not applied'));
    expect(notApplied).toHaveLength(1);
    expect(notApplied[0]).toMatch(/the node on PATH \(v\d+\.\d+\.\d+\) has no --test-randomize/);
    const manifest = manifestOf(h.services.io.outputs['proof-dir']);
    expect(manifest.runs).toHaveLength(2);
    expect(manifest.runs.every((r) => r.seed === undefined)).toBe(true);
    expect(manifest.command).not.toContain('--test-randomize');
  }, 120_000);

  it('a custom command has no seeded shuffle: one warning, runs as given', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(
      inputs(suite, {
        framework: 'custom',
        command: 'node --test --test-reporter=junit --test-reporter-destination={results} {files}',
        order: 'shuffle',
      }),
      { env: { PATH: OLD_NODE_PATH } },
    );
    await runStep(h.services);
    expect(h.log.filter((l) => l.includes('order: shuffle is not applied'))).toEqual([
      expect.stringContaining('custom has no seeded shuffle'),
    ]);
    expect(manifestOf(h.services.io.outputs['proof-dir']).runs[0].seed).toBeUndefined();
  }, 120_000);

  it('isolation: serial with one worker adds no run and says why', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(inputs(suite, { isolation: 'serial' }), { env: { PATH: OLD_NODE_PATH } });
    await runStep(h.services);
    expect(h.log).toContainEqual(expect.stringContaining('isolation: serial adds nothing'));
    const manifest = manifestOf(h.services.io.outputs['proof-dir']);
    expect(manifest.runs.map((r) => r.check)).toEqual([undefined]);
    expect(manifest.isolation).toEqual([]);
  }, 120_000);
});
