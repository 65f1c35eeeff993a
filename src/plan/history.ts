import type { TestResult } from '../results/model.js';
import { UserError } from '../inputs/user-error.js';
import { compareStrings } from './discover.js';
import { normaliseKey } from './history-match.js';
import { assertHistorySize, itemMap, validEntries } from './history-shape.js';
import { mergeMemoryRecords, validMemoryRecords, type MemoryRecords } from './memory-history.js';

/**
 * Timing history: the last K measured durations per item, kept by shardproof itself so it never goes stale.
 * Keys are a file path (the file's total) or `file::suite::name` (one test, for splitting slow files).
 */
export const HISTORY_VERSION = 1;
export const DEFAULT_KEEP = 10;

export interface HistoryEntry {
  /** Seconds, oldest first, at most K. */
  durations: number[];
  /** ISO time of the last measurement. */
  updated: string;
}

export interface TimingHistory {
  version: typeof HISTORY_VERSION;
  items: Record<string, HistoryEntry>;
  /** Measured memory per worker, by suite name (see memory-history.ts). Absent in histories without any. */
  memory?: MemoryRecords;
}

export function emptyHistory(): TimingHistory {
  return { version: HISTORY_VERSION, items: itemMap() };
}

/**
 * Parses a stored history; `source` names the cache or file in errors. Every field is checked. A wrong
 * memory figure is only a warning (`warn`): it is left out, and the timings are still used.
 */
export function parseHistory(
  text: string,
  source: string,
  warn: (message: string) => void = () => {},
): TimingHistory {
  assertHistorySize(Buffer.byteLength(text), source);
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Not the parser's message: it quotes the text, and a history file may be anything a link points at.
    throw new UserError(`Timing history ${source} is not valid JSON (${(e as Error).name}).`);
  }
  const d = doc as Partial<TimingHistory> | null;
  if (d === null || typeof d !== 'object' || d.version !== HISTORY_VERSION || typeof d.items !== 'object') {
    throw new UserError(
      `Timing history ${source} is not a version ${HISTORY_VERSION} shardproof history ` +
        `({"version":1,"items":{...}}); delete it or point 'timings-file' elsewhere.`,
    );
  }
  const memory = validMemoryRecords(d.memory, source, warn);
  return { version: HISTORY_VERSION, items: validEntries(d.items, source), ...(memory && { memory }) };
}

/** Sorted keys so the stored file diffs cleanly and is byte-identical across platforms. */
export function serializeHistory(history: TimingHistory): string {
  const items = itemMap();
  for (const key of Object.keys(history.items).sort(compareStrings)) items[key] = history.items[key];
  const memory = history.memory && Object.keys(history.memory).length > 0 ? history.memory : undefined;
  if (memory === undefined) return `${JSON.stringify({ version: HISTORY_VERSION, items })}\n`;
  const sorted: MemoryRecords = {};
  for (const name of Object.keys(memory).sort(compareStrings)) sorted[name] = memory[name];
  return `${JSON.stringify({ version: HISTORY_VERSION, items, memory: sorted })}\n`;
}

export interface RecordOptions {
  /** ISO time stamped on updated entries (a parameter so this stays pure). */
  now: string;
  /** Durations kept per item; default 10. */
  keep?: number;
  /** Also record per-test entries (needed by split-slow-files); default true. */
  tests?: boolean;
  /** A file's own measured time (its testsuite time, setup included) where the report gave it: it replaces
   * the sum of the file's tests, which misses setup and collection. */
  fileSeconds?: ReadonlyMap<string, number>;
}

/**
 * Adds one run's measurements. A file's time is its own measured time when given (`fileSeconds`), else the
 * sum of its tests in this run; results without a file
 * use their suite (a Java class, a go package) as the item. Call once per run: retries inside one run add up,
 * as they did on the runner's clock.
 */
export function recordRun(
  history: TimingHistory,
  results: readonly TestResult[],
  options: RecordOptions,
): TimingHistory {
  const keep = options.keep ?? DEFAULT_KEEP;
  const sums = new Map<string, number>();
  const add = (key: string, seconds: number) => sums.set(key, (sums.get(key) ?? 0) + seconds);
  // Many results share a file: normalise each path once.
  const keys = new Map<string, string>();
  for (const r of results) {
    if (!isDuration(r.duration)) continue;
    const raw = r.file ?? r.suite ?? '';
    let fileKey = keys.get(raw);
    if (fileKey === undefined) keys.set(raw, (fileKey = normaliseKey(raw)));
    if (fileKey === '') continue;
    add(fileKey, r.duration);
    if (options.tests !== false) {
      const test =
        r.file !== undefined
          ? [r.suite, r.name].filter((p) => p !== undefined && p !== '').join('::')
          : r.name;
      add(`${fileKey}::${test}`, r.duration);
    }
  }
  for (const [file, seconds] of options.fileSeconds ?? []) {
    if (isDuration(seconds) && normaliseKey(file) !== '') sums.set(normaliseKey(file), seconds);
  }
  const items = itemMap(history.items);
  for (const [key, seconds] of sums) {
    const previous = items[key]?.durations ?? [];
    items[key] = { durations: [...previous, round(seconds)].slice(-keep), updated: options.now };
  }
  return withMemoryOf(history, items);
}

/**
 * Moves history from old paths to new ones (`git mv` keeps its timings). Per-test entries move with their file.
 * When the new path already has history of its own, that history wins.
 */
export function applyRenames(
  history: TimingHistory,
  renames: Readonly<Record<string, string>>,
): TimingHistory {
  const map = new Map(Object.entries(renames).map(([from, to]) => [normaliseKey(from), normaliseKey(to)]));
  if (map.size === 0) return history;
  const items = itemMap();
  const moved: [string, HistoryEntry][] = [];
  for (const [key, entry] of Object.entries(history.items)) {
    const sep = key.indexOf('::');
    const file = sep < 0 ? key : key.slice(0, sep);
    const to = map.get(file);
    if (to === undefined) items[key] = entry;
    else moved.push([to + (sep < 0 ? '' : key.slice(sep)), entry]);
  }
  for (const [key, entry] of moved) if (items[key] === undefined) items[key] = entry;
  return withMemoryOf(history, items);
}

/** New items with the memory figures of `history`: they are per suite, so no change of items touches them. */
export function withMemoryOf(history: TimingHistory, items: Record<string, HistoryEntry>): TimingHistory {
  return { version: HISTORY_VERSION, items, ...(history.memory && { memory: history.memory }) };
}

/** The history with `added` memory figures merged in (the newest figure of a suite wins). */
export function withMemoryRecords(history: TimingHistory, added: MemoryRecords | undefined): TimingHistory {
  const memory = mergeMemoryRecords(history.memory, added);
  return { ...history, ...(memory && { memory }) };
}

/** How one number is drawn from an item's durations. */
export type Estimator =
  'median' | 'trimmed-mean' | 'mean' | 'geometric-mean' | { quantile: number } | { meanPlusSd: number };

export function estimateFromDurations(durations: readonly number[], estimator: Estimator = 'median'): number {
  if (durations.length === 0) return 0;
  if (estimator === 'median') return quantile(durations, 0.5);
  if (estimator === 'mean') return mean(durations);
  if (estimator === 'trimmed-mean') return trimmedMean(durations);
  if (estimator === 'geometric-mean') return clippedGeometricMean(durations);
  if ('quantile' in estimator) return quantile(durations, estimator.quantile);
  const m = mean(durations);
  const sd = Math.sqrt(durations.reduce((s, d) => s + (d - m) ** 2, 0) / durations.length);
  return m + estimator.meanPlusSd * sd;
}

/** Linear interpolation between order statistics (numpy's default), so the median of [1,3] is 2. */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = Math.min(Math.max(q, 0), 1) * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

/**
 * Mean of the middle values: drops the fastest and slowest 20% (at least one each from 3 samples on), so a
 * single slow run cannot move it, yet it uses more of the data than the median (lower variance).
 */
function trimmedMean(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const cut = sorted.length >= 3 ? Math.max(1, Math.floor(sorted.length * 0.2)) : 0;
  return mean(sorted.slice(cut, sorted.length - cut));
}

/**
 * Run times are close to lognormal (multiplicative noise), and for a lognormal the mean of the logs is the
 * most precise estimate of the typical run: from 5 runs its error is ~20% smaller than the trimmed mean's,
 * which matters most when shards hold few items. Each log is first clipped to within a factor of 2 of the
 * median run, so one run on a slow machine moves the estimate a little (at most 2^(1/n)), not 10×.
 * The clip also gives a 0 s run (which has no log) a value; an item whose median run is 0 s is 0.
 */
function clippedGeometricMean(values: readonly number[]): number {
  const median = quantile(values, 0.5);
  if (median === 0) return 0;
  // Logs relative to the median, so equal runs give back exactly that run.
  let logs = 0;
  for (const v of values) logs += Math.log(Math.min(2, Math.max(0.5, v / median)));
  return median * Math.exp(logs / values.length);
}

function mean(values: readonly number[]): number {
  return values.reduce((s, v) => s + v, 0) / values.length;
}

function isDuration(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

/** Millisecond precision keeps the stored history small; reports rarely carry more. */
function round(seconds: number): number {
  return Math.round(seconds * 1000) / 1000;
}
