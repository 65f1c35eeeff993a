import { estimateFromDurations, quantile, type Estimator, type TimingHistory } from './history.js';
import { compareStrings } from './discover.js';
import { matchFiles } from './history-match.js';

export const DEFAULT_ITEM_SECONDS = 1;

export type EstimateSource = 'history' | 'directory' | 'global' | 'default';

export interface FileEstimate {
  file: string;
  seconds: number;
  source: EstimateSource;
  /** The history key the estimate came from, when it came from history. */
  historyKey?: string;
  /**
   * Test selectors with their own history (`historyKey::test` entries), for splitting slow files.
   * Estimated only when a file is split: 100,000 per-test entries would otherwise dominate planning time.
   */
  tests: string[];
}

export interface EstimateOptions {
  estimator?: Estimator;
  /** For a new file when nothing else is known; default 1 s. */
  defaultSeconds?: number;
}

export interface Estimates {
  files: FileEstimate[];
  /** Discovered files with history / discovered files; 1 when there are none. */
  matchRate: number;
}

/** Groups history keys by file: `file` → its own entry key, `file::test` → test entries. */
function indexHistory(history: TimingHistory): Map<string, { tests: string[] }> {
  const index = new Map<string, { tests: string[] }>();
  for (const key of Object.keys(history.items)) {
    const sep = key.indexOf('::');
    const file = sep < 0 ? key : key.slice(0, sep);
    let entry = index.get(file);
    if (!entry) index.set(file, (entry = { tests: [] }));
    if (sep >= 0) entry.tests.push(key.slice(sep + 2));
  }
  return index;
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '' : p.slice(0, i);
}

/**
 * Estimates each discovered file. A file without history gets the median of its directory's files
 * (tests in one folder tend to be alike), else the median of all known files, else the default.
 */
export function estimateFiles(
  files: readonly string[],
  history: TimingHistory,
  options: EstimateOptions = {},
): Estimates {
  const estimator = options.estimator ?? 'geometric-mean';
  const index = indexHistory(history);
  const withOwnEntry = [...index.keys()].filter((f) => history.items[f] !== undefined);
  const matches = matchFiles(files, withOwnEntry);
  const known = new Map<string, FileEstimate>();
  const byDir = new Map<string, number[]>();
  for (const file of files) {
    const key = matches.get(file);
    if (key === undefined) continue;
    const seconds = estimateFromDurations(history.items[key].durations, estimator);
    known.set(file, { file, seconds, source: 'history', historyKey: key, tests: index.get(key)!.tests });
    const list = byDir.get(dirname(file));
    if (list) list.push(seconds);
    else byDir.set(dirname(file), [seconds]);
  }
  const all = [...known.values()].map((e) => e.seconds);
  const globalMedian = all.length > 0 ? quantile(all, 0.5) : undefined;
  const result = files.map((file): FileEstimate => {
    const hit = known.get(file);
    if (hit) return hit;
    const dir = byDir.get(dirname(file));
    if (dir) return { file, seconds: quantile(dir, 0.5), source: 'directory', tests: [] };
    if (globalMedian !== undefined) return { file, seconds: globalMedian, source: 'global', tests: [] };
    return { file, seconds: options.defaultSeconds ?? DEFAULT_ITEM_SECONDS, source: 'default', tests: [] };
  });
  return { files: result, matchRate: files.length === 0 ? 1 : known.size / files.length };
}

/** Per-test estimates of one file, sorted by selector. */
export function estimateTests(
  file: FileEstimate,
  history: TimingHistory,
  estimator: Estimator = 'geometric-mean',
): { test: string; seconds: number }[] {
  return [...file.tests].sort(compareStrings).map((test) => ({
    test,
    seconds: estimateFromDurations(history.items[`${file.historyKey}::${test}`].durations, estimator),
  }));
}
