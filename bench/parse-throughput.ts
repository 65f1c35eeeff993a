/**
 * Throughput of our streaming JUnit parser against xml2js (a typical DOM-building parser) on the same
 * generated 200k-testcase report, measured in one run. Run: npx tsx bench/parse-throughput.ts
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseStringPromise } from 'xml2js';
import { parseReportFile, parseReportText } from '../src/results/index.js';
import { writeJUnitReport } from './parse-report-generator.js';

const ROUNDS = 5;

async function best(label: string, run: () => Promise<number>, megabytes: number): Promise<number> {
  let fastest = Infinity;
  let count = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    count = await run();
    fastest = Math.min(fastest, Number(process.hrtime.bigint() - start) / 1e9);
  }
  const rate = megabytes / fastest;
  console.log(
    `${label.padEnd(34)} ${fastest.toFixed(3)} s  ${rate.toFixed(1).padStart(7)} MB/s  (${count} testcases)`,
  );
  return rate;
}

const dir = mkdtempSync(join(tmpdir(), 'shardproof-bench-'));
try {
  const report = await writeJUnitReport(join(dir, 'report.xml'), { testcases: 200_000 });
  const megabytes = report.bytes / 1e6;
  console.log(`report: ${report.testcases} testcases, ${megabytes.toFixed(1)} MB, best of ${ROUNDS}`);
  const text = readFileSync(report.path, 'utf8');

  const fromFile = await best(
    'shardproof parseReportFile (disk)',
    async () => (await parseReportFile(report.path)).tests.length,
    megabytes,
  );
  const ours = await best(
    'shardproof parseReportText',
    async () => parseReportText(text, 'report.xml').tests.length,
    megabytes,
  );
  const theirs = await best(
    'xml2js parseStringPromise',
    async () => {
      const doc = (await parseStringPromise(text)) as {
        testsuites: { testsuite: { testcase: unknown[] }[] };
      };
      return doc.testsuites.testsuite[0].testcase.length;
    },
    megabytes,
  );
  console.log(
    `ratio (in memory): ${(ours / theirs).toFixed(1)}x faster than xml2js; from disk: ${(fromFile / theirs).toFixed(1)}x`,
  );
  console.log(`targets: >= 8x and >= 50 MB/s -> ${ours / theirs >= 8 && ours >= 50 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
