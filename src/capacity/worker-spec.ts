import { inputError } from '../inputs/user-error.js';
import { parseByteSize } from './byte-size.js';

/** How many workers the user asked for, before any cap. */
export type WorkerRequest =
  { kind: 'auto' } | { kind: 'fixed'; count: number } | { kind: 'percent'; percent: number };

export interface WorkerSpec {
  request: WorkerRequest;
  /** Upper bound from `max-workers`. */
  maxWorkers?: number;
  /** Bytes one worker needs, from `memory-per-worker`; caps workers to what memory holds. */
  memoryPerWorker?: number;
  /**
   * Bytes one worker needed when measured (calibrate, an earlier run, an OOM), and where that figure came
   * from for the log. Caps `auto` and percentage requests when `memory-per-worker` is not given: an explicit
   * input wins, and an explicit worker count is the user's to keep.
   */
  measuredMemory?: {
    bytesPerWorker: number;
    origin: string;
    /** The figure is from a run OOM-killed with this many workers: fewer must run, whatever the division says
     * (the peak sampled before the kill can be below what the kill took). */
    oomWorkers?: number;
  };
}

/** The raw action inputs; an unset GitHub input arrives as an empty string. */
export interface RawWorkerInputs {
  workers?: string;
  maxWorkers?: string;
  memoryPerWorker?: string;
}

function parseWholeNumber(value: string): number | undefined {
  const text = value.trim();
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && Number.isSafeInteger(n) ? n : undefined;
}

function parseWorkerRequest(raw: string): WorkerRequest {
  const text = raw.trim();
  if (text === '' || text.toLowerCase() === 'auto') return { kind: 'auto' };
  const count = parseWholeNumber(text);
  if (count !== undefined) return { kind: 'fixed', count };
  const percent = /^(\d+(?:\.\d+)?)\s*%$/.exec(text);
  // Above 100% is allowed on purpose: I/O-bound suites can profit from more workers than CPUs.
  if (percent && Number(percent[1]) > 0) return { kind: 'percent', percent: Number(percent[1]) };
  throw inputError('workers', raw, 'auto, a whole number ≥ 1, or a percentage of CPUs like 50%');
}

/** Turns the `workers`, `max-workers` and `memory-per-worker` inputs into a spec; bad values throw a UserError. */
export function parseWorkerSpec(raw: RawWorkerInputs): WorkerSpec {
  const spec: WorkerSpec = { request: parseWorkerRequest(raw.workers ?? '') };
  const max = raw.maxWorkers?.trim() ?? '';
  if (max !== '') {
    const maxWorkers = parseWholeNumber(max);
    if (maxWorkers === undefined) throw inputError('max-workers', raw.maxWorkers ?? '', 'a whole number ≥ 1');
    spec.maxWorkers = maxWorkers;
  }
  const memory = raw.memoryPerWorker?.trim() ?? '';
  if (memory !== '') spec.memoryPerWorker = parseByteSize(raw.memoryPerWorker ?? '', 'memory-per-worker');
  return spec;
}
