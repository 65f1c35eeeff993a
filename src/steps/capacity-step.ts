import { type Capacity, decideWorkers, detectCapacity, parseWorkerSpec } from '../capacity/index.js';
import type { InputSource } from '../inputs/read-input.js';
import type { ActionIO } from '../platform/types.js';

export interface CapacityDecision {
  capacity: Capacity;
  workers: number;
}

/** Reads the worker inputs, detects capacity, logs one line per decision and sets the capacity outputs.
 * Every entry starts with this, so every job reports cpus, memory-mb and workers. */
export function decideCapacity(io: ActionIO, inputs: InputSource = io, root = '/'): CapacityDecision {
  const spec = parseWorkerSpec({
    workers: inputs.getInput('workers'),
    maxWorkers: inputs.getInput('max-workers'),
    memoryPerWorker: inputs.getInput('memory-per-worker'),
  });
  const capacity = detectCapacity({ root });
  for (const warning of capacity.warnings) io.warning(`capacity: ${warning}`);
  const decision = decideWorkers(capacity, spec);
  for (const line of capacity.explanation.split('\n')) io.info(line);
  io.info(decision.explanation);
  io.setOutput('cpus', String(capacity.cpus));
  io.setOutput('memory-mb', String(Math.floor(capacity.memoryBytes / 2 ** 20)));
  io.setOutput('workers', String(decision.workers));
  return { capacity, workers: decision.workers };
}
