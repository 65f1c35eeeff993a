import { cpus as osCpus } from 'node:os';
import { describe, expect, it } from 'vitest';
import { detectCapacity, GiB } from '../../src/capacity/index.js';
import { fixtureRoot } from './fixture-root.js';

/** Detect on a fixture tree as Linux, with OS fallbacks that are easy to recognise when they are used. */
function detectLinux(fixture: string) {
  return detectCapacity({
    root: fixtureRoot(fixture),
    platform: 'linux',
    availableParallelism: () => 6,
    freemem: () => 3 * GiB,
    totalmem: () => 16 * GiB,
  });
}

describe('detectCapacity on cgroup v2', () => {
  it('takes a parent quota lower than the leaf quota, ignoring cpu.weight', () => {
    const capacity = detectLinux('v2-nested-quota');
    expect(capacity).toMatchObject({
      cpus: 2,
      cpuSource: 'cgroup-quota',
      cpuQuota: 2,
      cpuQuotaFile: '/sys/fs/cgroup/ci.slice/cpu.max',
      affinity: 8,
    });
    expect(capacity.warnings).toEqual([]);
    expect(capacity.explanation.split('\n')[0]).toBe(
      'cpus: 2 (affinity 8, cgroup quota 2.0 CPUs at /sys/fs/cgroup/ci.slice/cpu.max)',
    );
  });

  it('takes the lowest of memory.max and memory.high over the ancestors', () => {
    const capacity = detectLinux('v2-nested-quota');
    expect(capacity).toMatchObject({
      memoryBytes: 3 * GiB,
      memorySource: 'cgroup-limit',
      memoryLimit: 3 * GiB,
      memoryLimitFile: '/sys/fs/cgroup/ci.slice/memory.high',
    });
    expect(capacity.explanation.split('\n')[1]).toBe(
      'memory: 3.0 GiB (cgroup limit 3.0 GiB at /sys/fs/cgroup/ci.slice/memory.high, MemAvailable 12.0 GiB)',
    );
  });

  it('floors a 1.5 CPU quota to 1 CPU but reports the quota as 1.5, and counts a split affinity list as 8', () => {
    const capacity = detectLinux('v2-fractional');
    expect(capacity).toMatchObject({ cpus: 1, cpuQuota: 1.5, affinity: 8, cpuSource: 'cgroup-quota' });
    expect(capacity.explanation.split('\n')[0]).toBe(
      'cpus: 1 (affinity 8, cgroup quota 1.5 CPUs at /sys/fs/cgroup/actions_job/abc/cpu.max)',
    );
    expect(capacity.memoryBytes).toBe(2 * GiB);
  });

  it('strips the mount root from the cgroup path inside a container and walks up to the mount point', () => {
    const capacity = detectLinux('container-v2-prefix');
    // cgroup /kubepods/pod9/c1/tests under mount root /kubepods/pod9/c1 is /sys/fs/cgroup/tests;
    // its parent, the mount point, holds a 0.5 CPU quota: floored to 0, then raised to the minimum of 1.
    expect(capacity).toMatchObject({
      cpus: 1,
      cpuQuota: 0.5,
      cpuQuotaFile: '/sys/fs/cgroup/cpu.max',
      memoryBytes: 1 * GiB,
      memoryLimitFile: '/sys/fs/cgroup/memory.max',
    });
    expect(capacity.warnings).toEqual([]);
  });
});

describe('detectCapacity on cgroup v1 and hybrid hosts', () => {
  it('lets affinity decide when the v1 quota is -1, and treats the v1 "unlimited" memory value as no limit', () => {
    const capacity = detectLinux('v1-no-quota');
    expect(capacity).toEqual({
      cpus: 4,
      cpuSource: 'affinity',
      affinity: 4,
      memoryBytes: 6 * GiB,
      memorySource: 'meminfo',
      warnings: [],
      explanation:
        'cpus: 4 (affinity 4, no cgroup CPU quota)\nmemory: 6.0 GiB (MemAvailable 6.0 GiB, no cgroup memory limit)',
    });
  });

  it('reads cpu and memory limits from v1 on a hybrid host where cgroup2 is mounted at unified', () => {
    const capacity = detectLinux('hybrid');
    expect(capacity).toMatchObject({
      cpus: 3,
      cpuQuota: 3.5,
      cpuQuotaFile: '/sys/fs/cgroup/cpu/runner/job-7/cpu.cfs_quota_us',
      affinity: 4,
      memoryBytes: 2 * GiB,
      memoryLimitFile: '/sys/fs/cgroup/memory/runner/job-7/memory.limit_in_bytes',
      warnings: [],
    });
  });

  it('maps a docker cgroup path equal to the mount root onto the mount point itself', () => {
    const capacity = detectLinux('container-v1-docker');
    expect(capacity).toMatchObject({
      cpus: 2,
      affinity: 16,
      cpuQuotaFile: '/sys/fs/cgroup/cpu,cpuacct/cpu.cfs_quota_us',
      memoryBytes: 4 * GiB,
      memoryLimitFile: '/sys/fs/cgroup/memory/memory.limit_in_bytes',
      warnings: [],
    });
  });
});

describe('detectCapacity when files are missing or broken', () => {
  it('falls back to availableParallelism and warns once each when status and the cgroup directory are missing', () => {
    const capacity = detectLinux('missing-files');
    expect(capacity).toMatchObject({ cpus: 6, cpuSource: 'available-parallelism', memoryBytes: 4 * GiB });
    expect(capacity.warnings).toEqual([
      'could not read /proc/self/status; CPU affinity unknown',
      'cgroup directory /sys/fs/cgroup/gone.scope does not exist; its limits were not checked',
    ]);
    expect(capacity.explanation).toBe(
      'cpus: 6 (os.availableParallelism() 6, no cgroup CPU quota)\n' +
        'memory: 4.0 GiB (MemAvailable 4.0 GiB, no cgroup memory limit)',
    );
  });

  it('uses the OS figures when the root has no /proc at all', () => {
    const capacity = detectLinux('no-such-fixture');
    expect(capacity).toMatchObject({ cpus: 6, memoryBytes: 3 * GiB, memorySource: 'os-freemem' });
    expect(capacity.warnings).toEqual([
      'could not read /proc/self/cgroup; cgroup CPU and memory limits were not checked',
      'could not read /proc/self/status; CPU affinity unknown',
      'could not read /proc/meminfo',
    ]);
  });

  it('warns about every garbage file and falls back without throwing', () => {
    const capacity = detectLinux('garbage');
    expect(capacity).toMatchObject({
      cpus: 6,
      cpuSource: 'available-parallelism',
      memoryBytes: 3 * GiB,
      memorySource: 'os-freemem',
    });
    expect(capacity.warnings).toEqual([
      'ignored Cpus_allowed_list in /proc/self/status: expected a list like 0-3,8-11, found "eight-ish"',
      'ignored /sys/fs/cgroup/job/cpu.max: expected "max 100000" or "<quota> <period>", found "banana"',
      'ignored /proc/meminfo: no MemTotal line in "MemTotal: lots\\nMemAvailable: some"',
      'ignored /sys/fs/cgroup/job/memory.max: expected a whole number, found "2G"',
      'ignored /sys/fs/cgroup/job/memory.high: expected a whole number, found "-5"',
    ]);
  });
});

describe('detectCapacity off Linux', () => {
  it('uses the injected availableParallelism and freemem on macOS and says so', () => {
    const capacity = detectCapacity({
      root: fixtureRoot('v2-nested-quota'),
      platform: 'darwin',
      availableParallelism: () => 10,
      freemem: () => 3 * GiB,
      totalmem: () => 16 * GiB,
    });
    expect(capacity).toEqual({
      cpus: 10,
      cpuSource: 'available-parallelism',
      memoryBytes: 3 * GiB,
      memorySource: 'os-freemem',
      warnings: [],
      explanation:
        'cpus: 10 (os.availableParallelism() 10; no cgroups on darwin)\n' +
        'memory: 3.0 GiB (os.freemem() 3.0 GiB of 16.0 GiB total)',
    });
  });
});

describe('detectCapacity on this machine', () => {
  it('reports at least one CPU, no more than the machine has, and some memory', () => {
    const capacity = detectCapacity();
    expect(capacity.cpus).toBeGreaterThanOrEqual(1);
    expect(capacity.cpus).toBeLessThanOrEqual(osCpus().length);
    expect(Number.isInteger(capacity.cpus)).toBe(true);
    expect(capacity.memoryBytes).toBeGreaterThan(0);
    expect(capacity.explanation).toMatch(/^cpus: \d+ \(.*\)\nmemory: .+ \(.*\)$/);
  });
});
