import { formatBytes } from './byte-size.js';
import type { CgroupLocation } from './cgroup-locate.js';
import { lowestMemoryLimit } from './cgroup-limits.js';
import { readMemInfo } from './meminfo.js';

/** Which number decided the memory figure. */
export type MemorySource = 'cgroup-limit' | 'meminfo' | 'os-freemem';

export interface MemoryCapacity {
  /** Bytes the test workers can use: the lower of the cgroup limit and the memory available now. */
  memoryBytes: number;
  memorySource: MemorySource;
  /** The lowest cgroup memory limit in bytes, when one is below physical memory. */
  memoryLimit?: number;
  memoryLimitFile?: string;
  explanation: string;
}

/**
 * Linux memory: the lowest cgroup limit up the tree, capped by MemAvailable.
 * A limit at or above MemTotal is no limit: v1 reports "unlimited" as 9223372036854771712.
 */
export function detectLinuxMemory(
  root: string,
  cgroups: CgroupLocation[],
  os: { freemem: () => number; totalmem: () => number },
  warnings: string[],
): MemoryCapacity {
  const meminfo = readMemInfo(root, warnings);
  const total = meminfo?.totalBytes ?? os.totalmem();
  const available = meminfo?.availableBytes ?? os.freemem();
  const availableText = `${meminfo ? 'MemAvailable' : 'os.freemem()'} ${formatBytes(available)}`;
  const found = lowestMemoryLimit(root, cgroups, warnings);
  const limit = found !== undefined && found.value < total ? found : undefined;
  const limitText = limit
    ? `cgroup limit ${formatBytes(limit.value)} at ${limit.file}`
    : 'no cgroup memory limit';
  const limitDecides = limit !== undefined && limit.value < available;
  const memoryBytes = limitDecides ? limit.value : available;
  return {
    memoryBytes,
    memorySource: limitDecides ? 'cgroup-limit' : meminfo ? 'meminfo' : 'os-freemem',
    ...(limit && { memoryLimit: limit.value, memoryLimitFile: limit.file }),
    explanation: limitDecides
      ? `memory: ${formatBytes(memoryBytes)} (${limitText}, ${availableText})`
      : `memory: ${formatBytes(memoryBytes)} (${availableText}, ${limitText})`,
  };
}

/**
 * macOS and Windows: os.freemem(). On macOS it counts only free pages, not reclaimable cache, so it
 * errs low; that costs a worker at worst, where erring high costs an OOM-killed run.
 */
export function detectOtherMemory(os: { freemem: () => number; totalmem: () => number }): MemoryCapacity {
  const free = os.freemem();
  return {
    memoryBytes: free,
    memorySource: 'os-freemem',
    explanation: `memory: ${formatBytes(free)} (os.freemem() ${formatBytes(free)} of ${formatBytes(os.totalmem())} total)`,
  };
}
