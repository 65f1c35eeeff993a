import { findOwnCgroups } from './cgroup-locate.js';
import { readRootFile } from './root-files.js';

/**
 * How many processes the kernel's OOM killer has ended in this process's memory cgroups so far: `oom_kill`
 * in memory.events (v2) or memory.oom_control (v1). A run whose count rose was OOM-killed even when the
 * process that died was a worker and the test command exited with an ordinary failure code.
 * Undefined when no cgroup says (off Linux, or no memory controller mounted).
 */
export function readOomKillCount(root = '/'): number | undefined {
  const { memory } = findOwnCgroups(root, []);
  let total: number | undefined;
  for (const location of memory) {
    const file = location.version === 2 ? 'memory.events' : 'memory.oom_control';
    const text = readRootFile(root, `${location.dir}/${file}`);
    const count = text === undefined ? undefined : /^oom_kill (\d+)$/m.exec(text)?.[1];
    if (count !== undefined) total = (total ?? 0) + Number(count);
  }
  return total;
}
