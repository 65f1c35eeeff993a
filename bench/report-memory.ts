/**
 * Peak RSS of the run step's parse → classify path for a 2,000,000-test JUnit report (~137 MB of passing
 * tests, the issue-8 reproduction), in a child process so nothing else counts towards it.
 * Run: npx tsx bench/report-memory.ts [--tests 2000000] [--runs 1]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writePassingReport } from './passing-report.js';
import { classifyReports } from '../src/verdict/classify-reports.js';
import { everyTest } from '../src/verdict/verdict-builder.js';

const TARGET_RSS_MB = 512;

async function child(path: string, runs: number): Promise<void> {
  const start = process.hrtime.bigint();
  const verdict = await classifyReports(Array.from({ length: runs }, () => [path]));
  // What results.json costs: every verdict serialised, one at a time, as a streaming writer would.
  let bytes = 0;
  for (const test of everyTest(verdict)) bytes += JSON.stringify(test).length + 1;
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in KiB.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ counts: verdict.counts, seconds, peakMb, bytes }));
}

async function main(): Promise<void> {
  const flag = (name: string, fallback: number) => {
    const at = process.argv.indexOf(name);
    return at === -1 ? fallback : Number(process.argv[at + 1]);
  };
  const tests = flag('--tests', 2_000_000);
  const runs = flag('--runs', 1);
  const dir = mkdtempSync(join(tmpdir(), 'shardproof-report-memory-'));
  try {
    const path = join(dir, 'report.xml');
    await writePassingReport(path, tests);
    console.log(
      `report: ${(statSync(path).size / 1e6).toFixed(0)} MB, ${tests} passing tests, ${runs} run(s)`,
    );
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1], '--child', path, String(runs)],
      { encoding: 'utf8', maxBuffer: 1 << 20 },
    );
    const result = JSON.parse(output.trim().split('\n').pop()!) as {
      counts: { total: number; passed: number };
      seconds: number;
      peakMb: number;
    };
    console.log(
      `parsed and classified ${result.counts.total} tests (${result.counts.passed} passed) in ` +
        `${result.seconds.toFixed(1)} s; peak RSS ${result.peakMb.toFixed(0)} MB ` +
        `(target <= ${TARGET_RSS_MB} MB: ${result.peakMb <= TARGET_RSS_MB ? 'met' : 'NOT met'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFlag = process.argv.indexOf('--child');
if (childFlag !== -1) await child(process.argv[childFlag + 1], Number(process.argv[childFlag + 2]));
else await main();
