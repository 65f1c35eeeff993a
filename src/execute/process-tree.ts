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
  let busy = false;
  // Every member ever seen, with its start time: a process that left the tree (setsid, then its parent
  // exited) can still be found and stopped, and a recycled pid is never mistaken for it.
  const seen = new Map<number, string>();
  const sample = async () => {
    if (busy) return; // a slow /proc scan must not pile up
    busy = true;
    try {
      const pids = await listProcessTree(pgid, procRoot);
      if (pids.length > 0) peak = Math.max(peak ?? 0, await sumRssBytes(pids, procRoot));
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
