// Runner capacity: effective CPUs and memory (affinity, cgroup v1/v2), and the worker count built on them.
export { detectCapacity, type Capacity, type DetectCapacityOptions } from './detect-capacity.js';
export type { CpuSource } from './detect-cpus.js';
export type { MemorySource } from './detect-memory.js';
export { parseWorkerSpec, type RawWorkerInputs, type WorkerRequest, type WorkerSpec } from './worker-spec.js';
export {
  decideWorkers,
  memoryReserve,
  workersThatFit,
  MIN_MEMORY_RESERVE,
  type WorkerDecision,
} from './decide-workers.js';
export { parseByteSize, formatBytes, KiB, MiB, GiB } from './byte-size.js';
export { readOomKillCount } from './oom-kills.js';
