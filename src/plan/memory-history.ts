/**
 * The measured memory one worker of a suite needs, kept with the timing history so that a later
 * `workers: auto` caps itself by memory without the user guessing `memory-per-worker`.
 */
export interface MemoryRecord {
  /** Bytes one worker needs: PSS where the kernel offers it, else RSS. */
  bytesPerWorker: number;
  /**
   * calibrate: the slope of peak memory over worker counts (the most precise);
   * run: a finished run's peak / its workers (the parent process's share included, so it errs high);
   * oom: an OOM-killed run's peak / its workers — a lower bound, the run died before it needed all it would.
   */
  source: MemorySource;
  /** ISO time of the measurement. */
  measured: string;
  /** Workers of the measured run (the most calibrated). */
  workers: number;
}

export type MemorySource = 'calibrate' | 'run' | 'oom';
const SOURCES: readonly string[] = ['calibrate', 'run', 'oom'];

/** Suite name → record. Suite names are few (the `suites` input); more than this is not a shardproof history. */
export type MemoryRecords = Record<string, MemoryRecord>;
export const MAX_MEMORY_SUITES = 256;
const MAX_SUITE_NAME = 100;
/** 1 PiB per worker: anything above is not a measurement. */
const MAX_BYTES = 2 ** 50;

export function memoryMap(from: MemoryRecords = {}): MemoryRecords {
  return Object.assign(Object.create(null) as MemoryRecords, from);
}

/** The record's problem in words, or undefined when every field has the right type and range. */
function recordProblem(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return 'is not an object';
  const r = value as Partial<Record<keyof MemoryRecord, unknown>>;
  const bytes = r.bytesPerWorker;
  if (typeof bytes !== 'number' || !Number.isFinite(bytes) || bytes <= 0 || bytes > MAX_BYTES)
    return 'has no "bytesPerWorker" in bytes';
  if (typeof r.source !== 'string' || !SOURCES.includes(r.source))
    return `has "source" other than ${SOURCES.join(', ')}`;
  if (typeof r.measured !== 'string' || r.measured.length > 40 || Number.isNaN(Date.parse(r.measured)))
    return 'has no ISO "measured" time';
  if (typeof r.workers !== 'number' || !Number.isSafeInteger(r.workers) || r.workers < 1)
    return 'has no whole "workers" ≥ 1';
  return undefined;
}

/** A record from untrusted JSON (a stored history, a plan from a pull request), or undefined if it is not one. */
export function validMemoryRecord(value: unknown): MemoryRecord | undefined {
  if (recordProblem(value) !== undefined) return undefined;
  const r = value as MemoryRecord;
  // A fresh object: fields other than these four are not carried into the next save.
  return {
    bytesPerWorker: Math.round(r.bytesPerWorker),
    source: r.source,
    measured: r.measured,
    workers: r.workers,
  };
}

/**
 * The history's `memory` field, checked. Unlike a timing entry, a wrong record is not worth a failed plan:
 * it is left out with a warning, and the next measurement replaces it.
 */
export function validMemoryRecords(
  value: unknown,
  source: string,
  warn: (message: string) => void,
): MemoryRecords | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    warn(`Timing history ${source}: "memory" is not an object of suites; its memory figures are ignored.`);
    return undefined;
  }
  const records = memoryMap();
  const names = Object.keys(value);
  if (names.length > MAX_MEMORY_SUITES) {
    warn(
      `Timing history ${source}: "memory" has ${names.length} suites, over ${MAX_MEMORY_SUITES}; its memory figures are ignored.`,
    );
    return undefined;
  }
  for (const name of names) {
    const problem =
      name.length > MAX_SUITE_NAME
        ? 'has a name too long'
        : recordProblem((value as Record<string, unknown>)[name]);
    if (problem !== undefined) {
      // JSON string syntax: a suite name with a newline or quote shows as it is, on one line.
      const shown = JSON.stringify(name.slice(0, MAX_SUITE_NAME));
      warn(`Timing history ${source}: "memory" entry ${shown} ${problem}; it is ignored.`);
      continue;
    }
    records[name] = validMemoryRecord((value as Record<string, unknown>)[name])!;
  }
  return records;
}

/**
 * Adds new figures: the newest measurement of a suite replaces the older one, whatever its source, so that
 * an OOM's lower bound gives way to the run that then fitted. Past the bound, the oldest figures go.
 */
export function mergeMemoryRecords(
  stored: MemoryRecords | undefined,
  added: MemoryRecords | undefined,
): MemoryRecords | undefined {
  if (stored === undefined && added === undefined) return undefined;
  const merged = memoryMap(stored);
  for (const [name, record] of Object.entries(added ?? {})) {
    const old = merged[name];
    if (old === undefined || Date.parse(record.measured) >= Date.parse(old.measured)) merged[name] = record;
  }
  const names = Object.keys(merged);
  if (names.length <= MAX_MEMORY_SUITES) return merged;
  names.sort((a, b) => Date.parse(merged[b].measured) - Date.parse(merged[a].measured));
  const kept = memoryMap();
  for (const name of names.slice(0, MAX_MEMORY_SUITES)) kept[name] = merged[name];
  return kept;
}

/** `measured by calibrate on 2026-11-30`, `an OOM at 4 workers on 2026-11-30 (a lower bound)`. */
export function describeMemorySource(record: MemoryRecord): string {
  const day = record.measured.slice(0, 10);
  if (record.source === 'calibrate') return `measured by calibrate on ${day}`;
  if (record.source === 'run') return `measured in a run of ${record.workers} workers on ${day}`;
  return `from a run OOM-killed at ${record.workers} workers on ${day}, a lower bound`;
}
