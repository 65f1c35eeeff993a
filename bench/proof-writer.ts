/**
 * Writing a large proof folder: results.json and records.jsonl streamed a test at a time (ours) against one
 * JSON.stringify of the whole value per file (what the run step did before). Each variant runs in its own
 * child process that builds the same verdict first, so the difference in peak RSS between a child that
 * writes and one that only builds is what writing costs.
 * Run: npx tsx bench/proof-writer.ts [--tests 200000] [--runs 2]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RECORDS_FILE } from '../src/proof/proof-format.js';
import { writeRecordsFile } from '../src/proof/records-file.js';
import { writeResultsFile } from '../src/proof/write-proof.js';
import type { TestResult } from '../src/results/model.js';
import { classifyRuns } from '../src/verdict/classify-runs.js';
import type { RunRecord } from '../src/verdict/run-record.js';

type Variant = 'build-only' | 'streamed' | 'stringify';

function records(tests: number, runs: number): RunRecord[] {
  const stack = 'Error: expected 200 got 500\n' + '    at handler (src/server/routes.ts:120:11)\n'.repeat(80);
  return Array.from({ length: runs }, (_, r) => ({
    run: r + 1,
    exitCode: 1,
    timedOut: false,
    reportMissing: false,
    wallMs: 1000,
    tests: Array.from({ length: tests }, (_, i): TestResult => {
      const failed = (i + r) % 20 === 0;
      return {
        id: `tests/module_${i % 500}/test_file_${i % 4000}.py::TestClass::test_case_${i}`,
        file: `tests/module_${i % 500}/test_file_${i % 4000}.py`,
        suite: 'TestClass',
        name: `test_case_${i}`,
        outcome: failed ? 'failed' : 'passed',
        duration: (i % 97) / 100,
        ...(failed ? { message: 'expected 200 got 500', details: stack } : {}),
      };
    }),
  }));
}

async function child(variant: Variant, dir: string, tests: number, runs: number): Promise<void> {
  const built = records(tests, runs);
  const verdict = classifyRuns(built);
  const start = process.hrtime.bigint();
  const results = join(dir, `results-${variant}.json`);
  const jsonl = join(dir, `records-${variant}.jsonl`);
  if (variant === 'streamed') {
    await writeResultsFile(results, 'pytest', verdict, 'sentence');
    await writeRecordsFile(jsonl, built);
  } else if (variant === 'stringify') {
    const value = {
      version: 1,
      framework: 'pytest',
      counts: verdict.counts,
      confidence: 'sentence',
      runs: verdict.runs,
      runFailures: verdict.runFailures,
      tests: verdict.tests,
    };
    writeFileSync(results, `${JSON.stringify(value, null, 2)}\n`);
    const lines = built.flatMap(({ tests: t, reruns: _r, ...run }) => [
      JSON.stringify({ type: 'run', ...run }),
      ...t.map((test) => JSON.stringify({ type: 'test', run: run.run, ...test })),
    ]);
    writeFileSync(jsonl, `${lines.join('\n')}\n`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const bytes = variant === 'build-only' ? 0 : statSync(results).size + statSync(jsonl).size;
  console.log(JSON.stringify({ variant, seconds, bytes, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function main(): Promise<void> {
  const tests = flag('--tests', 200_000);
  const runs = flag('--runs', 2);
  const dir = mkdtempSync(join(tmpdir(), 'shardproof-proof-bench-'));
  try {
    const measure = (variant: Variant) =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [...process.execArgv, process.argv[1], '--child', variant, dir, String(tests), String(runs)],
          {
            encoding: 'utf8',
            maxBuffer: 1 << 20,
          },
        )
          .trim()
          .split('\n')
          .pop()!,
      ) as { variant: Variant; seconds: number; bytes: number; peakMb: number };
    // Interleaved, twice each; the lower peak of each variant counts (other processes never lower a peak).
    const rounds = [0, 1].flatMap(() => (['build-only', 'streamed', 'stringify'] as const).map(measure));
    const best = (v: Variant) => rounds.filter((r) => r.variant === v).sort((a, b) => a.peakMb - b.peakMb)[0];
    const base = best('build-only');
    const streamed = best('streamed');
    const whole = best('stringify');
    const extra = (r: typeof base) => Math.max(0, r.peakMb - base.peakMb);
    console.log(
      `${tests} tests × ${runs} runs; ${(streamed.bytes / 2 ** 20).toFixed(0)} MiB of results.json + ${RECORDS_FILE}`,
    );
    console.log(`building the verdict alone: peak RSS ${base.peakMb.toFixed(0)} MB`);
    console.log(
      `streamed:       +${extra(streamed).toFixed(0)} MB peak RSS, ${streamed.seconds.toFixed(2)} s`,
    );
    console.log(`JSON.stringify: +${extra(whole).toFixed(0)} MB peak RSS, ${whole.seconds.toFixed(2)} s`);
    console.log(
      `writing costs ${(extra(whole) / Math.max(extra(streamed), 1)).toFixed(1)}× less memory streamed ` +
        `(floor 1 MB), at ${(streamed.seconds / whole.seconds).toFixed(2)}× the time`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFlag = process.argv.indexOf('--child');
if (childFlag !== -1) {
  const [variant, dir, tests, runs] = process.argv.slice(childFlag + 1);
  await child(variant as Variant, dir, Number(tests), Number(runs));
} else await main();
