import { describe, expect, it } from 'vitest';
import {
  locateCgroups,
  parseCgroupMounts,
  parseProcCgroup,
  type CgroupMount,
} from '../../src/capacity/cgroup-locate.js';
import { ancestorsUpToMount } from '../../src/capacity/cgroup-limits.js';

describe('parseProcCgroup', () => {
  it('reads v2, v1 and named hierarchies, keeping colons inside the path', () => {
    expect(parseProcCgroup('4:cpu,cpuacct:/a\n1:name=systemd:/b:c\n0::/\nnoise\n')).toEqual([
      { hierarchyId: '4', controllers: ['cpu', 'cpuacct'], path: '/a' },
      { hierarchyId: '1', controllers: ['name=systemd'], path: '/b:c' },
      { hierarchyId: '0', controllers: [], path: '/' },
    ]);
  });
});

describe('parseCgroupMounts', () => {
  it('keeps only cgroup mounts, reads past optional fields and unescapes octal spaces', () => {
    const text = [
      '22 1 0:21 / /proc rw shared:12 - proc proc rw',
      '41 31 0:38 / /sys/fs/cgroup/unified rw,relatime shared:7 master:2 - cgroup2 cgroup2 rw',
      '32 31 0:29 /my\\040job /sys/fs/cgroup/cpu rw - cgroup cgroup rw,cpu,cpuacct',
    ].join('\n');
    expect(parseCgroupMounts(text)).toEqual([
      { version: 2, root: '/', mountPoint: '/sys/fs/cgroup/unified', options: ['rw'] },
      { version: 1, root: '/my job', mountPoint: '/sys/fs/cgroup/cpu', options: ['rw', 'cpu', 'cpuacct'] },
    ]);
  });
});

describe('locateCgroups', () => {
  const mounts: CgroupMount[] = [
    { version: 1, root: '/', mountPoint: '/sys/fs/cgroup/cpuset', options: ['rw', 'cpuset'] },
    { version: 1, root: '/', mountPoint: '/sys/fs/cgroup/cpu', options: ['rw', 'cpu'] },
    { version: 2, root: '/', mountPoint: '/sys/fs/cgroup/unified', options: ['rw'] },
  ];

  it('returns the v1 cpu hierarchy and the v2 tree, but not cpuset, for cpu', () => {
    const memberships = parseProcCgroup('3:cpuset:/x\n1:cpu:/job\n0::/job\n');
    expect(locateCgroups('cpu', memberships, mounts, [])).toEqual([
      { version: 1, dir: '/sys/fs/cgroup/cpu/job', mountPoint: '/sys/fs/cgroup/cpu' },
      { version: 2, dir: '/sys/fs/cgroup/unified/job', mountPoint: '/sys/fs/cgroup/unified' },
    ]);
  });

  it('prefers the mount whose root is the deepest prefix, matching only whole path segments', () => {
    const bound: CgroupMount[] = [
      { version: 2, root: '/', mountPoint: '/host/cgroup', options: ['rw'] },
      { version: 2, root: '/ci', mountPoint: '/sys/fs/cgroup', options: ['rw'] },
      { version: 2, root: '/ci/jo', mountPoint: '/elsewhere', options: ['rw'] },
    ];
    expect(locateCgroups('memory', parseProcCgroup('0::/ci/job\n'), bound, [])).toEqual([
      { version: 2, dir: '/sys/fs/cgroup/job', mountPoint: '/sys/fs/cgroup' },
    ]);
  });

  it('warns when the cgroup lies outside every mount root instead of guessing a directory', () => {
    const warnings: string[] = [];
    const inner: CgroupMount[] = [
      { version: 2, root: '/docker/abc', mountPoint: '/sys/fs/cgroup', options: ['rw'] },
    ];
    expect(locateCgroups('cpu', parseProcCgroup('0::/../../other\n'), inner, warnings)).toEqual([]);
    expect(warnings).toEqual([
      'cgroup /../../other is outside the mounted hierarchy (/docker/abc at /sys/fs/cgroup); its limits are not visible',
    ]);
  });
});

describe('ancestorsUpToMount', () => {
  it('lists the cgroup and each parent up to and including the mount point', () => {
    const location = { version: 2 as const, dir: '/sys/fs/cgroup/a/b', mountPoint: '/sys/fs/cgroup' };
    expect(ancestorsUpToMount(location)).toEqual([
      '/sys/fs/cgroup/a/b',
      '/sys/fs/cgroup/a',
      '/sys/fs/cgroup',
    ]);
  });
});
