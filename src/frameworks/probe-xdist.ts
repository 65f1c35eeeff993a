import { spawnSync } from 'node:child_process';

/**
 * Whether the python3 the pytest preset will run can import pytest-xdist. Without it `-n N` is an
 * "unrecognized arguments" error (exit 4), so the run step falls back to one worker and says why.
 */
export function hasPytestXdist(cwd: string, env: Record<string, string>): boolean {
  const probe = spawnSync('python3', ['-c', 'import xdist'], { cwd, env, stdio: 'ignore', timeout: 30_000 });
  return probe.status === 0;
}
