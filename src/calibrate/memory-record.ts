import type { MemoryRecord } from '../plan/memory-history.js';

/** A calibration run the OOM killer ended: its worker count and the peak it reached, where measured. */
export interface OomRun {
  workers: number;
  peakBytes?: number;
}

/**
 * What a calibration leaves in the timing history for the next `workers: auto`: the fitted slope of peak memory
 * over worker counts. When a configuration was OOM-killed, the fewest workers killed are ruled out (an `oom`
 * record at that count) and the figure is at least what that run reached per worker — the slope fitted over the
 * configurations that fitted may promise more than there is. Undefined when nothing was measured.
 */
export function calibrationMemoryRecord(input: {
  /** The fitted per-worker slope, when any configuration completed with a memory figure. */
  perWorkerBytes?: number;
  counts: readonly number[];
  ooms: readonly OomRun[];
  now: string;
}): MemoryRecord | undefined {
  const { perWorkerBytes, counts, ooms, now } = input;
  if (ooms.length === 0) {
    if (perWorkerBytes === undefined) return undefined;
    return {
      bytesPerWorker: perWorkerBytes,
      source: 'calibrate',
      measured: now,
      workers: Math.max(...counts),
    };
  }
  const fewest = Math.min(...ooms.map((o) => o.workers));
  const bound = Math.max(0, ...ooms.map((o) => (o.peakBytes ?? 0) / o.workers));
  const bytes = Math.round(Math.max(perWorkerBytes ?? 0, bound));
  if (bytes <= 0) return undefined;
  return { bytesPerWorker: bytes, source: 'oom', measured: now, workers: fewest };
}
