import { availableParallelism, freemem, totalmem } from 'node:os';
import { findOwnCgroups } from './cgroup-locate.js';
import { type CpuCapacity, detectLinuxCpus, detectOtherCpus } from './detect-cpus.js';
import { type MemoryCapacity, detectLinuxMemory, detectOtherMemory } from './detect-memory.js';

/** What this runner can really give the tests. Plain data, so it can be logged, stored or asserted. */
export interface Capacity extends Omit<CpuCapacity, 'explanation'>, Omit<MemoryCapacity, 'explanation'> {
  /** Files that were missing or unreadable and what was used instead; never fatal. */
  warnings: string[];
  /** One line per decision: `cpus: …` then `memory: …`, joined by a newline. */
  explanation: string;
}

export interface DetectCapacityOptions {
  /** Where /proc and /sys are found; tests point this at a fixture tree. Default `/`. */
  root?: string;
  /** Only `linux` reads /proc and cgroups. Default: process.platform. */
  platform?: NodeJS.Platform;
  availableParallelism?: () => number;
  totalmem?: () => number;
  freemem?: () => number;
}

/** Detects effective CPUs and memory. Never throws: anything unreadable becomes a warning and a fallback. */
export function detectCapacity(options: DetectCapacityOptions = {}): Capacity {
  const root = options.root ?? '/';
  const platform = options.platform ?? process.platform;
  const parallelism = options.availableParallelism ?? availableParallelism;
  const os = { freemem: options.freemem ?? freemem, totalmem: options.totalmem ?? totalmem };
  const warnings: string[] = [];
  let cpu: CpuCapacity;
  let memory: MemoryCapacity;
  if (platform === 'linux') {
    const cgroups = findOwnCgroups(root, warnings);
    cpu = detectLinuxCpus(root, cgroups.cpu, parallelism, warnings);
    memory = detectLinuxMemory(root, cgroups.memory, os, warnings);
  } else {
    cpu = detectOtherCpus(platform, parallelism);
    memory = detectOtherMemory(os);
  }
  const { explanation: cpuLine, ...cpuFields } = cpu;
  const { explanation: memoryLine, ...memoryFields } = memory;
  // cpu and memory share a cgroup directory on v2, so the same problem can be found twice.
  const unique = [...new Set(warnings)];
  return { ...cpuFields, ...memoryFields, warnings: unique, explanation: `${cpuLine}\n${memoryLine}` };
}
