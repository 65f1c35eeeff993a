/**
 * Peak RSS while parsing a ~1 GB JUnit report, in a child process so nothing else counts towards it.
 * The report is realistic for its size: what makes real reports huge is output (every 10th test prints
 * ~40 KB to system-err), not millions of tiny testcases. Results go to the `onTest` callback, which keeps
 * counts only — holding every failure's 40 KB of details would measure the caller, not the parser.
 * Run: npx tsx bench/parse-memory.ts [--size-mb 1024]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseReportFile } from '../src/results/index.js';
import { writeJUnitReport } from './parse-report-generator.js';

const TARGET_RSS_MB = 256;

async function child(path: string): Promise<void> {
  const start = process.hrtime.bigint();
  let tests = 0;
  let failed = 0;
  await parseReportFile(path, {
    onTest: (test) => {
      tests++;
      if (test.outcome === 'failed') failed++;
    },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  // maxRSS is in KiB.
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ tests, failed, seconds, peakMb }));
}

async function main(): Promise<void> {
  const sizeFlag = process.argv.indexOf('--size-mb');
  const sizeMb = sizeFlag === -1 ? 1024 : Number(process.argv[sizeFlag + 1]);
  const dir = mkdtempSync(join(tmpdir(), 'shardproof-memory-'));
  try {
    const report = await writeJUnitReport(join(dir, 'huge.xml'), {
      targetBytes: sizeMb * 1024 * 1024,
      bigOutputEvery: 10,
      bigOutputChars: 40_000,
    });
    console.log(`report: ${(report.bytes / 1024 / 1024).toFixed(0)} MiB, ${report.testcases} testcases`);
    const output = execFileSync(
      process.execPath,
      [...process.execArgv, process.argv[1], '--child', report.path],
      {
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(output.trim().split('\n').pop()!) as {
      tests: number;
      failed: number;
      seconds: number;
      peakMb: number;
    };
    console.log(
      `parsed ${result.tests} tests (${result.failed} failed) in ${result.seconds.toFixed(1)} s ` +
        `(${(report.bytes / 1e6 / result.seconds).toFixed(0)} MB/s); peak RSS ${result.peakMb.toFixed(0)} MB ` +
        `(target <= ${TARGET_RSS_MB} MB: ${result.peakMb <= TARGET_RSS_MB ? 'met' : 'NOT met'})`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFlag = process.argv.indexOf('--child');
if (childFlag !== -1) await child(process.argv[childFlag + 1]);
else await main();
