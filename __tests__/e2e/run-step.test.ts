import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectCapacity } from '../../src/capacity/index.js';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

interface Results {
  counts: { passed: number; failed: number; flaky: number; skipped: number; total: number };
  tests: { id: string; name: string; class: string; pattern: string }[];
}

const readResults = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Results;
const byClass = (results: Results, cls: string) =>
  results.tests
    .filter((t) => t.class === cls)
    .map((t) => t.name)
    .sort();

describe('the run bundle started as the runner starts it', () => {
  it('writes cpus, memory-mb and workers to GITHUB_OUTPUT', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', files: 'test/math.test.mjs', workers: '1', 'memory-per-worker': '100MiB' },
      { cwd: suite },
    );
    const capacity = detectCapacity();
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.cpus).toBe(String(capacity.cpus));
    // MemAvailable moves between two reads; the limit itself is what must agree.
    const memoryMb = Number(run.outputs['memory-mb']);
    expect(Number.isInteger(memoryMb)).toBe(true);
    expect(Math.abs(memoryMb - capacity.memoryBytes / 2 ** 20)).toBeLessThan(
      capacity.memoryBytes / 2 ** 20 / 20,
    );
    expect(run.outputs.workers).toBe('1');
    expect(run.outputs.passed).toBe('2');
    expect(run.stdout).toContain('workers: 1');
  });

  it('fails on a bad workers value with a message naming the input', () => {
    const run = runBundle('run', { framework: 'node-test', workers: 'lots' });
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/::error::Input 'workers': "lots" is not valid/);
    expect(run.outputs.cpus).toBeUndefined();
  });

  it('classifies the node:test example over 2 runs and fails naming the failed and flaky tests', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', tests: 'test/*.test.mjs', runs: '2' },
      { cwd: suite },
    );
    expect(run.status).toBe(1);
    expect(run.outputs).toMatchObject({ passed: '7', failed: '1', flaky: '1', skipped: '0' });
    const results = readResults(run.outputs['results-json']);
    expect(byClass(results, 'failed')).toEqual(['adds cents exactly']);
    expect(byClass(results, 'flaky')).toEqual(['cache warms up']);
    expect(results.tests.find((t) => t.name === 'cache warms up')?.pattern).toBe('✓✗');
    // node:test's JUnit gives no line numbers, so annotations sit on line 1 of the file.
    expect(run.stdout).toContain(
      '::error title=Failed%3A adds cents exactly,file=test/money.test.mjs,line=1::',
    );
    expect(run.stdout).toContain('::warning title=Flaky%3A cache warms up,file=test/cache.test.mjs,line=1::');
    expect(run.stdout).toContain('::error::1 test failed in every run');
    expect(run.summary).toContain('cache warms up');
    expect(run.summary).toContain('✓✗');
  });

  it('writes a proof folder whose manifest hashes every file and whose logs end in the counts line', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', tests: 'test/cache.test.mjs', runs: '2', 'fail-on-flaky': 'false' },
      { cwd: suite },
    );
    expect(run.status, run.stdout).toBe(0);
    const dir = run.outputs['proof-dir'];
    expect(readdirSync(dir).sort()).toEqual([
      'manifest.json',
      'records.jsonl',
      'results.json',
      'run-1.log',
      'run-1.xml',
      'run-2.log',
      'run-2.xml',
      'summary.md',
      'timings.json',
    ]);
    const lastLine = (name: string) => readFileSync(join(dir, name), 'utf8').trimEnd().split('\n').at(-1);
    expect(lastLine('run-1.log')).toMatch(/ 2 passed, 0 failed, 0 skipped, 0 flaky$/);
    expect(lastLine('run-2.log')).toMatch(/ 1 passed, 1 failed, 0 skipped, 0 flaky$/);
    const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
    expect(manifest.framework).toBe('node-test');
    expect(manifest.runs.map((r: { exitCode: number }) => r.exitCode)).toEqual([0, 1]);
    expect(manifest.command[0]).toBe('node');
    for (const file of manifest.files as { path: string; sha256: string }[]) {
      const actual = createHash('sha256')
        .update(readFileSync(join(dir, file.path)))
        .digest('hex');
      expect(file.sha256, file.path).toBe(actual);
    }
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([
      'records.jsonl',
      'results.json',
      'run-1.log',
      'run-1.xml',
      'run-2.log',
      'run-2.xml',
      'summary.md',
      'timings.json',
    ]);
    const timings = JSON.parse(readFileSync(join(dir, 'timings.json'), 'utf8'));
    expect(timings.items['test/cache.test.mjs'].durations).toHaveLength(2);
  });

  it('off GitHub, stores the proof under .shardproof/artifacts/<name>/ of the working folder, identical', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', files: 'test/money.test.mjs', shard: '', 'run-slot': '4' },
      // No ACTIONS_RUNTIME_TOKEN and no state dir override: the local twin's default place.
      { cwd: suite, env: { SHARDPROOF_STATE_DIR: '', GITHUB_RUN_ATTEMPT: '3' } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error::1 test failed in every run');
    const name = 'shardproof-proof-default-r4-a3';
    const stored = join(suite, '.shardproof', 'artifacts', name);
    expect(run.outputs['artifact-url']).toBe(stored);
    expect(run.outputs['artifact-id']).toBeUndefined();
    expect(run.stdout).toContain(`stored as ${stored}`);
    const dir = run.outputs['proof-dir'];
    expect(readdirSync(stored).sort()).toEqual(readdirSync(dir).sort());
    for (const file of readdirSync(dir)) {
      expect(readFileSync(join(stored, file)).equals(readFileSync(join(dir, file))), file).toBe(true);
    }
    expect(readdirSync(stored).filter((f) => f.startsWith('run-'))).toEqual(['run-4.log', 'run-4.xml']);
    const manifest = JSON.parse(readFileSync(join(stored, 'manifest.json'), 'utf8'));
    expect(manifest.proof).toEqual({
      suite: 'default',
      runSlot: 4,
      attempt: 3,
      framework: 'node-test',
      artifactName: name,
    });
  });

  it('reruns only the failed tests, and a test that fails then passes on rerun is flaky', () => {
    const suite = copyExample('node-suite');
    writeFileSync(
      join(suite, 'test', 'retry.test.mjs'),
      `import { test } from 'node:test';\nimport assert from 'node:assert/strict';\n` +
        `test('passes on rerun', () => assert.ok(process.env.SHARDPROOF_RERUN));\n` +
        `test('steady', () => assert.ok(true));\n`,
    );
    const run = runBundle(
      'run',
      { framework: 'node-test', files: 'test/retry.test.mjs', 'rerun-failed': '2', 'fail-on-flaky': 'false' },
      { cwd: suite },
    );
    expect(run.status, run.stdout).toBe(0);
    const results = readResults(run.outputs['results-json']);
    expect(byClass(results, 'flaky')).toEqual(['passes on rerun']);
    expect(byClass(results, 'passed')).toEqual(['steady']);
    expect(results.tests.find((t) => t.name === 'passes on rerun')?.pattern).toBe('✗↻✓');
    // One rerun was enough: the second is never started once everything passed.
    const files = readdirSync(run.outputs['proof-dir']);
    expect(files.filter((f) => f.includes('rerun')).sort()).toEqual([
      'run-1-rerun-1.log',
      'run-1-rerun-1.xml',
    ]);
  });

  it('runs test files with hostile names as plain arguments, executing nothing', () => {
    const suite = copyExample('node-suite');
    const hostile = ['$(touch pwned).test.mjs', 'a b;touch pwned2.test.mjs', '`touch pwned3`.test.mjs'];
    for (const name of hostile) {
      writeFileSync(
        join(suite, name),
        `import { test } from 'node:test';\ntest(${JSON.stringify(name)}, () => {});\n`,
      );
    }
    const run = runBundle('run', { framework: 'node-test', tests: '*.test.mjs' }, { cwd: suite });
    expect(run.status, run.stdout).toBe(0);
    expect(run.outputs.passed).toBe('3');
    for (const planted of ['pwned', 'pwned2', 'pwned3']) expect(existsSync(join(suite, planted))).toBe(false);
  });

  it('withholds the runtime token, service URLs, command files and action inputs from the test command', () => {
    const suite = copyExample('node-suite');
    writeFileSync(
      join(suite, 'test', 'env.test.mjs'),
      `import { test } from 'node:test';\nimport { writeFileSync } from 'node:fs';\n` +
        `test('dumps env', () => writeFileSync('env.json', JSON.stringify(process.env)));\n`,
    );
    const secrets = {
      ACTIONS_RUNTIME_TOKEN: 'runtime-secret',
      ACTIONS_RESULTS_URL: 'http://127.0.0.1:9/results',
      ACTIONS_CACHE_URL: 'http://127.0.0.1:9/cache',
      ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'oidc-secret',
      GITHUB_ENV: join(suite, 'github-env'),
      GITHUB_REPOSITORY: 'octo/repo',
    };
    const run = runBundle(
      'run',
      { framework: 'node-test', files: 'test/env.test.mjs' },
      { cwd: suite, env: secrets },
    );
    expect(run.status, run.stdout).toBe(0);
    const seen = JSON.parse(readFileSync(join(suite, 'env.json'), 'utf8')) as Record<string, string>;
    const leaked = Object.keys(seen).filter((k) =>
      /^ACTIONS_|^INPUT_|^GITHUB_(ENV|PATH|OUTPUT|STATE|STEP_SUMMARY)$/.test(k),
    );
    expect(leaked).toEqual([]);
    // What a run: step would see still arrives.
    expect(seen.GITHUB_REPOSITORY).toBe('octo/repo');
    expect(seen.SHARDPROOF_RUN).toBe('1');
    // The real artifact client refuses the fake token: one warning; the outcome stands and the token is never
    // printed.
    expect(run.stdout).toMatch(/::warning::Artifact shardproof-proof-default-a1 was not uploaded after /);
    expect(run.stdout).not.toContain('runtime-secret');
    expect(run.outputs.passed).toBe('1');
  });

  it('fails a run whose report cannot be read instead of counting it as clean', () => {
    const suite = copyExample('node-suite');
    const hostile =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><testsuite><testcase name="t"><failure>&e;</failure></testcase></testsuite>';
    writeFileSync(
      join(suite, 'write-report.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], ${JSON.stringify(hostile)});\n`,
    );
    const run = runBundle('run', { command: 'node write-report.mjs {results}', runs: '2' }, { cwd: suite });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('run 1: a report could not be read, so its results are incomplete');
    expect(run.stdout).toContain('DOCTYPE');
    const results = JSON.parse(readFileSync(run.outputs['results-json'], 'utf8'));
    expect(results.confidence).not.toMatch(/0 flaky on 2 runs/);
  });

  it("keeps within GitHub's 10 error annotations per step, the step's own failure included", () => {
    const suite = copyExample('node-suite');
    const cases = Array.from(
      { length: 15 },
      (_, i) => `test('broken ${i}', () => { throw new Error('no'); });`,
    );
    writeFileSync(
      join(suite, 'test', 'many.test.mjs'),
      `import { test } from 'node:test';\n${cases.join('\n')}\n`,
    );
    const run = runBundle('run', { framework: 'node-test', files: 'test/many.test.mjs' }, { cwd: suite });
    expect(run.status).toBe(1);
    const errors = run.stdout.split('\n').filter((l) => l.startsWith('::error'));
    expect(errors).toHaveLength(10);
    expect(errors.at(-1)).toMatch(/^::error::15 tests failed in every run/);
    expect(run.summary).toContain(
      'Not annotated: 6 errors (GitHub shows at most 10 annotations per level per step)',
    );
  });

  it('never lets test output issue workflow commands: it streams between stop-commands markers', () => {
    const suite = copyExample('node-suite');
    writeFileSync(
      join(suite, 'test', 'inject.test.mjs'),
      `import { test } from 'node:test';\n` +
        `test('prints commands', () => { console.log('::error::injected'); console.log('  ::add-mask::secret'); });\n`,
    );
    const run = runBundle('run', { framework: 'node-test', files: 'test/inject.test.mjs' }, { cwd: suite });
    expect(run.status, run.stdout).toBe(0);
    const lines = run.stdout.split('\n');
    const injected = lines.findIndex((l) => l.includes('::error::injected'));
    expect(injected).toBeGreaterThan(-1);
    // The nearest marker before the injected line stops commands, with a token that resumes them after it.
    const stops = lines.slice(0, injected).filter((l) => l.startsWith('::stop-commands::'));
    const token = stops.at(-1)!.slice('::stop-commands::'.length);
    expect(token).toMatch(/^[0-9a-f]{32}$/);
    const resume = lines.indexOf(`::${token}::`);
    expect(resume).toBeGreaterThan(lines.findIndex((l) => l.includes('::add-mask::secret')));
    // Between stop and resume there are only the command's own lines, no shardproof commands.
    const stopAt = lines.lastIndexOf(`::stop-commands::${token}`);
    expect(
      lines.slice(stopAt + 1, resume).some((l) => l.startsWith('::group::') || l.startsWith('::endgroup::')),
    ).toBe(false);
    // After the stretch, shardproof's own commands work again.
    expect(lines.slice(resume).some((l) => l.startsWith('::endgroup::'))).toBe(true);
  });

  it('runs pytest with xdist workers, each worker isolated, and classifies the example', () => {
    const suite = copyExample('pytest-suite');
    const run = runBundle(
      'run',
      { framework: 'pytest', tests: 'tests/**/test_*.py', runs: '2', workers: '2' },
      { cwd: suite, env: { PATH: DEBIAN_PYTHON_PATH } },
    );
    expect(run.status).toBe(1);
    const results = readResults(run.outputs['results-json']);
    expect(byClass(results, 'flaky')).toEqual(['test_cache_warmup_alternates']);
    expect(byClass(results, 'failed')).toEqual(['test_payment_rounding']);
    expect(byClass(results, 'skipped')).toEqual(['test_gpu_embedding']);
    expect(run.outputs).toMatchObject({ passed: '10', failed: '1', flaky: '1', skipped: '1', workers: '2' });
    const log = readFileSync(join(run.outputs['proof-dir'], 'run-1.log'), 'utf8');
    // Two xdist workers really ran; each made its own media folder (exist_ok=False would fail if shared).
    expect(log).toContain('gw0 [13] / gw1 [13]');
    const manifest = JSON.parse(readFileSync(join(run.outputs['proof-dir'], 'manifest.json'), 'utf8'));
    expect(manifest.command.slice(0, 3)).toEqual(['python3', '-m', 'pytest']);
    expect(manifest.command).toContain('-n');
  });

  it('runs go test -json per package, with subtests, and reruns failures with -run', () => {
    const suite = copyExample('go-suite');
    const run = runBundle(
      'run',
      { framework: 'go', tests: './...', runs: '2', 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: suite, timeoutMs: 300_000 },
    );
    expect(run.status).toBe(1);
    const results = readResults(run.outputs['results-json']);
    const patterns = Object.fromEntries(results.tests.map((t) => [t.id, `${t.class} ${t.pattern}`]));
    expect(patterns).toEqual({
      'example.com/gosuite/calc::TestAdd': 'passed ✓✓',
      'example.com/gosuite/calc::TestFlaky': 'flaky ✓✗↻✓',
      'example.com/gosuite/calc::TestSlow': 'passed ✓✓',
      'example.com/gosuite/calc::TestTable': 'failed ✗↻✗✗↻✗',
      'example.com/gosuite/calc::TestTable/one': 'passed ✓✓',
      'example.com/gosuite/calc::TestTable/two': 'failed ✗↻✗✗↻✗',
      'example.com/gosuite/text::TestUpper': 'passed ✓✓',
    });
    const manifest = JSON.parse(readFileSync(join(run.outputs['proof-dir'], 'manifest.json'), 'utf8'));
    const rerun = manifest.runs.find((r: { rerun: number | null }) => r.rerun === 1).argv as string[];
    expect(rerun.slice(0, 4)).toEqual(['go', 'test', '-json', '-count=1']);
    expect(rerun).toContain('-run');
    // Each package's own elapsed time (build and TestMain included) for the timing history, per main run.
    const fileLines = readFileSync(join(run.outputs['proof-dir'], 'records.jsonl'), 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as { type: string; run: number; file: string; seconds: number })
      .filter((line) => line.type === 'file');
    expect(fileLines.map((l) => `${l.run} ${l.file}`).sort()).toEqual([
      '1 example.com/gosuite/calc',
      '1 example.com/gosuite/text',
      '2 example.com/gosuite/calc',
      '2 example.com/gosuite/text',
    ]);
    for (const line of fileLines) expect(line.seconds).toBeGreaterThan(0);
  }, 300_000);

  it('runs pytest serially, saying why, when pytest-xdist cannot be imported', () => {
    const dir = scratchDir('noxdist');
    writeFileSync(join(dir, 'test_one.py'), 'def test_one():\n    assert True\n');
    // A module named xdist that fails to import stands in for a Python without pytest-xdist.
    mkdirSync(join(dir, 'shadow'));
    writeFileSync(join(dir, 'shadow', 'xdist.py'), 'raise ImportError("no xdist here")\n');
    const run = runBundle(
      'run',
      { framework: 'pytest', files: 'test_one.py', workers: '2' },
      {
        cwd: dir,
        env: {
          PATH: DEBIAN_PYTHON_PATH,
          PYTHONPATH: join(dir, 'shadow'),
          PYTEST_DISABLE_PLUGIN_AUTOLOAD: '1',
        },
      },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      'workers: 1 (pytest-xdist is not installed for python3, so -n 2 would fail)',
    );
    expect(run.outputs).toMatchObject({ workers: '1', passed: '1' });
  });

  it('starts on Node 20 as well (the system node)', () => {
    const suite = copyExample('node-suite');
    const run = runBundle(
      'run',
      { framework: 'node-test', files: 'test/strings.test.mjs' },
      { cwd: suite, node: '/usr/bin/node' },
    );
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.outputs.passed).toBe('2');
  });
});
