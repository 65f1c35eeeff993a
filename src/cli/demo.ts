import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

interface DemoResults {
  counts: { passed: number; failed: number; flaky: number; skipped: number };
  confidence: string;
  tests: { name: string; class: string; pattern: string }[];
}

/**
 * The README's first command: plan the bundled node:test suite into 2 shards, run each shard 3 times,
 * classify every test, then plan again from the measured timings. It drives the real CLI in a scratch copy,
 * so what it prints is exactly what a user's own commands print.
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
  const env = { ...process.env, SHARDPROOF_STATE_DIR: join(work, 'state') };
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
  cli(['plan', ...tests, '--shards', '2', '--plan-file', 'plan.json']);
  const verdicts: DemoResults[] = [];
  for (const shard of ['1', '2']) {
    const out = join(work, `proof-${shard}`);
    cli([
      'run',
      '--framework',
      'node-test',
      '--shard',
      shard,
      '--plan-file',
      'plan.json',
      '--runs',
      '3',
      '--output-dir',
      out,
    ]);
    verdicts.push(JSON.parse(readFileSync(join(out, 'results.json'), 'utf8')) as DemoResults);
  }
  process.stdout.write('\nThe second plan uses the timings the runs just measured:');
  cli([
    'plan',
    ...tests,
    '--shards',
    '2',
    '--plan-file',
    'plan-2.json',
    '--timings-reports',
    join(work, 'proof-*/run-*.xml'),
  ]);

  const all = verdicts.flatMap((v) => v.tests);
  const pick = (cls: string) => all.filter((t) => t.class === cls);
  process.stdout.write('\n── verdict over both shards ──\n');
  for (const t of [...pick('failed'), ...pick('flaky')]) {
    process.stdout.write(`  ${t.class.padEnd(7)} ${t.pattern}  ${t.name}\n`);
  }
  process.stdout.write(`  passed  ${pick('passed').length} tests in every run\n`);
  process.stdout.write(`\nProof logs, reports and manifests: ${work}/proof-*/\n`);
  // The example suite is broken on purpose: one test fails every run, one fails on even runs.
  const caught =
    pick('failed').some((t) => t.name === 'adds cents exactly') &&
    pick('flaky').some((t) => t.name === 'cache warms up');
  process.stdout.write(
    caught
      ? 'Demo OK: the always-failing test is "failed" and the alternating one is "flaky", as planted.\n'
      : 'Demo FAILED: the planted failing and flaky tests were not both classified as expected.\n',
  );
  return caught ? 0 : 1;
}
