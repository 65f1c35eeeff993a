/**
 * Bench data for the shard benchmarks: a tiny JUnit extractor (good enough for the two shared reports;
 * the real parsers live in src/results) and a seeded PRNG so every run prints the same numbers.
 */
import { readFileSync } from 'node:fs';

export interface BenchItem {
  key: string;
  seconds: number;
}

const BENCH_DIR = new URL('./data', import.meta.url).pathname;

function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** Jest's own suite: one item per file-level <testsuite>, its time the sum of its testcases. */
export function jestByFile(): BenchItem[] {
  const xml = readFileSync(`${BENCH_DIR}/jest-own-suite.junit.xml`, 'utf8');
  const items = new Map<string, number>();
  let current = '';
  for (const m of xml.matchAll(/<(testsuite|testcase)\s[^>]*>/g)) {
    if (m[1] === 'testsuite') current = attr(m[0], 'name') ?? '';
    else items.set(current, (items.get(current) ?? 0) + Number(attr(m[0], 'time') ?? 0));
  }
  return [...items].map(([key, seconds]) => ({ key, seconds }));
}

/** Apache Pulsar: one item per test class (`classname`), its time the sum of its testcases. */
export function pulsarByClass(): BenchItem[] {
  const xml = readFileSync(`${BENCH_DIR}/apache-pulsar.junit.xml`, 'utf8');
  const items = new Map<string, number>();
  for (const m of xml.matchAll(/<testcase\s[^>]*>/g)) {
    const key = attr(m[0], 'classname') ?? '';
    items.set(key, (items.get(key) ?? 0) + Number(attr(m[0], 'time') ?? 0));
  }
  return [...items].map(([key, seconds]) => ({ key, seconds }));
}

/** The plan's own seeded generator (mulberry32), so bench draws and plan draws use one implementation. */
export { mulberry32 as prng } from '../src/plan/seeded-random.js';

/** Standard normal via Box–Muller. */
export function gaussian(random: () => number): number {
  const u = 1 - random();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
