import { readFile, stat } from 'node:fs/promises';
import type { ParsedReport } from '../results/model.js';
import type { TimingStore } from '../platform/types.js';
import { UserError } from '../inputs/user-error.js';
import { outsideProblem } from '../platform/confined-path.js';
import { emptyHistory, parseHistory, recordRun, withMemoryRecords, type TimingHistory } from './history.js';
import { assertHistorySize } from './history-shape.js';

/**
 * Where timings come from: the cache shardproof keeps (default), a committed `timings-file`,
 * or test reports from an earlier run. Each loader returns a TimingHistory; they can be merged.
 */

/** The cached history; a missing or unreadable cache is not an error (the first run has none). */
export async function loadHistoryFromStore(
  store: TimingStore,
  warn: (message: string) => void = () => {},
): Promise<TimingHistory> {
  const content = await store.load();
  if (content === undefined) return emptyHistory();
  try {
    return parseHistory(content, 'from the cache', warn);
  } catch (e) {
    // A corrupt cache must not fail the build: plan without it and the next run will save a good one.
    warn(`${(e as Error).message} Planning without it.`);
    return emptyHistory();
  }
}

/**
 * A committed timings file: here a problem is the user's to fix, so it is a UserError naming the input.
 * Its real path must be inside `roots` (the workspace): a link to /proc/self/environ is refused unread.
 */
export async function loadHistoryFile(
  path: string,
  roots: readonly string[] = [process.cwd()],
  warn: (message: string) => void = () => {},
): Promise<TimingHistory> {
  let text: string;
  const source = `'timings-file' ${JSON.stringify(path)}`;
  const outside = await outsideProblem(path, roots);
  if (outside !== undefined) throw new UserError(`Input 'timings-file': ${outside}.`);
  try {
    // Checked before reading: a huge file must not be read into memory to find out it is too big.
    assertHistorySize((await stat(path)).size, source);
    text = await readFile(path, 'utf8');
  } catch (e) {
    if (e instanceof UserError) throw e;
    throw new UserError(
      `Input 'timings-file': cannot read ${JSON.stringify(path)} (${(e as NodeJS.ErrnoException).code}).`,
    );
  }
  return parseHistory(text, source, warn);
}

/**
 * Timings from JUnit / go test -json reports. `parse` is the results stage's `parseReportFile`,
 * passed in so the plan does not depend on the parsers' module. Each report counts as one run.
 */
export async function loadHistoryFromReports(
  paths: readonly string[],
  parse: (path: string) => Promise<ParsedReport>,
  now: string,
  keep?: number,
): Promise<TimingHistory> {
  let history = emptyHistory();
  for (const path of paths) history = recordRun(history, (await parse(path)).tests, { now, keep });
  return history;
}

/** Combines sources: later sources win for an item they both know (e.g. fresh reports over an old file). */
export function mergeHistories(...histories: TimingHistory[]): TimingHistory {
  let merged = emptyHistory();
  for (const h of histories) {
    Object.assign(merged.items, h.items);
    merged = withMemoryRecords(merged, h.memory);
  }
  return merged;
}
