/**
 * The processes a test command consists of, read from /proc (Linux only).
 * A member is any process in the command's process group, plus any descendant that moved to a group
 * of its own (Playwright starts browsers detached) — found by following parent pids.
 */
import { readdir, readFile } from 'node:fs/promises';

interface ProcEntry {
  pid: number;
  ppid: number;
  pgrp: number;
}

/** Pids of the tree rooted at process group `pgid`; [] off Linux or when /proc is unreadable. */
export async function listProcessTree(pgid: number, procRoot = '/proc'): Promise<number[]> {
  const entries = await readProcEntries(procRoot);
  const members = new Set(entries.filter((e) => e.pgrp === pgid || e.pid === pgid).map((e) => e.pid));
  // Add children of members until nothing changes: a process tree is shallow, this converges fast.
  for (let grew = true; grew;) {
    grew = false;
    for (const e of entries) {
      if (!members.has(e.pid) && members.has(e.ppid)) {
        members.add(e.pid);
        grew = true;
      }
    }
  }
  return [...members];
}

/**
 * Sum of proportional set sizes (PSS) of `pids` in bytes, from /proc/<pid>/smaps_rollup: a page shared by
 * k processes counts 1/k in each, so forked workers sharing their parent's pages are not counted k times
 * (RSS would). Undefined when the kernel offers no smaps_rollup (before Linux 4.14) for any of them.
 */
export async function sumPssBytes(pids: number[], procRoot = '/proc'): Promise<number | undefined> {
  const sizes = await Promise.all(pids.map((pid) => readPssBytes(pid, procRoot)));
  const known = sizes.filter((s): s is number => s !== undefined);
  return known.length ? known.reduce((a, b) => a + b, 0) : undefined;
}

async function readPssBytes(pid: number, procRoot: string): Promise<number | undefined> {
  try {
    const rollup = await readFile(`${procRoot}/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+)\s+kB/m.exec(rollup)?.[1];
    return kb ? Number(kb) * 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** Sum of resident set sizes of `pids` in bytes; processes that vanished meanwhile count as 0. */
export async function sumRssBytes(pids: number[], procRoot = '/proc'): Promise<number> {
  const sizes = await Promise.all(pids.map((pid) => readRssBytes(pid, procRoot)));
  return sizes.reduce((a, b) => a + b, 0);
}

async function readRssBytes(pid: number, procRoot: string): Promise<number> {
  try {
    const status = await readFile(`${procRoot}/${pid}/status`, 'utf8');
    const kb = /^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

async function readProcEntries(procRoot: string): Promise<ProcEntry[]> {
  let names: string[];
  try {
    names = await readdir(procRoot);
  } catch {
    return [];
  }
  const entries = await Promise.all(
    names.filter((n) => /^\d+$/.test(n)).map((n) => readStat(Number(n), procRoot)),
  );
  return entries.filter((e): e is ProcEntry => e !== undefined);
}

/** /proc/<pid>/stat: "pid (comm) state ppid pgrp …"; comm may contain spaces and ')' so split after the last ')'. */
export function parseStat(pid: number, stat: string): ProcEntry | undefined {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const ppid = Number(fields[1]);
  const pgrp = Number(fields[2]);
  // Zombies hold no memory and cannot be killed any further.
  if (fields[0] === 'Z' || !Number.isInteger(ppid) || !Number.isInteger(pgrp)) return undefined;
  return { pid, ppid, pgrp };
}

async function readStat(pid: number, procRoot: string): Promise<ProcEntry | undefined> {
  try {
    return parseStat(pid, await readFile(`${procRoot}/${pid}/stat`, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * Samples the tree's total RSS every `intervalMs` and keeps the maximum.
 * `stop()` returns the peak, or undefined when /proc never answered (not Linux).
 */
export function samplePeakRss(pgid: number, marker?: string, intervalMs = 200, procRoot = '/proc') {
  let peak: number | undefined;
  let peakPss: number | undefined;
  let busy = false;
  // Every member ever seen, with its start time: a process that left the tree (setsid, then its parent
  // exited) can still be found and stopped, and a recycled pid is never mistaken for it.
  const seen = new Map<number, string>();
  const sample = async () => {
    if (busy) return; // a slow /proc scan must not pile up
    busy = true;
    try {
      const pids = await listProcessTree(pgid, procRoot);
      if (pids.length > 0) {
        peak = Math.max(peak ?? 0, await sumRssBytes(pids, procRoot));
        const pss = await sumPssBytes(pids, procRoot);
        if (pss !== undefined) peakPss = Math.max(peakPss ?? 0, pss);
      }
      for (const pid of pids) {
        if (seen.has(pid)) continue;
        const start = await processStartTime(pid, procRoot);
        if (start !== undefined) seen.set(pid, start);
      }
    } finally {
      busy = false;
    }
  };
  void sample();
  const timer = setInterval(() => void sample(), intervalMs);
  timer.unref();
  return {
    stop(): number | undefined {
      clearInterval(timer);
      return peak;
    },
    /** The peak PSS seen, when the kernel offers smaps_rollup. */
    peakPss(): number | undefined {
      return peakPss;
    },
    /**
     * Seen members that are still the same process (same start time) and still alive, plus any process
     * whose environment carries the run's marker: a daemon that double-forked between two samples left
     * both the group and the parent chain, but not its environment.
     */
    async survivors(): Promise<number[]> {
      const alive = new Set<number>();
      for (const [pid, start] of seen) if ((await processStartTime(pid, procRoot)) === start) alive.add(pid);
      if (marker !== undefined) for (const pid of await listMarkedProcesses(marker, procRoot)) alive.add(pid);
      return [...alive];
    },
  };
}

/** Field 22 of /proc/<pid>/stat, the start time in clock ticks since boot: with the pid, a process's identity. */
export async function processStartTime(pid: number, procRoot = '/proc'): Promise<string | undefined> {
  try {
    const stat = await readFile(`${procRoot}/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields[0] === 'Z' ? undefined : fields[19];
  } catch {
    return undefined;
  }
}

/** Processes whose environment contains the line `marker` (e.g. `SHARDPROOF_RUN_ID=<uuid>`). */
export async function listMarkedProcesses(marker: string, procRoot = '/proc'): Promise<number[]> {
  let names: string[];
  try {
    names = await readdir(procRoot);
  } catch {
    return [];
  }
  const needle = Buffer.from(`\0${marker}\0`);
  const found: number[] = [];
  for (const name of names) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    // Other users' processes are unreadable; a vanished one throws: neither can be ours.
    const environ = await readFile(`${procRoot}/${name}/environ`).catch(() => undefined);
    if (environ && Buffer.concat([Buffer.from([0]), environ]).includes(needle)) found.push(Number(name));
  }
  return found;
}

/**
 * CPU time (user + system, ms) of this process's children that have been waited for: fields 16 and 17 of
 * /proc/self/stat. A test command's whole tree is folded into it when its leader is reaped, so the change
 * across one run is the run's CPU time (processes that escaped to init are not counted). Undefined off Linux.
 */
export async function reapedChildrenCpuMs(procRoot = '/proc'): Promise<number | undefined> {
  try {
    const stat = await readFile(`${procRoot}/self/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // fields[0] is field 3 (state): cutime is field 16, cstime field 17. Clock ticks are 100 per second on
    // every Linux architecture Node supports (USER_HZ).
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100;
  } catch {
    return undefined;
  }
}
