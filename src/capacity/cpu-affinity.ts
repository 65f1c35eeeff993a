import { excerpt, readRootFile } from './root-files.js';

const STATUS_FILE = '/proc/self/status';

/**
 * Counts the CPUs in a kernel cpu list such as `0-3,8-11` (→ 8).
 * Returns undefined for anything that is not a well-formed list, rather than guessing.
 */
export function countCpuList(list: string): number | undefined {
  const text = list.trim();
  if (text === '') return undefined;
  const cpus = new Set<number>();
  for (const part of text.split(',')) {
    const match = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!match) return undefined;
    const first = Number(match[1]);
    const last = match[2] === undefined ? first : Number(match[2]);
    if (last < first) return undefined;
    // A Set, because overlapping ranges (`0-3,2-5`) must not count a CPU twice.
    for (let cpu = first; cpu <= last; cpu++) cpus.add(cpu);
  }
  return cpus.size;
}

/**
 * The number of CPUs this process may run on, from `Cpus_allowed_list` in /proc/self/status.
 * This is what sched_getaffinity reports: `taskset`, `docker --cpuset-cpus` and cgroup cpusets all show up here.
 */
export function readAffinity(root: string, warnings: string[]): number | undefined {
  const status = readRootFile(root, STATUS_FILE);
  if (status === undefined) {
    warnings.push(`could not read ${STATUS_FILE}; CPU affinity unknown`);
    return undefined;
  }
  const line = status.split('\n').find((l) => l.startsWith('Cpus_allowed_list:'));
  if (line === undefined) {
    warnings.push(`${STATUS_FILE} has no Cpus_allowed_list line; CPU affinity unknown`);
    return undefined;
  }
  const value = line.slice('Cpus_allowed_list:'.length);
  const count = countCpuList(value);
  if (count === undefined) {
    warnings.push(
      `ignored Cpus_allowed_list in ${STATUS_FILE}: expected a list like 0-3,8-11, found ${excerpt(value)}`,
    );
  }
  return count;
}
