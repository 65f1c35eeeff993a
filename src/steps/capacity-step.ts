import {
  type Capacity,
  decideWorkers,
  detectCapacity,
  parseWorkerSpec,
  type WorkerSpec,
} from '../capacity/index.js';
import type { InputSource } from '../inputs/read-input.js';
import type { ActionIO } from '../platform/types.js';

export interface CapacityOptions {
  /** Where /proc and /sys are read; default `/` (see capacityRoot). */
  root?: string;
  /** A measured per-worker memory figure and where it came from (the timing history, the plan). */
  measuredMemory?: WorkerSpec['measuredMemory'];
}

/**
 * `/`, or SHARDPROOF_CAPACITY_ROOT: a fixture tree of /proc and /sys that end-to-end tests use to give a step
 * a cgroup memory limit it does not have. It only changes what the step believes, never what it can use.
 */
export function capacityRoot(env: NodeJS.ProcessEnv): string {
  return env.SHARDPROOF_CAPACITY_ROOT || '/';
}

export interface CapacityDecision {
  capacity: Capacity;
  workers: number;
}

/** Reads the worker inputs, detects capacity, logs one line per decision and sets the capacity outputs.
 * Every entry starts with this, so every job reports cpus, memory-mb and workers. */
export function decideCapacity(
  io: ActionIO,
  inputs: InputSource = io,
  options: CapacityOptions = {},
): CapacityDecision {
  const spec: WorkerSpec = {
    ...parseWorkerSpec({
      workers: inputs.getInput('workers'),
      maxWorkers: inputs.getInput('max-workers'),
      memoryPerWorker: inputs.getInput('memory-per-worker'),
    }),
    ...(options.measuredMemory && { measuredMemory: options.measuredMemory }),
  };
  const capacity = detectCapacity({ root: options.root ?? '/' });
  for (const warning of capacity.warnings) io.warning(`capacity: ${warning}`);
  const decision = decideWorkers(capacity, spec);
  for (const line of capacity.explanation.split('\n')) io.info(line);
  io.info(decision.explanation);
  io.setOutput('cpus', String(capacity.cpus));
  io.setOutput('memory-mb', String(Math.floor(capacity.memoryBytes / 2 ** 20)));
  io.setOutput('workers', String(decision.workers));
  return { capacity, workers: decision.workers };
}
