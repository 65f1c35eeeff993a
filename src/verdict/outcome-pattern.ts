import type { TestResult } from '../results/model.js';

/**
 * A test's pattern has one cell per run, in run order, with no separator between runs:
 *   ✓ passed   ✗ failed or errored   – skipped   · absent from that run (or the run had no report)
 *   ⟲ passed, but only after the test framework retried a failure within the run (counts as flaky evidence)
 *   ↻ shardproof reran the run's failed tests; the outcome of each rerun follows the arrow.
 * So `✓✗↻✓✓` is three runs: passed; failed then passed on rerun; passed. A run cell always starts with
 * one of ✓ ✗ – · ⟲, and every ↻ belongs to the cell before it, so patterns read unambiguously.
 */
export const PATTERN_SYMBOLS = {
  passed: '✓',
  failed: '✗',
  skipped: '–',
  absent: '·',
  retriedPass: '⟲',
  rerun: '↻',
} as const;

const LEGEND: ReadonlyArray<[string, string]> = [
  [PATTERN_SYMBOLS.passed, 'passed'],
  [PATTERN_SYMBOLS.failed, 'failed'],
  [PATTERN_SYMBOLS.skipped, 'skipped'],
  [PATTERN_SYMBOLS.absent, 'absent'],
  [PATTERN_SYMBOLS.retriedPass, 'passed after a framework retry'],
  [PATTERN_SYMBOLS.rerun, 'rerun of failed tests'],
];

export function outcomeSymbol(result: TestResult): string {
  switch (result.outcome) {
    case 'passed':
      return (result.retriedFailures ?? 0) > 0 ? PATTERN_SYMBOLS.retriedPass : PATTERN_SYMBOLS.passed;
    case 'failed':
    case 'error':
      return PATTERN_SYMBOLS.failed;
    case 'skipped':
      return PATTERN_SYMBOLS.skipped;
  }
}

/** The cell of one run: its main result (or absence) followed by `↻` and each rerun's result. */
export function runCell(main: TestResult | undefined, reruns: readonly TestResult[]): string {
  let cell = main === undefined ? PATTERN_SYMBOLS.absent : outcomeSymbol(main);
  for (const rerun of reruns) cell += PATTERN_SYMBOLS.rerun + outcomeSymbol(rerun);
  return cell;
}

/** The legend for the symbols that occur in `patterns` (all of them when none is given). */
export function patternLegend(...patterns: string[]): string {
  const used = patterns.length === 0 ? LEGEND : LEGEND.filter(([s]) => patterns.some((p) => p.includes(s)));
  return used.map(([symbol, meaning]) => `${symbol} ${meaning}`).join(', ');
}
