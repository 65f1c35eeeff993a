import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { DEBIAN_PYTHON_PATH } from './example-suite.js';
import { ranTestcases, readManifest, readProofResults } from './framework-counts.js';
import { runBundle, type BundleRun } from './run-bundle.js';
import { scratchDir } from './scratch.js';

/**
 * Frameworks rooted in a subfolder of the repository, the way monorepos run them: `working-directory`,
 * or a command that starts with `cd <package> &&`, with the framework's own config (pytest.ini → rootdir,
 * jest.config.js, vitest.config.ts, go.mod) in that folder. Reports name files relative to that root;
 * results, annotations, reruns and shards must work with repository paths.
 */

const LONG = { timeoutMs: 300_000 };

/** A scratch repository with one example project copied into `folder` (node_modules linked). */
function repoWith(folder: string, example: string, fromNpm: boolean): string {
  const repo = join(scratchDir('mono'), 'repo');
  mkdirSync(join(repo, folder), { recursive: true });
  const source = fromNpm ? installedExample(example) : resolve('examples', example);
  cpSync(source, join(repo, folder), { recursive: true, verbatimSymlinks: true });
  return repo;
}

/** `file=` of every annotation the step wrote (workflow commands on stdout). */
function annotatedFiles(stdout: string): string[] {
  return [...stdout.matchAll(/^::(?:error|warning|notice) [^\n]*?\bfile=([^,:\n]+)/gm)].map((m) => m[1]);
}

/** Every file in results.json exists below `dir`, every annotation's file below the repository. */
function expectRealPaths(run: BundleRun, dir: string, repo: string): void {
  const files = readProofResults(run.outputs['results-json']).tests.flatMap((t) => t.file ?? []);
  expect(files.length).toBeGreaterThan(0);
  for (const file of new Set(files)) expect(existsSync(join(dir, file)), file).toBe(true);
  const annotated = annotatedFiles(run.stdout);
  expect(annotated.length).toBeGreaterThan(0);
  for (const file of annotated) expect(existsSync(join(repo, file)), file).toBe(true);
}

const ids = (run: BundleRun) =>
  readProofResults(run.outputs['results-json'])
    .tests.map((t) => t.id)
    .sort();

/** Plans 3 shards, runs each, and returns every id the shards ran (sorted) and each shard's argv. */
function threeShards(
  repo: string,
  inputs: Record<string, string>,
  env: Record<string, string> = {},
): { executed: string[]; argvs: string[][] } {
  const state = { ...env, SHARDPROOF_STATE_DIR: scratchDir('state') };
  const { command, ...planInputs } = inputs;
  const plan = runBundle('plan', { ...planInputs, shards: '3' }, { cwd: repo, env: state });
  expect(plan.status, plan.stdout).toBe(0);
  const executed: string[] = [];
  const argvs: string[][] = [];
  for (const shard of ['1', '2', '3']) {
    const run = runBundle(
      'run',
      {
        framework: inputs.framework,
        ...(command ? { command } : {}),
        ...(inputs['working-directory'] ? { 'working-directory': inputs['working-directory'] } : {}),
        shard,
        'plan-hash': plan.outputs['plan-hash'],
        'fail-on-flaky': 'false',
      },
      { cwd: repo, env: state, ...LONG },
    );
    expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
    executed.push(...readProofResults(run.outputs['results-json']).tests.map((t) => t.id));
    argvs.push(readManifest(run.outputs['proof-dir']).command);
  }
  return { executed: executed.sort(), argvs };
}

const rerunXml = (run: BundleRun) =>
  readFileSync(join(run.outputs['proof-dir'], 'run-1-rerun-1.xml'), 'utf8');

describe('pytest with its rootdir (pytest.ini) in backend/', () => {
  const env = { PATH: DEBIAN_PYTHON_PATH };
  const repo = () => {
    const dir = repoWith('backend', 'pytest-suite', false);
    writeFileSync(join(dir, 'backend', 'pytest.ini'), '[pytest]\n');
    return dir;
  };

  it('working-directory: backend — paths exist, annotations name repository paths, the rerun selects the failure', () => {
    const dir = repo();
    const run = runBundle(
      'run',
      {
        framework: 'pytest',
        'working-directory': 'backend',
        tests: 'tests/**/test_*.py',
        'rerun-failed': '1',
      },
      { cwd: dir, env: { ...env, GITHUB_WORKSPACE: dir }, ...LONG },
    );
    expect(run.status).toBe(1);
    expectRealPaths(run, join(dir, 'backend'), dir);
    expect(run.stdout).toContain('file=backend/tests/api/test_endpoints.py,line=');
    expect(ranTestcases(rerunXml(run))).toEqual(['test_payment_rounding']);
  }, 300_000);

  it('`cd backend && pytest` from the repository root: node ids relative to backend, 3 shards run each test once', () => {
    const dir = repo();
    const command =
      'cd backend && python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --junitxml={results} {files}';
    const tests = 'backend/tests/**/test_*.py';
    const run = runBundle(
      'run',
      { framework: 'pytest', tests, command, 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: dir, env: { ...env, GITHUB_WORKSPACE: dir }, ...LONG },
    );
    expect(run.status).toBe(1);
    expectRealPaths(run, dir, dir);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toMatchObject({ passed: 11, failed: 1, skipped: 1, total: 13 });
    const rerun = readManifest(run.outputs['proof-dir']).runs.find((r) => r.rerun === 1)!;
    expect(rerun.argv!.at(-1)).toBe('tests/api/test_endpoints.py::test_payment_rounding');
    expect(ranTestcases(rerunXml(run))).toEqual(['test_payment_rounding']);

    const { executed, argvs } = threeShards(dir, { framework: 'pytest', tests, command }, env);
    expect(executed).toEqual(ids(run));
    expect(
      argvs
        .flat()
        .filter((a) => a.endsWith('.py'))
        .sort(),
    ).toEqual([
      'tests/api/test_endpoints.py',
      'tests/test_media.py',
      'tests/test_models.py',
      'tests/test_text.py',
    ]);
  }, 600_000);
});

describe('jest in a monorepo package (packages/web, its jest.config.js there)', () => {
  it('`cd packages/web && jest`: repository paths, exact reruns, 3 shards run each test once', () => {
    const dir = repoWith('packages/web', 'jest-suite', true);
    const command =
      'cd packages/web && npx --no -- jest --ci --maxWorkers={workers} --reporters=default ' +
      '--reporters=jest-junit --runTestsByPath {files}';
    const tests = 'packages/web/test/**/*.test.{ts,tsx}';
    const run = runBundle(
      'run',
      { framework: 'jest', tests, command, 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: dir, env: { GITHUB_WORKSPACE: dir }, ...LONG },
    );
    expect(run.status).toBe(1);
    expectRealPaths(run, dir, dir);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toEqual({ passed: 11, failed: 1, flaky: 1, skipped: 1, total: 14, fileErrors: 1 });
    expect(results.tests.filter((t) => t.class === 'file-error').map((t) => t.file)).toEqual([
      'packages/web/test/api/broken.test.ts',
    ]);
    expect(ranTestcases(rerunXml(run)).sort()).toEqual([
      'adds cents exactly',
      'test/api/broken.test.ts',
      'test/api/broken.test.ts',
      'warms the cache &gt; then answers',
    ]);

    const { executed } = threeShards(dir, { framework: 'jest', tests, command });
    expect(executed).toEqual(ids(run));
  }, 600_000);
});

describe('vitest rooted in packages/ui', () => {
  it('--root packages/ui: a shard given test/a.test.ts runs that file only', () => {
    const dir = repoWith('packages/ui', 'vitest-suite', true);
    // Hoisted, as npm workspaces install it: vitest runs from the repository root.
    symlinkSync(realpathSync(join(dir, 'packages/ui/node_modules')), join(dir, 'node_modules'), 'dir');
    const run = runBundle(
      'run',
      {
        framework: 'vitest',
        files: 'packages/ui/test/a.test.ts',
        command:
          'npx --no -- vitest run --root packages/ui --reporter=default --reporter=junit ' +
          '--outputFile.junit={results} {files}',
      },
      { cwd: dir, ...LONG },
    );
    expect(run.status, run.stdout).toBe(0);
    expect(ids(run)).toEqual(['packages/ui/test/a.test.ts::a.test.ts runs']);
  }, 300_000);

  it('`cd packages/ui && vitest`: a file that fails to load, exact reruns, 3 shards run each test once', () => {
    const dir = repoWith('packages/ui', 'vitest-suite', true);
    const command =
      'cd packages/ui && npx --no -- vitest run --maxWorkers={workers} --reporter=default --reporter=junit ' +
      '--outputFile.junit={results} {files}';
    const tests = 'packages/ui/test/**/*.test.{ts,tsx}';
    const run = runBundle(
      'run',
      { framework: 'vitest', tests, command, 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: dir, env: { GITHUB_WORKSPACE: dir }, ...LONG },
    );
    expect(run.status).toBe(1);
    expectRealPaths(run, dir, dir);
    const results = readProofResults(run.outputs['results-json']);
    // vitest's own summary: Tests 2 failed | 9 passed | 1 skipped (12); the broken file is no test.
    expect(results.counts).toEqual({ passed: 9, failed: 1, flaky: 1, skipped: 1, total: 12, fileErrors: 1 });
    expect(results.tests.filter((t) => t.class === 'file-error').map((t) => t.file)).toEqual([
      'packages/ui/test/broken.test.ts',
    ]);
    expect(ranTestcases(rerunXml(run)).sort()).toEqual([
      'compare &gt; warms up &gt; then answers',
      'slugify &gt; shorten &gt; never ends in a dash',
      'test/broken.test.ts',
    ]);

    const { executed } = threeShards(dir, { framework: 'vitest', tests, command });
    expect(executed).toEqual(ids(run));
  }, 600_000);
});

describe('a go module in services/api', () => {
  const failing = ['TestTable', 'TestTable/two'];
  /** Tests a go test -json report says it ran. */
  const goRan = (path: string) =>
    readFileSync(path, 'utf8')
      .split('\n')
      .filter((line) => line.includes('"Action":"run"'))
      .map((line) => (JSON.parse(line) as { Test: string }).Test)
      .sort();

  it('`cd services/api && go test`: packages relative to the module, exact reruns, 3 shards run each test once', () => {
    const dir = repoWith('services/api', 'go-suite', false);
    const command = 'cd services/api && go test -json -count=1 -p {workers} {files}';
    const tests = './services/api/...';
    const run = runBundle(
      'run',
      { framework: 'go', tests, command, 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: dir, ...LONG },
    );
    expect(run.status).toBe(1);
    const manifest = readManifest(run.outputs['proof-dir']);
    // The package pattern, given from the repository root, reaches go relative to the module.
    expect(manifest.command.at(-1)).toBe('./...');
    expect(goRan(join(run.outputs['proof-dir'], 'run-1-rerun-1.json'))).toEqual(failing);

    const { executed, argvs } = threeShards(dir, { framework: 'go', tests, command });
    expect(executed).toEqual(ids(run));
    expect(
      argvs
        .flat()
        .filter((a) => a.startsWith('./'))
        .sort(),
    ).toEqual(['./calc', './text']);
  }, 600_000);

  it('working-directory: services/api: the same tests, and the rerun selects the failures', () => {
    const dir = repoWith('services/api', 'go-suite', false);
    const run = runBundle(
      'run',
      { framework: 'go', 'working-directory': 'services/api', tests: './...', 'rerun-failed': '1' },
      { cwd: dir, ...LONG },
    );
    expect(run.status).toBe(1);
    expect(ids(run)).toHaveLength(7);
    expect(goRan(join(run.outputs['proof-dir'], 'run-1-rerun-1.json'))).toEqual(failing);
  }, 300_000);
});
