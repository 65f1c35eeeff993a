import type { CgroupLocation } from './cgroup-locate.js';
import { lowestCpuQuota } from './cgroup-limits.js';
import { readAffinity } from './cpu-affinity.js';

/** Which number decided the CPU count. */
export type CpuSource = 'cgroup-quota' | 'affinity' | 'available-parallelism';

export interface CpuCapacity {
  cpus: number;
  cpuSource: CpuSource;
  /** The lowest cgroup CPU quota in CPUs (fractional, e.g. 1.5), when there is one. */
  cpuQuota?: number;
  /** The file that set it, as the machine sees it. */
  cpuQuotaFile?: string;
  /** CPUs in this process's affinity mask, when /proc told us. */
  affinity?: number;
  explanation: string;
}

/** `1.5`, `2.0`, `0.33`: one decimal at least, so a quota never reads like a CPU count. */
export function formatCpuQuota(cpus: number): string {
  const rounded = Math.round(cpus * 100) / 100;
  return Number.isInteger(rounded) ? rounded.toFixed(1) : String(rounded);
}

/** Guards injected counters: a CPU count below 1 or not a number would poison every later decision. */
function atLeastOne(count: number): number {
  return Number.isFinite(count) && count >= 1 ? Math.floor(count) : 1;
}

/**
 * Effective CPUs on Linux: min(affinity, lowest cgroup quota), floored, at least 1.
 * Node 20's os.availableParallelism() reads only the affinity mask, so a container limited by
 * `--cpus=2` on a 64-core host would otherwise get 64 workers.
 */
export function detectLinuxCpus(
  root: string,
  cgroups: CgroupLocation[],
  availableParallelism: () => number,
  warnings: string[],
): CpuCapacity {
  const affinity = readAffinity(root, warnings);
  const quota = lowestCpuQuota(root, cgroups, warnings);
  const parallelism = affinity ?? atLeastOne(availableParallelism());
  const base = affinity !== undefined ? `affinity ${affinity}` : `os.availableParallelism() ${parallelism}`;
  const quotaText = quota
    ? `cgroup quota ${formatCpuQuota(quota.value)} CPUs at ${quota.file}`
    : 'no cgroup CPU quota';
  const quotaDecides = quota !== undefined && quota.value < parallelism;
  const cpus = quotaDecides ? Math.max(1, Math.floor(quota.value)) : parallelism;
  return {
    cpus,
    cpuSource: quotaDecides ? 'cgroup-quota' : affinity !== undefined ? 'affinity' : 'available-parallelism',
    ...(quota && { cpuQuota: quota.value, cpuQuotaFile: quota.file }),
    ...(affinity !== undefined && { affinity }),
    explanation: `cpus: ${cpus} (${base}, ${quotaText})`,
  };
}

/** macOS and Windows have no /proc or cgroups; the OS's own count is the best there is. */
export function detectOtherCpus(platform: string, availableParallelism: () => number): CpuCapacity {
  const cpus = atLeastOne(availableParallelism());
  return {
    cpus,
    cpuSource: 'available-parallelism',
    explanation: `cpus: ${cpus} (os.availableParallelism() ${cpus}; no cgroups on ${platform})`,
  };
}
