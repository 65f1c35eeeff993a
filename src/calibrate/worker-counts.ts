import { UserError } from '../inputs/user-error.js';

/** More configurations than this make a calibration longer than the suite is worth. */
const MAX_CONFIGURATIONS = 8;
const MAX_WORKERS = 256;

/**
 * The `calibrate` input: worker counts to measure, e.g. `1,2,4,auto` (`auto` is the worker count the
 * runner's capacity allows). Returns distinct counts in ascending order; the smallest is the baseline.
 */
export function parseCalibrateCounts(text: string, autoWorkers: number): number[] {
  const counts = new Set<number>();
  for (const raw of text.split(/[,\s]+/).filter(Boolean)) {
    const word = raw.toLowerCase();
    if (word === 'auto') {
      counts.add(autoWorkers);
      continue;
    }
    if (!/^\d+$/.test(word) || Number(word) < 1 || Number(word) > MAX_WORKERS) {
      throw new UserError(
        `Input 'calibrate' has '${raw.slice(0, 40)}': give worker counts from 1 to ${MAX_WORKERS} or auto, ` +
          `separated by commas, e.g. "1,2,4,auto".`,
      );
    }
    counts.add(Number(word));
  }
  if (counts.size < 2) {
    throw new UserError(
      `Input 'calibrate' needs at least two different worker counts to compare (got '${text.slice(0, 40)}'), ` +
        `e.g. "1,2,4,auto".`,
    );
  }
  if (counts.size > MAX_CONFIGURATIONS) {
    throw new UserError(
      `Input 'calibrate' lists ${counts.size} worker counts; ${MAX_CONFIGURATIONS} at most.`,
    );
  }
  return [...counts].sort((a, b) => a - b);
}

export interface CalibrationSlot {
  workers: number;
  /** 0 for the warm-up run, then 1..repeats. */
  round: number;
}

/**
 * The order of the measured runs. A warm-up run comes first (it fills the page cache, compiles bytecode,
 * warms the test runner's own caches) and is reported apart. Then each round runs every configuration once,
 * ascending in odd rounds and descending in even ones, so no configuration always runs last on a machine
 * that warms up or heats up over time.
 */
export function calibrationSchedule(counts: readonly number[], repeats: number): CalibrationSlot[] {
  const slots: CalibrationSlot[] = [{ workers: counts[counts.length - 1], round: 0 }];
  for (let round = 1; round <= repeats; round++) {
    const order = round % 2 === 1 ? counts : [...counts].reverse();
    for (const workers of order) slots.push({ workers, round });
  }
  return slots;
}
