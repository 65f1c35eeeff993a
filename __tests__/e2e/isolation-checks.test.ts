import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IsolationCause } from '../../src/verdict/isolation.js';
import { installedExample } from './example-deps.js';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { plainLog, readManifest, summaryCounts } from './framework-counts.js';
import { runBundle, type BundleRun } from './run-bundle.js';

interface ResultsTest {
  id: string;
  name: string;
  class: string;
  cause?: IsolationCause;
}
interface Results {
  counts: Record<string, number>;
  tests: ResultsTest[];
  isolationRuns?: { name: string; check: string; workers: number; seed?: number }[];
}
const readResults = (run: BundleRun): Results =>
  JSON.parse(readFileSync(run.outputs['results-json'], 'utf8')) as Results;
const byName = (results: Results, name: string) => results.tests.find((t) => t.name === name)!;
const LONG = 300_000;

/** Each framework's half of examples/isolation-suite, with the names its report gives the tests. */
const FRAMEWORKS = [
  {
    framework: 'pytest',
    suite: () => copyExample('isolation-suite/pytest'),
    env: { PATH: DEBIAN_PYTHON_PATH },
    writers: ['parallel/test_writer_a.py', 'parallel/test_writer_b.py'],
    writerNames: ['test_writer_a', 'test_writer_b'],
    ordered: ['order/test_state.py', 'random/test_alternating.py'],
    // Run 1's seed puts test_polluter before test_victim and test_brittle before test_setup; run 2's (9)
    // puts test_setup first, so test_brittle is seen passing in some order.
    seed: '8',
    names: { victim: 'test_victim', brittle: 'test_brittle', random: 'test_every_other_time' },
    // pytest's report lists a worker's tests in run order and node ids run in the order given: bisectable.
    polluter: /::test_polluter$/,
    ownSummary: /=+ ([^=]*) in [\d.]+s =+$/m,
    serialArgv: (argv: string[]) => expect(argv[argv.indexOf('-n') + 1]).toBe('1'),
  },
  {
    framework: 'vitest',
    suite: () => installedExample('isolation-suite/vitest'),
    env: {},
    writers: ['test/writer-a.test.ts', 'test/writer-b.test.ts'],
    writerNames: ['writer a reads back what it wrote', 'writer b reads back what it wrote'],
    ordered: ['test/state.test.ts', 'test/alternating.test.ts'],
    seed: '12', // run 2 (13): setup before brittle, victim before polluter
    names: { victim: 'victim', brittle: 'brittle', random: 'every other time' },
    // vitest's JUnit lists tests in declaration order, so there is no order to bisect.
    polluter: undefined,
    ownSummary: /\bTests {2}.*$/m,
    serialArgv: (argv: string[]) => expect(argv).toContain('--maxWorkers=1'),
  },
] as const;

describe.each(FRAMEWORKS)('isolation checks with $framework', (fw) => {
  it(
    'isolation: serial finds the writer that fails only beside the other as parallel-dependent, and keeps the totals of the parallel run',
    () => {
      const run = runBundle(
        'run',
        {
          framework: fw.framework,
          files: fw.writers.join('\n'),
          workers: '2',
          isolation: 'serial',
          upload: 'false',
        },
        { cwd: fw.suite(), env: fw.env, timeoutMs: LONG },
      );
      expect(run.status, run.stdout).toBe(1);
      const results = readResults(run);
      const writers = fw.writerNames.map((name) => byName(results, name));
      // The two race on one file: exactly one reads the other's value, and it passed in the one-worker run.
      const failed = writers.filter((t) => t.class === 'failed');
      expect(failed).toHaveLength(1);
      expect(failed[0].cause).toMatchObject({ class: 'parallel-dependent', reproduction: { workers: 2 } });
      expect(writers.find((t) => t.class === 'passed')!.cause).toBeUndefined();

      // The extra run is labelled, one worker, and in no total: the counts are the parallel run's own.
      const dir = run.outputs['proof-dir'];
      const manifest = readManifest(dir);
      const serial = manifest.runs.find((r) => (r as { check?: string }).check === 'serial')!;
      fw.serialArgv(serial.argv!);
      expect(results.isolationRuns).toEqual([expect.objectContaining({ name: 'run-serial', workers: 1 })]);
      expect(results.counts).toMatchObject({ passed: 1, failed: 1, total: 2 });
      const own = summaryCounts(fw.ownSummary.exec(plainLog(dir, 'run-1.log'))![0]);
      expect(own).toMatchObject({ passed: 1, failed: 1 });
      expect(run.summary).toContain('parallel-dependent');
      expect(run.summary).toContain('Isolation check runs (not in the totals)');
    },
    LONG,
  );

  it(
    'order: shuffle tells a victim, a brittle test and a non-deterministic one apart, the same way for the same seed',
    () => {
      const findings = [1, 2].map(() => {
        const run = runBundle(
          'run',
          {
            framework: fw.framework,
            files: fw.ordered.join('\n'),
            workers: '2',
            order: 'shuffle',
            'order-seed': fw.seed,
            runs: '2',
            upload: 'false',
          },
          { cwd: fw.suite(), env: fw.env, timeoutMs: LONG },
        );
        expect(run.status, run.stdout).toBe(1);
        const results = readResults(run);
        const victim = byName(results, fw.names.victim).cause!;
        const brittle = byName(results, fw.names.brittle).cause!;
        const random = byName(results, fw.names.random).cause!;
        expect(victim).toMatchObject({ class: 'order-dependent', kind: 'victim' });
        if (fw.polluter) {
          expect(victim.polluter).toMatch(fw.polluter);
          // The tests of its file that ran before it, as pytest node ids, the polluter among them.
          expect(victim.reproduction!.before!.filter((id) => fw.polluter.test(id))).toEqual([
            victim.polluter,
          ]);
        } else expect(victim.polluter).toBeUndefined();
        expect(brittle).toMatchObject({ class: 'order-dependent', kind: 'brittle' });
        // What happened stays apart from why: it passed in run 2's order, so it is flaky, for an order reason.
        expect(byName(results, fw.names.brittle).class).toBe('flaky');
        expect(random.class).toBe('non-deterministic');
        for (const cause of [victim, brittle, random]) {
          expect(cause.reproduction).toMatchObject({ seed: Number(fw.seed), workers: 2 });
        }
        // Only tests that failed get a cause; the shuffled run and its repeats carry the seed.
        expect(
          results.tests
            .filter((t) => t.cause)
            .map((t) => t.name)
            .sort(),
        ).toEqual([fw.names.brittle, fw.names.random, fw.names.victim].sort());
        const dir = run.outputs['proof-dir'];
        const runLine = JSON.parse(readFileSync(join(dir, 'records.jsonl'), 'utf8').split('\n')[0]);
        expect(runLine).toMatchObject({ type: 'run', run: 1, seed: Number(fw.seed) });
        const checks = readManifest(dir).runs.map((r) => r as { check?: string; seed?: number });
        expect(checks.filter((r) => r.check === undefined).map((r) => r.seed)).toEqual([
          Number(fw.seed),
          Number(fw.seed) + 1,
        ]);
        expect(checks.filter((r) => r.check === 'same-seed').every((r) => r.seed === Number(fw.seed))).toBe(
          true,
        );
        expect(checks.filter((r) => r.check === 'alone')).toHaveLength(2);
        expect(run.stdout).toContain('Why: order-dependent (victim)');
        expect(run.summary).toContain('Why they fail: isolation checks (3)');
        const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
          isolation: { test: string; class: string; kind?: string; seed?: number }[];
        };
        expect(manifest.isolation.map((f) => [f.class, f.kind, f.seed]).sort()).toEqual(
          [
            ['non-deterministic', undefined, Number(fw.seed)],
            ['order-dependent', 'brittle', Number(fw.seed)],
            ['order-dependent', 'victim', Number(fw.seed)],
          ].sort(),
        );
        return results.tests
          .filter((t) => t.cause)
          .map((t) => [
            t.name,
            t.cause!.class,
            t.cause!.kind,
            t.cause!.polluter,
            t.cause!.reproduction?.seed,
          ]);
      });
      expect(findings[1]).toEqual(findings[0]);
    },
    LONG,
  );
});
