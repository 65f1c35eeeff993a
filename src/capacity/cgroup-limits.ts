import { posix } from 'node:path';
import type { CgroupLocation } from './cgroup-locate.js';
import { excerpt, readRootFile, rootPathExists } from './root-files.js';

/** A limit and the file that set it, so the explanation can point at it. */
export interface CgroupLimit {
  value: number;
  file: string;
}

/** The cgroup directory and each ancestor up to and including the mount point. */
export function ancestorsUpToMount(location: CgroupLocation): string[] {
  const dirs = [location.dir];
  let dir = location.dir;
  while (dir !== location.mountPoint && dir !== '/' && dir.startsWith(location.mountPoint)) {
    dir = posix.dirname(dir);
    dirs.push(dir);
  }
  return dirs;
}

type LimitReader = (root: string, dir: string, version: 1 | 2, warnings: string[]) => CgroupLimit[];

/**
 * The lowest limit over every location and all its ancestors. A child cgroup can set a higher limit
 * than its parent, but the parent still caps it, so the leaf alone is not enough.
 */
function lowestLimit(
  root: string,
  locations: CgroupLocation[],
  readLimits: LimitReader,
  warnings: string[],
): CgroupLimit | undefined {
  let lowest: CgroupLimit | undefined;
  for (const location of locations) {
    if (!rootPathExists(root, location.dir)) {
      warnings.push(`cgroup directory ${location.dir} does not exist; its limits were not checked`);
      continue;
    }
    for (const dir of ancestorsUpToMount(location)) {
      for (const limit of readLimits(root, dir, location.version, warnings)) {
        if (lowest === undefined || limit.value < lowest.value) lowest = limit;
      }
    }
  }
  return lowest;
}

/**
 * A limit file's whole-number content: `undefined` when the file is absent (normal: the root cgroup and
 * cgroups without the controller enabled have none), `null` when it holds garbage (warned and ignored).
 */
function readWholeNumber(
  root: string,
  file: string,
  warnings: string[],
  options: { minusOne?: boolean; maxMeansNone?: boolean } = {},
): number | undefined | null {
  const text = readRootFile(root, file);
  if (text === undefined) return undefined;
  const value = text.trim();
  if (/^\d+$/.test(value) || (options.minusOne && value === '-1')) return Number(value);
  if (options.maxMeansNone && value === 'max') return undefined;
  warnings.push(`ignored ${file}: expected a whole number, found ${excerpt(text)}`);
  return null;
}

/** v2 `cpu.max` is `<quota|max> <period>`; v1 splits it into cpu.cfs_quota_us (-1 = none) and cpu.cfs_period_us. */
const readCpuQuota: LimitReader = (root, dir, version, warnings) => {
  if (version === 2) {
    const file = posix.join(dir, 'cpu.max');
    const text = readRootFile(root, file);
    if (text === undefined) return [];
    const match = /^(max|\d+)(?:\s+(\d+))?$/.exec(text.trim());
    const period = match?.[2] === undefined ? 100_000 : Number(match[2]);
    if (!match || period === 0) {
      warnings.push(`ignored ${file}: expected "max 100000" or "<quota> <period>", found ${excerpt(text)}`);
      return [];
    }
    return match[1] === 'max' ? [] : [{ value: Number(match[1]) / period, file }];
  }
  const quotaFile = posix.join(dir, 'cpu.cfs_quota_us');
  const quota = readWholeNumber(root, quotaFile, warnings, { minusOne: true });
  if (quota === undefined || quota === null || quota === -1) return [];
  const periodFile = posix.join(dir, 'cpu.cfs_period_us');
  const period = readWholeNumber(root, periodFile, warnings);
  if (period === undefined || period === null || period === 0) {
    if (period !== null) warnings.push(`ignored ${quotaFile}: ${periodFile} is missing or zero`);
    return [];
  }
  return [{ value: quota / period, file: quotaFile }];
};

/** v2 has a hard `memory.max` and a throttling `memory.high` (both `max` = none); v1 has memory.limit_in_bytes. */
const readMemoryLimits: LimitReader = (root, dir, version, warnings) => {
  const names = version === 2 ? ['memory.max', 'memory.high'] : ['memory.limit_in_bytes'];
  const limits: CgroupLimit[] = [];
  for (const name of names) {
    const file = posix.join(dir, name);
    const value = readWholeNumber(root, file, warnings, { maxMeansNone: version === 2 });
    if (typeof value === 'number') limits.push({ value, file });
  }
  return limits;
};

/** The lowest CPU quota, in CPUs (fractional: 1.5 for `150000 100000`). cpu.weight and cpu.shares are shares, not limits. */
export function lowestCpuQuota(
  root: string,
  locations: CgroupLocation[],
  warnings: string[],
): CgroupLimit | undefined {
  return lowestLimit(root, locations, readCpuQuota, warnings);
}

/** The lowest memory limit in bytes; the caller decides whether it is so high that it means "unlimited". */
export function lowestMemoryLimit(
  root: string,
  locations: CgroupLocation[],
  warnings: string[],
): CgroupLimit | undefined {
  return lowestLimit(root, locations, readMemoryLimits, warnings);
}
