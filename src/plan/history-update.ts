import type { TestResult } from '../results/model.js';
import { matchFiles } from './history-match.js';
import { recordRun, type HistoryEntry, type TimingHistory } from './history.js';

/** One merged run's measurements: every shard's results of that run, and the files' own times. */
export interface MeasuredRun {
  tests: readonly TestResult[];
  fileSeconds?: ReadonlyMap<string, number>;
}

/** Appends this workflow run's measurements, one entry per merged run, keeping the last `keep` per item. */
export function appendMeasuredRuns(
  history: TimingHistory,
  runs: readonly MeasuredRun[],
  options: { now: string; keep: number },
): TimingHistory {
  let updated = history;
  for (const run of runs) {
    updated = recordRun(updated, run.tests, {
      now: options.now,
      keep: options.keep,
      fileSeconds: run.fileSeconds,
    });
  }
  return updated;
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
  return { version: history.version, items };
}
