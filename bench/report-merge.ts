/**
 * The report job over 32 shards × 5 run slots of a 20,000-test suite: 160 proof folders in the local artifact
 * layout, each a records.jsonl of one run (~625 tests; 2% of tests flaky in some slot, with a message and a
 * stack) and its manifest. Two child processes, so each peak RSS is its own:
 * - `read`: list, download (the local twin copies) and stream every proof's records back: the inputs alone;
 * - `report`: the whole report step in process with the local twins: the same reading, plus completeness
 *   against the plan, the merged verdict, the timing history, results/CTRF/JUnit and the summary.
 * Run: npx tsx bench/report-merge.ts [--tests 20000] [--shards 32] [--slots 5]
 */
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyHistory, makePlan, writePlan } from '../src/plan/index.js';
import { localServices } from '../src/platform/services.js';
import { proofArtifactName } from '../src/proof/artifact-name.js';
import { gatherProofs } from '../src/steps/gather-proofs.js';
import { reportStep } from '../src/steps/report-step.js';
import { stepMain } from '../src/steps/step-main.js';

const TESTS_PER_FILE = 10;

function flag(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
}

async function writeRecords(path: string, lines: Iterable<string>): Promise<string> {
  const hash = createHash('sha256');
  const out = createWriteStream(path);
  for (const line of lines) {
    hash.update(line);
    if (!out.write(line)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return hash.digest('hex');
}

// Every 50th test fails in one slot of five: flaky across the merged runs.
function fails(file: string, t: number, slot: number): boolean {
  const n = file.length * 31 + t;
  return n % 50 === 0 && n % 5 === slot - 1;
}

function* shardLines(files: readonly string[], slot: number): Generator<string> {
  const exitCode = files.some((f) =>
    Array.from({ length: TESTS_PER_FILE }, (_, t) => t).some((t) => fails(f, t, slot)),
  )
    ? 1
    : 0;
  yield `${JSON.stringify({ type: 'run', run: slot, exitCode, timedOut: false, reportMissing: false, wallMs: 60_000 })}\n`;
  for (const file of files) {
    for (let t = 0; t < TESTS_PER_FILE; t++) {
      const name = `test_case_${t}[param-${t * 7}]`;
      const n = file.length * 31 + t;
      const failed = fails(file, t, slot);
      const line = {
        type: 'test',
        run: slot,
        id: `${file}::TestSuite::${name}`,
        file,
        suite: 'TestSuite',
        name,
        outcome: failed ? 'failed' : 'passed',
        duration: 0.05 + (n % 17) / 100,
        line: 10 + t * 12,
        ...(failed
          ? { message: 'AssertionError: expected 200, got 503', details: 'Traceback:\n'.repeat(40) }
          : {}),
      };
      yield `${JSON.stringify(line)}\n`;
    }
  }
}

async function generate(root: string, tests: number, shards: number, slots: number): Promise<void> {
  const files = Array.from(
    { length: Math.ceil(tests / TESTS_PER_FILE) },
    (_, i) => `tests/pkg${i % 40}/test_mod_${i}.py`,
  );
  const plan = makePlan({
    suites: [{ name: 'default', files, shards }],
    history: emptyHistory(),
    settings: { shards },
  });
  await writePlan(join(root, 'plan.json'), plan);
  for (const shard of plan.suites[0].shards) {
    for (let slot = 1; slot <= slots; slot++) {
      const identity = {
        suite: 'default',
        shard: { index: shard.shard, total: shards },
        runSlot: slot,
        attempt: 1,
      };
      const name = proofArtifactName('shardproof-proof', identity);
      const dir = join(root, 'state', 'artifacts', name);
      mkdirSync(dir, { recursive: true });
      const sha256 = await writeRecords(
        join(dir, 'records.jsonl'),
        shardLines(
          shard.items.map((i) => i.file),
          slot,
        ),
      );
      const manifest = {
        version: 1,
        runs: [{ run: slot, rerun: null, wallMs: 60_000 }],
        files: [{ path: 'records.jsonl', sha256 }],
        proof: { ...identity, framework: 'pytest', planHash: plan.hash, runSlots: slots, artifactName: name },
      };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    }
  }
}

async function child(mode: string, root: string): Promise<void> {
  const env = { SHARDPROOF_STATE_DIR: join(root, 'state') };
  const started = process.hrtime.bigint();
  let tests = 0;
  if (mode === 'read') {
    const { proofs } = await gatherProofs(
      localServices({}, env).artifacts,
      'shardproof-proof',
      join(root, 'read'),
      () => {},
    );
    for (const p of proofs) for (const r of p.records) tests += r.tests.length;
  } else {
    const services = localServices(
      { 'plan-file': join(root, 'plan.json'), 'output-dir': join(root, 'report'), 'fail-on-flaky': 'false' },
      env,
    );
    (services.io as unknown as { write: (line: string) => void }).write = () => {};
    await stepMain(services.io, () => reportStep(services));
    if (services.io.failure) throw new Error(services.io.failure);
    tests = Number(services.io.outputs.passed) + Number(services.io.outputs.flaky);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(JSON.stringify({ mode, tests, seconds, peakMb: process.resourceUsage().maxRSS / 1024 }));
}

async function main(): Promise<void> {
  const tests = flag('tests', 20_000);
  const shards = flag('shards', 32);
  const slots = flag('slots', 5);
  const root = mkdtempSync(join(tmpdir(), 'shardproof-report-bench-'));
  try {
    await generate(root, tests, shards, slots);
    console.log(
      `${shards} shards × ${slots} run slots of a ${tests}-test suite: ${shards * slots} proofs, ${tests * slots} test results`,
    );
    const run = (mode: string) =>
      JSON.parse(
        execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--child', mode, root], {
          encoding: 'utf8',
        })
          .trim()
          .split('\n')
          .pop()!,
      ) as { tests: number; seconds: number; peakMb: number };
    const read = run('read');
    const report = run('report');
    console.log(
      `read the inputs alone: ${read.seconds.toFixed(2)} s, peak RSS ${read.peakMb.toFixed(0)} MB (${read.tests} results)`,
    );
    console.log(
      `whole report step:     ${report.seconds.toFixed(2)} s, peak RSS ${report.peakMb.toFixed(0)} MB (${report.tests} tests passed or flaky)`,
    );
    console.log(
      `ratio report / read: time ${(report.seconds / read.seconds).toFixed(2)}×, peak memory ${(report.peakMb / read.peakMb).toFixed(2)}×`,
    );
  } finally {
    if (process.env.KEEP) console.log(`kept ${root}`);
    else rmSync(root, { recursive: true, force: true });
  }
}

const childFlag = process.argv.indexOf('--child');
if (childFlag !== -1) await child(process.argv[childFlag + 1], process.argv[childFlag + 2]);
else await main();
