import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { plainLog, ranTestcases, readManifest, readProofResults, summaryCounts } from './framework-counts.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';
import { escapeGlob } from '../../src/frameworks/vitest.js';

const TESTS = 'test/**/*.test.{ts,tsx}';
const LONG = { timeoutMs: 300_000 };
const ids = (resultsJson: string) => readProofResults(resultsJson).tests.map((t) => t.id);

describe('the vitest preset, unmodified, on a vitest 4 project', () => {
  it("counts what vitest's own summary line counts, and reruns exactly the failed tests", () => {
    const suite = installedExample('vitest-suite');
    const run = runBundle(
      'run',
      { framework: 'vitest', tests: TESTS, workers: '2', 'rerun-failed': '1', 'fail-on-flaky': 'false' },
      { cwd: suite, ...LONG },
    );
    expect(run.status, run.stdout).toBe(1);
    const dir = run.outputs['proof-dir'];
    const manifest = readManifest(dir);
    expect(manifest.command.slice(0, 5)).toEqual(['npx', '--no', '--', 'vitest', 'run']);

    const log = plainLog(dir, 'run-1.log');
    const own = summaryCounts(/\bTests {2}.*$/m.exec(log)![0]);
    expect(own).toEqual({ failed: 2, passed: 9, skipped: 1, total: 12 });
    const counts = manifest.runs.find((r) => r.rerun === null)!.counts!;
    expect(counts.failed + counts.flaky).toBe(own.failed);
    expect(counts.passed).toBe(own.passed);
    expect(counts.skipped).toBe(own.skipped);
    expect(counts.passed + counts.failed + counts.flaky + counts.skipped).toBe(own.total);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toEqual({ passed: 9, failed: 1, flaky: 1, skipped: 1, total: 12, fileErrors: 1 });
    // vitest reports the file that failed to import as a failed suite; shardproof as a file-level error.
    expect(/\bTest Files .*$/m.exec(log)?.[0]).toMatch(/Test Files {2}3 failed \| 3 passed \(6\)$/);
    expect(results.tests.filter((t) => t.class === 'file-error').map((t) => t.file)).toEqual([
      'test/broken.test.ts',
    ]);

    const slug = results.tests.filter((t) => t.file === 'test/slug.test.ts').map((t) => t.id);
    expect(slug).toContain('test/slug.test.ts::slugify > keeps digits');
    expect(slug).toContain('test/slug.test.ts::slugify > keeps digits #2');
    const flaky = results.tests.find((t) => t.class === 'flaky')!;
    expect(flaky).toMatchObject({ name: 'compare > warms up > then answers', pattern: '✗↻✓' });

    // The rerun ran exactly the failed tests (a title holding ' > ' included) and reloaded the broken file.
    const rerunXml = readFileSync(join(dir, 'run-1-rerun-1.xml'), 'utf8');
    expect(ranTestcases(rerunXml).sort()).toEqual([
      'compare &gt; warms up &gt; then answers',
      'slugify &gt; shorten &gt; never ends in a dash',
      'test/broken.test.ts',
    ]);
  }, 300_000);

  it('a shard given test/a.test.ts runs that file only, not test/a.test.tsx beside it', () => {
    const suite = installedExample('vitest-suite');
    const run = runBundle('run', { framework: 'vitest', files: 'test/a.test.ts' }, { cwd: suite, ...LONG });
    expect(run.status, run.stdout).toBe(0);
    expect(ids(run.outputs['results-json'])).toEqual(['test/a.test.ts::a.test.ts runs']);
    // What made it exact: every other file the path could select, from any vitest root, is excluded by
    // its absolute path.
    const argv = readManifest(run.outputs['proof-dir']).command;
    expect(argv.at(-1)).toBe('test/a.test.ts');
    const excluded = argv.flatMap((arg, i) => (argv[i - 1] === '--exclude' ? [arg] : []));
    expect(excluded.sort()).toEqual(
      [join(suite, 'test/a.test.tsx'), join(suite, 'test/x/a.test.ts')].map(escapeGlob),
    );
  }, 300_000);

  it('runs every test exactly once across 3 shards', () => {
    const suite = installedExample('vitest-suite');
    const state = { SHARDPROOF_STATE_DIR: scratchDir('state') };
    const whole = runBundle('run', { framework: 'vitest', tests: TESTS }, { cwd: suite, ...LONG });
    const everyTest = ids(whole.outputs['results-json']).sort();
    expect(everyTest).toHaveLength(13); // 12 tests and the file that fails to load

    const plan = runBundle(
      'plan',
      { framework: 'vitest', tests: TESTS, shards: '3' },
      { cwd: suite, env: state },
    );
    expect(plan.status, plan.stdout).toBe(0);
    const executed: string[] = [];
    for (const shard of ['1', '2', '3']) {
      const run = runBundle(
        'run',
        { framework: 'vitest', shard, 'plan-hash': plan.outputs['plan-hash'], 'fail-on-flaky': 'false' },
        { cwd: suite, env: state, ...LONG },
      );
      expect(run.stdout).toContain(`shard ${shard}/3 of suite 'default'`);
      executed.push(...ids(run.outputs['results-json']));
    }
    expect(executed.sort()).toEqual(everyTest);
  }, 600_000);
});
