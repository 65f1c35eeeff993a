/**
 * Shard quality, side by side on the same data: predicted makespan / lower bound for shardproof's LPT
 * and the splitters users have today; then the same plans scored under run-to-run noise.
 * Run: npx tsx bench/shard-quality.ts   (env: TRIALS=100, SEED=42, FRESH=1 draws per history, NS=2,4,8,16,32)
 */
import { createHash } from 'node:crypto';
import { estimateFromDurations, type Estimator } from '../src/plan/history.js';
import { lowerBound, shardLoads, type WeightedItem } from '../src/plan/partition.js';
import { strategies } from '../src/plan/strategies.js';
import { runSpreads } from '../src/plan/spread.js';
import { gaussian, jestByFile, prng, pulsarByClass, type BenchItem } from './shard-data.js';

const NS = (process.env.NS ?? '2,4,8,16,32').split(',').map(Number);
const lpt = strategies.lpt;
const byPath = (items: readonly BenchItem[]) =>
  items.map((_, i) => i).sort((a, b) => (items[a].key < items[b].key ? -1 : 1));

/** Jest/Vitest `--shard`: a hash of the path picks the shard; timings are ignored. */
function hashSlice(items: readonly BenchItem[], n: number): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  items.forEach((it, i) =>
    out[parseInt(createHash('sha1').update(it.key).digest('hex').slice(0, 8), 16) % n].push(i),
  );
  return out;
}

/** Count-based splitting: sorted paths dealt out one by one. */
function roundRobin(items: readonly BenchItem[], n: number): number[][] {
  const out: number[][] = Array.from({ length: n }, () => []);
  byPath(items).forEach((i, k) => out[k % n].push(i));
  return out;
}

/** pytest-split's duration_based_chunks: sorted paths cut into N contiguous runs of about total/N. */
function contiguousChunks(items: readonly BenchItem[], n: number): number[][] {
  const total = items.reduce((s, i) => s + i.seconds, 0);
  const out: number[][] = Array.from({ length: n }, () => []);
  let acc = 0;
  for (const i of byPath(items)) {
    const shard = Math.min(n - 1, Math.floor((acc / total) * n));
    out[shard].push(i);
    acc += items[i].seconds;
  }
  return out;
}

function makespan(items: readonly WeightedItem[], a: number[][]): number {
  return Math.max(...shardLoads(items, a));
}

function qualityTable(name: string, items: BenchItem[]): void {
  const total = items.reduce((s, i) => s + i.seconds, 0);
  console.log(`\n## ${name}: ${items.length} items, ${total.toFixed(0)} s — predicted makespan / LB`);
  console.log('   N        LB  LB kind   shardproof    hash  round-robin  contiguous');
  for (const n of NS) {
    const lb = lowerBound(items, n);
    const kind = lb > total / n + 1e-9 ? 'largest' : 'total/N';
    const r = (a: number[][]) => (makespan(items, a) / lb).toFixed(4);
    console.log(
      `${String(n).padStart(4)}  ${lb.toFixed(1).padStart(8)}  ${kind.padEnd(8)}  ${r(lpt.partition(items, n)).padStart(10)}  ` +
        `${r(hashSlice(items, n)).padStart(6)}  ${r(roundRobin(items, n)).padStart(11)}  ${r(contiguousChunks(items, n)).padStart(10)}`,
    );
  }
}

const SIGMA = 0.35;
const SAMPLES = 5;
const TRIALS = Number(process.env.TRIALS ?? 100);
const SEED = Number(process.env.SEED ?? 42);

/** A plan from each item's history; `spread` adds makePlan's noise-aware pass (spreads from spread.ts). */
const PLANS: { name: string; estimate: (samples: number[]) => number; spread?: boolean }[] = [
  { name: 'one sample', estimate: (s) => s[0] },
  { name: 'median of 5', estimate: (s) => estimateFromDurations(s, 'median') },
  { name: 'trimmed of 5', estimate: (s) => estimateFromDurations(s, 'trimmed-mean') },
  { name: 'mean of 5', estimate: (s) => estimateFromDurations(s, 'mean') },
  { name: 'p80 of 5', estimate: (s) => estimateFromDurations(s, { quantile: 0.8 } as Estimator) },
  { name: 'geo of 5', estimate: (s) => estimateFromDurations(s, 'geometric-mean') },
  { name: 'default', estimate: (s) => estimateFromDurations(s, 'geometric-mean'), spread: true },
];
const FRESH = Number(process.env.FRESH ?? 1);

/** Each item's run time is its true duration times exp(σ·Z): lognormal, median = the true duration. */
function noiseTable(name: string, items: BenchItem[]): void {
  console.log(
    `\n## ${name}: under noise (σ=${SIGMA}, ${SAMPLES} samples of history, ${TRIALS} trials, seed ${SEED})`,
  );
  console.log(
    `makespan on a fresh draw relative to the oracle plan (LPT on true durations); +x% = slower, ± one standard error` +
      (FRESH > 1 ? `; ${FRESH} fresh draws per history` : ''),
  );
  console.log(`'oracle+spread': the oracle's plan plus the noise-aware pass, told the true σ`);
  const columns = [...PLANS.map((p) => p.name), 'oracle+spread'];
  console.log(`   N  ${columns.map((c) => c.padStart(15)).join('')}`);
  for (const n of NS) {
    const random = prng(SEED + n);
    const draw = () => items.map((it) => it.seconds * Math.exp(SIGMA * gaussian(random)));
    const oracle = lpt.partition(items, n);
    const oracleSpread = lpt.partition(
      items.map((it) => ({ ...it, spread: SIGMA })),
      n,
    );
    const sums = columns.map(() => ({ sum: 0, squares: 0 }));
    for (let t = 0; t < TRIALS; t++) {
      const history = items.map(() => Array.from({ length: SAMPLES }, () => 0));
      for (let k = 0; k < SAMPLES; k++) draw().forEach((v, i) => (history[i][k] = v));
      const { spreads } = runSpreads(history);
      const plans = PLANS.map((p) => {
        const planned = items.map((it, i) => ({
          key: it.key,
          seconds: p.estimate(history[i]),
          spread: p.spread ? spreads[i] : undefined,
        }));
        return lpt.partition(planned, n);
      });
      plans.push(oracleSpread);
      const ratios = plans.map(() => 0);
      for (let f = 0; f < FRESH; f++) {
        const fresh = draw().map((seconds, i) => ({ key: items[i].key, seconds }));
        const base = makespan(fresh, oracle);
        plans.forEach((plan, k) => (ratios[k] += (makespan(fresh, plan) / base - 1) / FRESH));
      }
      ratios.forEach((r, k) => {
        sums[k].sum += r;
        sums[k].squares += r * r;
      });
    }
    const cell = ({ sum, squares }: { sum: number; squares: number }) => {
      const mean = sum / TRIALS;
      const error = Math.sqrt(Math.max(0, squares / TRIALS - mean * mean) / TRIALS);
      return `${(mean * 100).toFixed(1)}±${(error * 100).toFixed(1)}%`.padStart(15);
    };
    console.log(`${String(n).padStart(4)}  ${sums.map(cell).join('')}`);
  }
}

for (const [name, items] of [
  ['Jest (by file)', jestByFile()],
  ['Apache Pulsar (by class)', pulsarByClass()],
] as const) {
  qualityTable(name, items);
  noiseTable(name, items);
}
