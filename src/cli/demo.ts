import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface DemoResults {
  counts: { passed: number; failed: number; flaky: number; skipped: number; total: number };
  tests: { name: string; class: string; pattern: string }[];
}

/**
 * The README's first command, the whole loop on the bundled node:test suite: plan 2 shards, run each shard 3
 * times (each uploads its proof to the local artifact folder), merge them with the report (which saves the
 * timing history), then plan again from that history. It drives the real CLI in a scratch copy, so what it
 * prints is exactly what a user's own commands print.
 */
export function runDemo(): number {
  // dist/cli/index.js and src/cli/demo.ts both sit two levels below the project root. The path is built
  // from parts so that ncc does not mistake it for an asset and copy the example into dist/.
  const fromRoot = ['..', '..', 'examples', 'node-suite'];
  const example = resolve(dirname(fileURLToPath(import.meta.url)), ...fromRoot);
  if (!existsSync(example)) {
    process.stderr.write(`shardproof demo: the example suite is not at ${example}\n`);
    return 1;
  }
  const work = mkdtempSync(join(tmpdir(), 'shardproof-demo-'));
  const suite = join(work, 'node-suite');
  cpSync(example, suite, { recursive: true });
  const state = join(work, 'state');
  const env = { ...process.env, SHARDPROOF_STATE_DIR: state };
  const cli = (args: string[]): number => {
    process.stdout.write(`\n$ shardproof ${args.map((a) => (/[\s*']/.test(a) ? `'${a}'` : a)).join(' ')}\n`);
    const child = spawnSync(process.execPath, [process.argv[1], ...args], {
      cwd: suite,
      env,
      stdio: 'inherit',
    });
    return child.status ?? 1;
  };

  process.stdout.write(`shardproof demo in ${suite}\n`);
  cli(['detect']);
  const tests = ['--framework', 'node-test', '--tests', 'test/*.test.mjs'];
  cli(['plan', ...tests, '--shards', '2']);
  for (const shard of ['1', '2']) {
    cli([
      'run',
      '--framework',
      'node-test',
      '--shard',
      shard,
      '--runs',
      '3',
      '--output-dir',
      join(work, `proof-${shard}`),
    ]);
  }
  const reportDir = join(work, 'report');
  cli(['report', '--output-dir', reportDir]);
  process.stdout.write('\nThe second plan reads the timing history the report just saved:');
  cli(['plan', ...tests, '--shards', '2', '--plan-file', 'plan-2.json']);

  const resultsPath = join(reportDir, 'merged', 'results.json');
  if (!existsSync(resultsPath)) {
    process.stdout.write(`\nDemo FAILED: the report wrote no ${resultsPath}.\n`);
    return 1;
  }
  const merged = JSON.parse(readFileSync(resultsPath, 'utf8')) as DemoResults;
  const pick = (cls: string) => merged.tests.filter((t) => t.class === cls);
  process.stdout.write('\n── one verdict over both shards ──\n');
  for (const t of [...pick('failed'), ...pick('flaky')]) {
    process.stdout.write(`  ${t.class.padEnd(7)} ${t.pattern}  ${t.name}\n`);
  }
  process.stdout.write(`  passed  ${pick('passed').length} tests in every run\n`);
  process.stdout.write(
    [
      '',
      `Proof of each shard (logs, reports, records.jsonl, manifest): ${join(state, 'artifacts')}/shardproof-proof-*/`,
      `Merged report (results.json, CTRF, JUnit, summary.md): ${join(reportDir, 'merged')}/`,
      `Timing history the next plan reads: ${join(state, 'timings-default.json')} (${historyLine(state, suite)})`,
      '',
    ].join('\n'),
  );
  // The example suite is broken on purpose: one test fails every run, one fails on even runs.
  const caught =
    pick('failed').some((t) => t.name === 'adds cents exactly') &&
    pick('flaky').some((t) => t.name === 'cache warms up') &&
    existsSync(join(state, 'timings-default.json'));
  process.stdout.write(
    caught
      ? 'Demo OK: across both shards the always-failing test is "failed" and the alternating one "flaky", as planted.\n'
      : 'Demo FAILED: the planted failing and flaky tests were not both classified as expected.\n',
  );
  return caught ? 0 : 1;
}

/** What the saved history gave the second plan, said as measured (never assumed). */
function historyLine(state: string, suite: string): string {
  const read = (path: string): unknown =>
    existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined;
  const history = read(join(state, 'timings-default.json')) as { items?: object } | undefined;
  const plan = read(join(suite, 'plan-2.json')) as { suites?: { matchRate: number }[] } | undefined;
  const items = Object.keys(history?.items ?? {}).length;
  const rate = plan?.suites?.[0]?.matchRate;
  const matched =
    rate === undefined
      ? 'the second plan is missing'
      : `the second plan matched ${(rate * 100).toFixed(0)}% of the files`;
  // node:test's JUnit report names no test files, so its timings cannot be kept per file.
  const why = items === 0 ? '; node:test reports name no files, so no file timings could be kept' : '';
  return `${items} items; ${matched}${why}`;
}
