import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Manifest } from '../../src/proof/manifest.js';
import type { ArtifactStore } from '../../src/platform/types.js';
import { runStep } from '../../src/steps/run-step.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { copyExample } from '../e2e/example-suite.js';
import { readRecords } from '../proof/read-records.js';
import { localHarness } from './run-step-harness.js';

const NO_WAIT = { uploadRetryDelaysMs: [0, 0] };

afterEach(() => {
  process.exitCode = 0; // LocalIO.setFailed sets it; a red step under test must not fail the test run
});

function nodeInputs(suite: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    framework: 'node-test',
    'working-directory': suite,
    'output-dir': join(mkdtempSync(join(tmpdir(), 'shardproof-out-')), 'proof'),
    workers: '1',
    ...extra,
  };
}

const artifactDir = (state: string, name: string) => join(state, 'artifacts', name);
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? filesUnder(dir, path) : [path];
  });
}

/** An ArtifactStore that fails its first `failures` uploads (Infinity: every one). */
function flaky(local: ArtifactStore, failures: number): ArtifactStore & { calls: number } {
  const store = {
    calls: 0,
    upload: async (...args: Parameters<ArtifactStore['upload']>) => {
      store.calls++;
      if (store.calls <= failures) throw new Error(`results service answered 500 (call ${store.calls})`);
      return local.upload(...args);
    },
    download: local.download.bind(local),
    list: local.list.bind(local),
  };
  return store;
}

describe('the run step stores its proof folder as one artifact', () => {
  it('copies the proof byte for byte: every file matches the SHA-256 in the manifest', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(
      nodeInputs(suite, {
        files: 'test/math.test.mjs\ntest/cache.test.mjs',
        runs: '2',
        'fail-on-flaky': 'false',
      }),
    );
    await runStep(h.services, NO_WAIT);
    expect(h.services.io.failure).toBeUndefined();
    const name = 'shardproof-proof-default-a1';
    const stored = artifactDir(h.state, name);
    expect(h.services.io.outputs['artifact-url']).toBe(stored);
    const manifest = readManifest(stored);
    expect(manifest.proof).toEqual({
      suite: 'default',
      attempt: 1,
      framework: 'node-test',
      artifactName: name,
    });
    expect(filesUnder(stored).sort()).toEqual([...manifest.files.map((f) => f.path), 'manifest.json'].sort());
    for (const file of manifest.files) expect(sha256(join(stored, file.path)), file.path).toBe(file.sha256);
    // The copy is the folder the step wrote, manifest included.
    expect(sha256(join(stored, 'manifest.json'))).toBe(
      sha256(join(h.services.io.outputs['proof-dir'], 'manifest.json')),
    );
    expect(manifest.files.map((f) => f.path)).toContain('records.jsonl');
    const records = (await readRecords(join(stored, 'records.jsonl'))).records;
    expect(records.map((r) => [r.run, r.tests.length])).toEqual([
      [1, 4],
      [2, 4],
    ]);
  });

  it("records a rerun's results under its run with rerun: j, and they classify the same read back", async () => {
    const suite = copyExample('node-suite');
    writeFileSync(
      join(suite, 'test', 'retry.test.mjs'),
      `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n` +
        `test('passes on rerun', () => assert.ok(process.env.SHARDPROOF_RERUN));\n`,
    );
    const h = localHarness(
      nodeInputs(suite, { files: 'test/retry.test.mjs', 'rerun-failed': '2', 'fail-on-flaky': 'false' }),
    );
    await runStep(h.services, NO_WAIT);
    const stored = artifactDir(h.state, 'shardproof-proof-default-a1');
    const { records } = await readRecords(join(stored, 'records.jsonl'));
    expect(
      records.map((r) => [
        r.run,
        r.tests.map((t) => t.outcome),
        r.reruns?.map((x) => x.map((t) => t.outcome)),
      ]),
    ).toEqual([[1, ['failed'], [['passed']]]]);
    const results = JSON.parse(readFileSync(join(stored, 'results.json'), 'utf8'));
    // results.json adds the id a user can paste (displayId); the classes and patterns are the classifier's.
    const withoutDisplayIds = (results.tests as { displayId?: string }[]).map(
      ({ displayId: _shown, ...t }) => t,
    );
    expect(classifyRuns(records).tests).toEqual(withoutDisplayIds);
    expect(results.tests[0].pattern).toBe('✗↻✓');
  });

  it('uploads when tests fail, and the step still fails', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(nodeInputs(suite, { files: 'test/money.test.mjs' }));
    await runStep(h.services, NO_WAIT);
    expect(h.services.io.failure).toMatch(/failed in every run/);
    const stored = artifactDir(h.state, 'shardproof-proof-default-a1');
    const results = JSON.parse(readFileSync(join(stored, 'results.json'), 'utf8'));
    expect(results.counts.failed).toBe(1);
  });

  it('uploads when the command is killed, with the signal in the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shardproof-crash-'));
    const h = localHarness({
      command: `node -e "process.kill(process.pid, 'SIGKILL')" {results}`,
      'working-directory': dir,
      'output-dir': join(dir, 'proof'),
    });
    await runStep(h.services, NO_WAIT);
    expect(h.services.io.failure).toBeDefined();
    const manifest = readManifest(artifactDir(h.state, 'shardproof-proof-default-a1'));
    expect(manifest.runs.map((r) => [r.run, r.signal, r.reportMissing])).toEqual([[1, 'SIGKILL', true]]);
    expect(existsSync(join(artifactDir(h.state, 'shardproof-proof-default-a1'), 'run-1.log'))).toBe(true);
  });

  it('uploads when a run times out, with the timeout in the manifest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shardproof-timeout-'));
    const h = localHarness({
      command: `node -e "setTimeout(() => {}, 60000)" {results}`,
      'working-directory': dir,
      'output-dir': join(dir, 'proof'),
      'timeout-minutes': '0.01',
    });
    await runStep(h.services, NO_WAIT);
    expect(h.services.io.failure).toBeDefined();
    const manifest = readManifest(artifactDir(h.state, 'shardproof-proof-default-a1'));
    expect(manifest.runs.map((r) => [r.run, r.timedOut])).toEqual([[1, true]]);
  });

  it('uploads what it has when the step itself fails after the runs started, marked with the error', async () => {
    const suite = copyExample('node-suite');
    // A summary path that is a folder makes the job summary write fail after the run, as a full disk would.
    const summaryPath = mkdtempSync(join(tmpdir(), 'shardproof-summary-'));
    const h = localHarness(nodeInputs(suite, { files: 'test/math.test.mjs' }), { summaryPath });
    await expect(runStep(h.services, NO_WAIT)).rejects.toThrow(/EISDIR/);
    const stored = artifactDir(h.state, 'shardproof-proof-default-a1');
    const manifest = readManifest(stored);
    expect(manifest.stepError).toMatch(/EISDIR/);
    expect(manifest.runs.map((r) => r.exitCode)).toEqual([0]);
    const records = (await readRecords(join(stored, 'records.jsonl'))).records;
    expect(records[0].tests.map((t) => t.name).sort()).toEqual(['adds', 'multiplies slowly']);
  });

  it('retries a failed upload and succeeds on the third attempt, saying so in the log', async () => {
    const suite = copyExample('node-suite');
    let store: ReturnType<typeof flaky> | undefined;
    const h = localHarness(nodeInputs(suite, { files: 'test/math.test.mjs' }), {
      artifacts: (local) => (store = flaky(local, 2)),
    });
    await runStep(h.services, NO_WAIT);
    expect(store!.calls).toBe(3);
    expect(h.log.filter((l) => l.includes('failed (attempt'))).toEqual([
      'upload of artifact shardproof-proof-default-a1 failed (attempt 1 of 3: results service answered 500 (call 1)); retrying in 0 s',
      'upload of artifact shardproof-proof-default-a1 failed (attempt 2 of 3: results service answered 500 (call 2)); retrying in 0 s',
    ]);
    expect(h.log.some((l) => l.startsWith('warning'))).toBe(false);
    expect(existsSync(artifactDir(h.state, 'shardproof-proof-default-a1'))).toBe(true);
    expect(h.services.io.failure).toBeUndefined();
  });

  it('turns an upload that keeps failing into one warning naming what was lost, outcome unchanged', async () => {
    for (const file of ['test/math.test.mjs', 'test/money.test.mjs']) {
      const suite = copyExample('node-suite');
      let store: ReturnType<typeof flaky> | undefined;
      const inputs = nodeInputs(suite, { files: file });
      const h = localHarness(inputs, { artifacts: (local) => (store = flaky(local, Infinity)) });
      await runStep(h.services, NO_WAIT);
      expect(store!.calls).toBe(3);
      const warnings = h.log.filter((l) => l.startsWith('warning'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('Artifact shardproof-proof-default-a1 was not uploaded after 3 attempts');
      expect(warnings[0]).toContain(`folder ${inputs['output-dir']} is not kept`);
      expect(h.services.io.outputs['artifact-url']).toBeUndefined();
      if (file.includes('math')) {
        expect(h.services.io.failure).toBeUndefined();
        expect(h.services.io.outputs.passed).toBe('2');
      } else {
        expect(h.services.io.failure).toMatch(/1 test failed in every run/);
        expect(h.services.io.outputs.failed).toBe('1');
      }
    }
  });

  it('keeps a signed URL token out of the warning', async () => {
    const suite = copyExample('node-suite');
    const leaky: ArtifactStore = {
      upload: async () => {
        throw new Error('PUT https://blob.example/container/x?sv=2024&sig=SECRET-TOKEN failed: 403');
      },
      download: async () => false,
      list: async () => [],
    };
    const h = localHarness(nodeInputs(suite, { files: 'test/math.test.mjs' }), { artifacts: () => leaky });
    await runStep(h.services, NO_WAIT);
    expect(h.log.join('\n')).not.toContain('SECRET-TOKEN');
    expect(h.log.join('\n')).toContain('https://blob.example/container/x?…');
  });

  it('uploads nothing with upload: false', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(nodeInputs(suite, { files: 'test/math.test.mjs', upload: 'false' }));
    await runStep(h.services, NO_WAIT);
    expect(h.services.io.outputs.passed).toBe('2');
    expect(existsSync(join(h.state, 'artifacts'))).toBe(false);
    expect(h.services.io.outputs['artifact-url']).toBeUndefined();
  });

  it('takes the prefix, the retention and the run attempt into the upload', async () => {
    const suite = copyExample('node-suite');
    const calls: unknown[] = [];
    const h = localHarness(
      nodeInputs(suite, { files: 'test/math.test.mjs', 'artifact-name': 'nightly', 'retention-days': '3' }),
      {
        env: { GITHUB_RUN_ATTEMPT: '2' },
        artifacts: (local) => ({
          upload: async (name, dir, options) => {
            calls.push([name, options]);
            return { ...(await local.upload(name, dir, options)), id: 42 };
          },
          download: local.download.bind(local),
          list: local.list.bind(local),
        }),
      },
    );
    await runStep(h.services, NO_WAIT);
    expect(calls).toEqual([['nightly-default-a2', { retentionDays: 3 }]]);
    expect(h.services.io.outputs['artifact-id']).toBe('42');
  });
});

describe('run slots', () => {
  it('does one run labelled with its slot: log, records, manifest, SHARDPROOF_RUN and the name', async () => {
    const suite = copyExample('node-suite');
    const h = localHarness(nodeInputs(suite, { files: 'test/cache.test.mjs', 'run-slot': '2' }));
    await runStep(h.services, NO_WAIT);
    const name = 'shardproof-proof-default-r2-a1';
    const stored = artifactDir(h.state, name);
    expect(
      readdirSync(stored)
        .filter((f) => f.startsWith('run-'))
        .sort(),
    ).toEqual(['run-2.log', 'run-2.xml']);
    const manifest = readManifest(stored);
    expect(manifest.runs.map((r) => r.run)).toEqual([2]);
    expect(manifest.proof).toMatchObject({ runSlot: 2, artifactName: name });
    const records = (await readRecords(join(stored, 'records.jsonl'))).records;
    expect(records.map((r) => r.run)).toEqual([2]);
    // The example's flaky test fails on even runs: it saw SHARDPROOF_RUN=2.
    const warm = records[0].tests.find((t) => t.name === 'cache warms up');
    expect(warm?.outcome).toBe('failed');
    expect(h.log).toContain('runs: 1, as run 2 (input run-slot)');
  });

  it('refuses run-slot together with runs > 1, saying what to do', async () => {
    const h = localHarness({ framework: 'node-test', 'run-slot': '2', runs: '5' });
    await expect(runStep(h.services, NO_WAIT)).rejects.toThrow(
      /Input 'run-slot' \(2\) .* 'runs' must be 1 or unset .*plan's 'runs' input/,
    );
    const zero = localHarness({ framework: 'node-test', 'run-slot': '0' });
    await expect(runStep(zero.services, NO_WAIT)).rejects.toThrow(/Input 'run-slot': "0" is not valid/);
  });

  it('a 3-shard × 2-slot matrix uploads six proofs under six different names', async () => {
    const { planStep } = await import('../../src/steps/plan-step.js');
    const suite = copyExample('node-suite');
    mkdirSync(join(suite, 'plan'));
    const planFile = join(suite, 'plan', 'plan.json');
    const planner = localHarness({
      tests: 'test/math.test.mjs\ntest/strings.test.mjs\ntest/cache.test.mjs',
      'working-directory': suite,
      framework: 'node-test',
      shards: '3',
      runs: '2',
      'plan-file': planFile,
    });
    await planStep(planner.services);
    const matrix = JSON.parse(planner.services.io.outputs.matrix) as { include: Record<string, unknown>[] };
    expect(matrix.include.map((row) => `${row.shard}/${row.run}`)).toEqual([
      '1/1',
      '1/2',
      '2/1',
      '2/2',
      '3/1',
      '3/2',
    ]);
    // Every job shares one artifact store, as the jobs of one workflow run do.
    const shared = mkdtempSync(join(tmpdir(), 'shardproof-shared-'));
    for (const row of matrix.include) {
      const h = localHarness(
        {
          'working-directory': suite,
          'plan-file': planFile,
          shard: String(row.shard),
          'run-slot': String(row.run),
          workers: '1',
          'fail-on-flaky': 'false',
        },
        { state: shared },
      );
      await runStep(h.services, NO_WAIT);
      // One run per job: the example's flaky test fails alone in every even slot, and is stored all the same.
      expect(existsSync(h.services.io.outputs['artifact-url'])).toBe(true);
    }
    const names = readdirSync(join(shared, 'artifacts')).sort();
    expect(names).toEqual([
      'shardproof-proof-default-1of3-r1-a1',
      'shardproof-proof-default-1of3-r2-a1',
      'shardproof-proof-default-2of3-r1-a1',
      'shardproof-proof-default-2of3-r2-a1',
      'shardproof-proof-default-3of3-r1-a1',
      'shardproof-proof-default-3of3-r2-a1',
    ]);
    const plan = JSON.parse(readFileSync(planFile, 'utf8'));
    expect(plan.runSlots).toBe(2);
    const past = localHarness({
      'working-directory': suite,
      'plan-file': planFile,
      shard: '1',
      'run-slot': '3',
    });
    await expect(runStep(past.services, NO_WAIT)).rejects.toThrow(
      "Input 'run-slot': 3 is past the plan's 2 run slots (plan input 'runs')",
    );
    for (const name of names) {
      const manifest = readManifest(join(shared, 'artifacts', name));
      const [, shard, slot] = /-(\d)of3-r(\d)-/.exec(name)!;
      expect(manifest.proof).toEqual({
        suite: 'default',
        shard: { index: Number(shard), total: 3 },
        runSlot: Number(slot),
        runSlots: 2,
        attempt: 1,
        planHash: plan.hash,
        framework: 'node-test',
        artifactName: name,
      });
      expect(manifest.runs.map((r) => r.run)).toEqual([Number(slot)]);
    }
  });
});
