import { UserError } from '../inputs/user-error.js';
import { quoted } from '../platform/inert-text.js';
import type { HistoryEntry } from './history.js';

/**
 * A timing history is read whole (JSON.parse), so its size is capped: 64 MiB holds about a million items,
 * far more than any suite keeps, and parsing it stays within a few hundred MB of memory.
 */
export const MAX_HISTORY_BYTES = 64 * 1024 ** 2;
/** Durations kept per item are a handful (history-size, default 10); more is not a shardproof history. */
const MAX_DURATIONS_PER_ITEM = 1000;

export function assertHistorySize(bytes: number, source: string): void {
  if (bytes > MAX_HISTORY_BYTES) {
    throw new UserError(
      `Timing history ${source} is ${bytes} bytes, over the ${MAX_HISTORY_BYTES}-byte limit (64 MiB); ` +
        `it is not one shardproof wrote: delete it, or lower 'history-size'.`,
    );
  }
}

/**
 * Checks every field of every entry. A wrong type names the entry and the field, so a hand-edited or
 * corrupted history is a message to act on, never a TypeError later. Checks in place and returns the parsed
 * object itself, with a null prototype (an item called `__proto__` or `constructor` is just an item): a
 * copy would double the memory a large history takes.
 */
export function validEntries(items: unknown, source: string): Record<string, HistoryEntry> {
  if (items === null || typeof items !== 'object' || Array.isArray(items)) {
    throw shapeError(source, `"items" is ${typeName(items)}; expected an object of entries`);
  }
  const valid = items as Record<string, HistoryEntry>;
  Object.setPrototypeOf(valid, null);
  for (const key of Object.keys(valid)) {
    const entry: unknown = valid[key];
    const where = `entry ${quoted(key)}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) {
      throw shapeError(
        source,
        `${where} is ${typeName(entry)}; expected {"durations":[...],"updated":"..."}`,
      );
    }
    const { durations, updated } = entry as { durations?: unknown; updated?: unknown };
    if (!Array.isArray(durations) || durations.length > MAX_DURATIONS_PER_ITEM) {
      throw shapeError(
        source,
        `${where} has "durations" ${typeName(durations)}; expected an array of seconds`,
      );
    }
    const bad = durations.findIndex((d) => typeof d !== 'number' || !Number.isFinite(d) || d < 0);
    if (bad >= 0) {
      throw shapeError(
        source,
        `${where} has "durations"[${bad}] = ${shown(durations[bad])}; expected seconds ≥ 0`,
      );
    }
    if (updated !== undefined && typeof updated !== 'string') {
      throw shapeError(source, `${where} has "updated" ${typeName(updated)}; expected an ISO time string`);
    }
    if (durations.length === 0) {
      delete valid[key];
      continue;
    }
    if (updated === undefined) (entry as HistoryEntry).updated = '';
    // Anything else in an entry would be written back with it on every save.
    for (const field of Object.keys(entry))
      if (field !== 'durations' && field !== 'updated') delete (entry as Record<string, unknown>)[field];
  }
  return valid;
}

function shapeError(source: string, what: string): UserError {
  return new UserError(
    `Timing history ${source}: ${what}. Delete the entry or the file; the next run rewrites it.`,
  );
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value))
    return value.length > MAX_DURATIONS_PER_ITEM ? `an array of ${value.length}` : 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

function shown(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/**
 * Items keyed by file paths and test names from the repository: without a prototype, an item named
 * `__proto__` or `constructor` is an item like any other, never Object.prototype's.
 */
export function itemMap(from: Record<string, HistoryEntry> = {}): Record<string, HistoryEntry> {
  return Object.assign(Object.create(null) as Record<string, HistoryEntry>, from);
}
