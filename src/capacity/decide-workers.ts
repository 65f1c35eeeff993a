import { formatBytes, MiB } from './byte-size.js';
import type { Capacity } from './detect-capacity.js';
import { formatCpuQuota } from './detect-cpus.js';
import type { WorkerSpec } from './worker-spec.js';

/** Memory kept back for the runner agent, the test command's parent process and the page cache. */
export const MIN_MEMORY_RESERVE = 512 * MiB;
export const MEMORY_RESERVE_FRACTION = 0.1;

/** The reserve is 512 MiB or 10% of memory, whichever is larger: fixed for small runners, proportional for big ones. */
export function memoryReserve(memoryBytes: number): number {
  return Math.max(MIN_MEMORY_RESERVE, Math.floor(memoryBytes * MEMORY_RESERVE_FRACTION));
}

export interface WorkerDecision {
  workers: number;
  /** One line, e.g. `workers: 3 (cgroup quota 3.5 CPUs → 3; memory allows 5)`. */
  explanation: string;
}

/** Why the machine has this many CPUs, in a few words. */
function cpuReason(capacity: Capacity): string {
  if (capacity.cpuSource === 'cgroup-quota' && capacity.cpuQuota !== undefined) {
    return `cgroup quota ${formatCpuQuota(capacity.cpuQuota)} CPUs → ${capacity.cpus}`;
  }
  if (capacity.cpuSource === 'affinity') return `affinity ${capacity.cpus} CPUs`;
  return `os.availableParallelism() ${capacity.cpus}`;
}

/** How many workers of `perWorker` bytes fit in `memoryBytes` after the reserve; at least 1. */
export function workersThatFit(memoryBytes: number, perWorker: number, oomWorkers?: number): number {
  const fits = Math.floor((memoryBytes - memoryReserve(memoryBytes)) / perWorker);
  // A count that was OOM-killed did not fit, whatever its lower-bound figure divides into.
  return Math.max(1, oomWorkers === undefined ? fits : Math.min(fits, oomWorkers - 1));
}

/** The input wins; a measured figure applies to auto and percentage requests only. */
function memoryPerWorker(
  spec: WorkerSpec,
): { bytes: number; origin: string; oomWorkers?: number } | undefined {
  if (spec.memoryPerWorker !== undefined) return { bytes: spec.memoryPerWorker, origin: '' };
  const measured = spec.measuredMemory;
  if (measured === undefined || spec.request.kind === 'fixed') return undefined;
  return { bytes: measured.bytesPerWorker, origin: `, ${measured.origin}`, oomWorkers: measured.oomWorkers };
}

function requestedWorkers(capacity: Capacity, spec: WorkerSpec): { count: number; reason: string } {
  const { request } = spec;
  if (request.kind === 'auto') return { count: capacity.cpus, reason: cpuReason(capacity) };
  if (request.kind === 'fixed') return { count: request.count, reason: `input workers ${request.count}` };
  const count = Math.max(1, Math.floor((capacity.cpus * request.percent) / 100));
  return { count, reason: `${request.percent}% of ${capacity.cpus} CPUs → ${count}` };
}

/**
 * The worker count: the request (auto = effective CPUs), capped by max-workers and by memory so that
 * workers × memory-per-worker + reserve ≤ memory. Never below 1: a run that cannot fit one worker
 * should still run and fail visibly, not schedule nothing.
 */
export function decideWorkers(capacity: Capacity, spec: WorkerSpec): WorkerDecision {
  const requested = requestedWorkers(capacity, spec);
  const notes = [requested.reason];
  let workers = requested.count;
  if (spec.maxWorkers !== undefined) {
    notes.push(`max-workers ${spec.maxWorkers}`);
    workers = Math.min(workers, spec.maxWorkers);
  }
  const perWorker = memoryPerWorker(spec);
  if (perWorker !== undefined) {
    const fits = workersThatFit(capacity.memoryBytes, perWorker.bytes, perWorker.oomWorkers);
    const reserve = memoryReserve(capacity.memoryBytes);
    notes.push(
      `memory allows ${fits}: ${formatBytes(capacity.memoryBytes)} − ${formatBytes(reserve)} reserve at ${formatBytes(perWorker.bytes)} each${perWorker.origin}`,
    );
    workers = Math.min(workers, fits);
  }
  // A number or percentage may ask for more workers than CPUs on purpose (I/O-bound suites); say so, since it is
  // as often a value copied from a bigger machine.
  if (workers > capacity.cpus) {
    notes.push(`more than the ${capacity.cpus} CPU${capacity.cpus === 1 ? '' : 's'} this runner has`);
  }
  return { workers, explanation: `workers: ${workers} (${notes.join('; ')})` };
}
