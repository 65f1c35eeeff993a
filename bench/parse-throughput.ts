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

const ROUNDS = 7;

interface Sample {
  wall: number;
  cpu: number;
  count: number;
}

/** One timed call: wall clock and the process's CPU time (user + system), both in seconds. */
async function measure(run: () => Promise<number>): Promise<Sample> {
  const cpu0 = process.cpuUsage();
  const wall0 = process.hrtime.bigint();
  const count = await run();
  const wall = Number(process.hrtime.bigint() - wall0) / 1e9;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1e6, count };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const dir = mkdtempSync(join(tmpdir(), 'shardproof-bench-'));
try {
  const report = await writeJUnitReport(join(dir, 'report.xml'), { testcases: 200_000 });
  const megabytes = report.bytes / 1e6;
  const text = readFileSync(report.path, 'utf8');
  console.log(
    `report: ${report.testcases} testcases, ${megabytes.toFixed(1)} MB; ${ROUNDS} interleaved rounds`,
  );

  const contenders = {
    disk: async () => (await parseReportFile(report.path)).tests.length,
    memory: async () => parseReportText(text, 'report.xml').tests.length,
    xml2js: async () => {
      const doc = (await parseStringPromise(text)) as {
        testsuites: { testsuite: { testcase: unknown[] }[] };
      };
      return doc.testsuites.testsuite[0].testcase.length;
    },
  };
  // Interleaving puts each round of ours next to a round of xml2js, so a burst of load on this shared
  // machine hits both; CPU time is what the parsers spend, whatever else competes for the cores.
  const samples: Record<keyof typeof contenders, Sample[]> = { disk: [], memory: [], xml2js: [] };
  for (let round = 0; round < ROUNDS; round++) {
    for (const name of Object.keys(contenders) as (keyof typeof contenders)[]) {
      samples[name].push(await measure(contenders[name]));
    }
  }
  for (const [name, list] of Object.entries(samples)) {
    const wall = median(list.map((s) => s.wall));
    const cpu = median(list.map((s) => s.cpu));
    console.log(
      `${name.padEnd(7)} median wall ${wall.toFixed(3)} s (${(megabytes / wall).toFixed(1)} MB/s), ` +
        `median CPU ${cpu.toFixed(3)} s (${(megabytes / cpu).toFixed(1)} MB/s per CPU-second), ${list[0].count} testcases`,
    );
  }
  const pairRatios = (ours: Sample[], key: 'wall' | 'cpu') =>
    median(ours.map((s, i) => samples.xml2js[i][key] / s[key]));
  const memoryCpu = pairRatios(samples.memory, 'cpu');
  const diskCpu = pairRatios(samples.disk, 'cpu');
  const memoryWall = pairRatios(samples.memory, 'wall');
  const diskWall = pairRatios(samples.disk, 'wall');
  console.log(
    `ratio vs xml2js, median of paired rounds, CPU time: in memory ${memoryCpu.toFixed(1)}x, from disk ${diskCpu.toFixed(1)}x`,
  );
  console.log(
    `ratio vs xml2js, median of paired rounds, wall time: in memory ${memoryWall.toFixed(1)}x, from disk ${diskWall.toFixed(1)}x`,
  );
  const rate = megabytes / median(samples.memory.map((s) => s.wall));
  console.log(`targets: >= 8x and >= 50 MB/s -> ${memoryCpu >= 8 && rate >= 50 ? 'met' : 'NOT met'}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
