import { excerpt, readRootFile } from './root-files.js';

const MEMINFO_FILE = '/proc/meminfo';

export interface MemInfo {
  totalBytes: number;
  availableBytes: number;
}

function field(text: string, name: string): number | undefined {
  const match = new RegExp(`^${name}:\\s*(\\d+)\\s*kB\\s*$`, 'm').exec(text);
  return match ? Number(match[1]) * 1024 : undefined;
}

/**
 * MemTotal and MemAvailable from /proc/meminfo. MemAvailable (the kernel's estimate of memory usable
 * without swapping, page cache included) is what new workers can take; MemFree would undercount.
 * Kernels before 3.14 lack MemAvailable, so MemFree stands in there, with a warning.
 */
export function readMemInfo(root: string, warnings: string[]): MemInfo | undefined {
  const text = readRootFile(root, MEMINFO_FILE);
  if (text === undefined) {
    warnings.push(`could not read ${MEMINFO_FILE}`);
    return undefined;
  }
  const totalBytes = field(text, 'MemTotal');
  if (totalBytes === undefined) {
    warnings.push(`ignored ${MEMINFO_FILE}: no MemTotal line in ${excerpt(text)}`);
    return undefined;
  }
  const availableBytes = field(text, 'MemAvailable');
  if (availableBytes !== undefined) return { totalBytes, availableBytes };
  const freeBytes = field(text, 'MemFree');
  if (freeBytes === undefined) {
    warnings.push(`ignored ${MEMINFO_FILE}: neither MemAvailable nor MemFree found`);
    return undefined;
  }
  warnings.push(
    `${MEMINFO_FILE} has no MemAvailable (kernel older than 3.14?); using MemFree, which undercounts`,
  );
  return { totalBytes, availableBytes: freeBytes };
}
