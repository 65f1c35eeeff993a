import type { TestResult } from '../results/model.js';
import { matchFiles } from './history-match.js';
import { emptyHistory, recordRun, withMemoryOf, type HistoryEntry, type TimingHistory } from './history.js';

/** One merged run's measurements: every shard's results of that run, and the files' own times. */
export interface MeasuredRun {
  tests: readonly TestResult[];
  fileSeconds?: ReadonlyMap<string, number>;
  /** false: `tests` are per-file sums (a run too large to keep each test's time), recorded as files only. */
  perTest?: boolean;
}

/** Appends this workflow run's measurements, one entry per merged run, keeping the last `keep` per item. */
export function appendMeasuredRuns(
  history: TimingHistory,
  runs: readonly MeasuredRun[],
  options: { now: string; keep: number },
): TimingHistory {
  // Each run's sums on their own (recordRun on an empty history), appended to one copy of the stored history:
  // recordRun on the whole history would copy its 40,000 items once per run.
  const added = new Map<string, number[]>();
  for (const run of runs) {
    const measured = recordRun(emptyHistory(), run.tests, {
      now: options.now,
      fileSeconds: run.fileSeconds,
      tests: run.perTest !== false,
    });
    for (const key in measured.items) {
      const list = added.get(key);
      if (list) list.push(...measured.items[key].durations);
      else added.set(key, [...measured.items[key].durations]);
    }
  }
  const items: Record<string, HistoryEntry> = { ...history.items };
  for (const [key, durations] of added) {
    const previous = items[key]?.durations ?? [];
    items[key] = { durations: [...previous, ...durations].slice(-options.keep), updated: options.now };
  }
  return withMemoryOf(history, items);
}

function fileOf(key: string): string {
  const sep = key.indexOf('::');
  return sep < 0 ? key : key.slice(0, sep);
}

/**
 * Drops items whose file no longer exists: the plan's discovered files are the suite as it is now. A history
 * key is kept when it is the key the plan would match to a discovered file (exact or unambiguous suffix).
 */
export function pruneToFiles(history: TimingHistory, files: readonly string[]): TimingHistory {
  const historyFiles = [...new Set(Object.keys(history.items).map(fileOf))];
  const kept = new Set(matchFiles(files, historyFiles).values());
  const items: Record<string, HistoryEntry> = {};
  for (const [key, entry] of Object.entries(history.items)) if (kept.has(fileOf(key))) items[key] = entry;
  return withMemoryOf(history, items);
}
