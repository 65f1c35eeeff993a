import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RunCounts, VerdictCounts } from '../../src/verdict/verdict.js';

export interface ProofResults {
  counts: VerdictCounts;
  tests: { id: string; name: string; file?: string; class: string; pattern: string }[];
}

export const readProofResults = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as ProofResults;

export interface ManifestRun {
  run: number;
  rerun: number | null;
  argv: string[] | null;
  counts: RunCounts | null;
}

export function readManifest(proofDir: string): { command: string[]; runs: ManifestRun[] } {
  return JSON.parse(readFileSync(join(proofDir, 'manifest.json'), 'utf8'));
}

/** A run's log with colour codes removed, for reading the framework's own summary lines. */
export function plainLog(proofDir: string, name: string): string {
  // eslint-disable-next-line no-control-regex
  return readFileSync(join(proofDir, name), 'utf8').replace(/\u001b\[[0-9;]*m/g, '');
}

/** The numbers in a summary line such as jest's `Tests:  1 failed, 1 skipped, 10 passed, 12 total` or
 * vitest's `Tests  2 failed | 8 passed | 1 skipped (11)` (the total in parentheses). */
export function summaryCounts(line: string): Record<string, number> {
  const counts: Record<string, number> = {};
  const total = /\((\d+)\)\s*$/.exec(line);
  if (total) counts.total = Number(total[1]);
  for (const match of line.matchAll(/(\d+) (failed|passed|skipped|todo|total|flaky)/g)) {
    counts[match[2]] = Number(match[1]);
  }
  return counts;
}

/** Testcase names in a JUnit report that ran (neither skipped nor absent). */
export function ranTestcases(xml: string): string[] {
  const names: string[] = [];
  for (const match of xml.matchAll(/<testcase\b[^>]*\bname="([^"]*)"[^>]*?(\/>|>([\s\S]*?)<\/testcase>)/g)) {
    if (!/<skipped/.test(match[3] ?? '')) names.push(match[1]);
  }
  return names;
}
