/**
 * Planning speed: 10,000 files with 100,000 history entries (each file plus 9 tests, 10 durations each)
 * must plan in under 0.5 s in process. Run: npx tsx bench/shard-speed.ts
 */
import { performance } from 'node:perf_hooks';
import { makePlan } from '../src/plan/make-plan.js';
import { MAX_NOISE_AWARE_ITEMS } from '../src/plan/lpt.js';
import { parseHistory, serializeHistory, type TimingHistory } from '../src/plan/history.js';
import { prng } from './shard-data.js';

const FILES = 10_000;
const TESTS_PER_FILE = 9;
const random = prng(1);
const files: string[] = [];
const history: TimingHistory = { version: 1, items: {} };
for (let f = 0; f < FILES; f++) {
  const file = `packages/p${f % 40}/src/module${Math.floor(f / 40)}/feature${f}.test.ts`;
  files.push(file);
  // Heavy-tailed durations, like real suites: most files are quick, a few are slow.
  const base = 0.05 * Math.exp(3 * random());
  const durations = (scale: number) => Array.from({ length: 10 }, () => scale * (0.8 + 0.4 * random()));
  history.items[file] = { durations: durations(base * TESTS_PER_FILE), updated: '2025-01-01T00:00:00Z' };
  for (let t = 0; t < TESTS_PER_FILE; t++) {
    history.items[`${file}::suite::test ${t}`] = {
      durations: durations(base),
      updated: '2025-01-01T00:00:00Z',
    };
  }
}
// A monorepo prefix on a tenth of the history keys exercises the suffix matcher too.
for (const key of Object.keys(history.items).filter((_, i) => i % 100 === 0 && !_.includes('::'))) {
  history.items[`/home/runner/work/r/r/${key}`] = history.items[key];
  delete history.items[key];
}
const entries = Object.keys(history.items).length;

function time(label: string, run: () => unknown): void {
  run(); // warm-up: the first call pays for JIT compilation, a CI run pays it once too
  const runs = 5;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (let i = 0; i < runs; i++) run();
  const wall = (performance.now() - start) / runs / 1000;
  const cpuUsed = process.cpuUsage(cpu0);
  // CPU time is what planning costs whatever else runs on this shared machine; wall time is what a user waits.
  const cpu = (cpuUsed.user + cpuUsed.system) / runs / 1e6;
  console.log(`${label}: ${wall.toFixed(3)} s wall, ${cpu.toFixed(3)} s CPU`);
}

console.log(`${FILES} files, ${entries} history entries`);
const text = serializeHistory(history);
console.log(`history JSON: ${(text.length / 1e6).toFixed(1)} MB`);
time('parse history', () => parseHistory(text, 'bench'));
for (const shards of [8, 32, 256] as const) {
  time(`makePlan N=${shards}`, () => makePlan({ suites: [{ name: 'default', files, shards }], history }));
}
time('makePlan N=auto (10 min target)', () => makePlan({ suites: [{ name: 'default', files }], history }));
time('makePlan N=32 split-slow-files', () =>
  makePlan({
    suites: [{ name: 'default', files, shards: 32, framework: 'pytest' }],
    history,
    settings: { splitSlowFiles: true },
  }),
);
// The noise-aware pass runs up to MAX_NOISE_AWARE_ITEMS items (skipped above): time it at that size.
const some = files.slice(0, MAX_NOISE_AWARE_ITEMS);
for (const shards of [4, 16, 64] as const) {
  time(`makePlan ${some.length} files N=${shards} (noise-aware pass)`, () =>
    makePlan({ suites: [{ name: 'default', files: some, shards }], history }),
  );
}
const cold = performance.now();
const plan = makePlan({ suites: [{ name: 'default', files, shards: 32 }], history });
console.log(
  `check: quality ${plan.suites[0].quality.toFixed(4)}, match rate ${(plan.totals.matchRate * 100).toFixed(1)}%`,
);
console.log(`(one more N=32 plan: ${((performance.now() - cold) / 1000).toFixed(3)} s)`);
