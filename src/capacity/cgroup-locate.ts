import { posix } from 'node:path';
import { excerpt, readRootFile } from './root-files.js';

/** One line of /proc/self/cgroup: `hierarchy-id:controllers:path`. */
export interface CgroupMembership {
  hierarchyId: string;
  /** Empty for the cgroup v2 line (`0::/path`). */
  controllers: string[];
  /** Relative to the root of the hierarchy as this process's cgroup namespace sees it. */
  path: string;
}

/** A cgroup or cgroup2 mount from /proc/self/mountinfo. */
export interface CgroupMount {
  version: 1 | 2;
  /** The cgroup directory shown at the mount point; `/docker/abc` in a container without a cgroup namespace. */
  root: string;
  mountPoint: string;
  /** Super options; on v1 they name the controllers of the hierarchy (`rw,cpu,cpuacct`). */
  options: string[];
}

/** Where one of this process's cgroups lives, as the machine sees it (not prefixed with the probe root). */
export interface CgroupLocation {
  version: 1 | 2;
  dir: string;
  /** Limits are inherited from ancestors up to here; above it the hierarchy is not visible. */
  mountPoint: string;
}

export function parseProcCgroup(text: string): CgroupMembership[] {
  const memberships: CgroupMembership[] = [];
  for (const line of text.split('\n')) {
    // The path may itself contain ':', so only the first two colons separate fields.
    const match = /^(\d+):([^:]*):(\/.*)$/.exec(line.trim());
    if (!match) continue;
    const controllers = match[2] === '' ? [] : match[2].split(',');
    memberships.push({ hierarchyId: match[1], controllers, path: match[3] });
  }
  return memberships;
}

/** mountinfo escapes space, tab, newline and backslash in paths as octal (`\040`). */
function unescapeMountPath(field: string): string {
  return field.replace(/\\([0-7]{3})/g, (_, octal: string) => String.fromCharCode(parseInt(octal, 8)));
}

export function parseCgroupMounts(text: string): CgroupMount[] {
  const mounts: CgroupMount[] = [];
  for (const line of text.split('\n')) {
    // Fields: id parent major:minor root mount-point options [optional...] - fstype source super-options
    const fields = line.trim().split(' ');
    const separator = fields.indexOf('-', 6);
    if (separator < 0 || fields.length < separator + 4) continue;
    const fsType = fields[separator + 1];
    if (fsType !== 'cgroup' && fsType !== 'cgroup2') continue;
    mounts.push({
      version: fsType === 'cgroup2' ? 2 : 1,
      root: unescapeMountPath(fields[3]),
      mountPoint: unescapeMountPath(fields[4]),
      options: fields[separator + 3].split(','),
    });
  }
  return mounts;
}

/** The path below `root`, or undefined when the cgroup lies outside what the mount shows. */
function pathBelowRoot(path: string, root: string): string | undefined {
  // A process moved out of its cgroup namespace sees paths like `/../../other`.
  if (path.split('/').includes('..')) return undefined;
  if (root === '/') return path;
  if (path === root) return '/';
  return path.startsWith(`${root}/`) ? path.slice(root.length) : undefined;
}

function mountsFor(membership: CgroupMembership, controller: string, mounts: CgroupMount[]): CgroupMount[] {
  if (membership.hierarchyId === '0' && membership.controllers.length === 0) {
    return mounts.filter((m) => m.version === 2);
  }
  if (!membership.controllers.includes(controller)) return [];
  return mounts.filter((m) => m.version === 1 && m.options.includes(controller));
}

/**
 * Every directory holding this process's cgroup for `controller`: the v2 cgroup and, on v1 or hybrid
 * hosts, the v1 hierarchy carrying the controller. Callers take the lowest limit over all of them, because
 * on a hybrid host the v2 tree exists but the limit is set on v1 (or the other way round).
 */
export function locateCgroups(
  controller: 'cpu' | 'memory',
  memberships: CgroupMembership[],
  mounts: CgroupMount[],
  warnings: string[],
): CgroupLocation[] {
  const locations: CgroupLocation[] = [];
  for (const membership of memberships) {
    const candidates = mountsFor(membership, controller, mounts);
    if (candidates.length === 0) continue;
    // The same hierarchy can be mounted more than once; the deepest root containing the path is the closest view.
    const usable = candidates
      .map((mount) => ({ mount, below: pathBelowRoot(membership.path, mount.root) }))
      .filter((c): c is { mount: CgroupMount; below: string } => c.below !== undefined)
      .sort((a, b) => b.mount.root.length - a.mount.root.length);
    if (usable.length === 0) {
      const roots = candidates.map((m) => `${m.root} at ${m.mountPoint}`).join(', ');
      warnings.push(
        `cgroup ${membership.path} is outside the mounted hierarchy (${roots}); its limits are not visible`,
      );
      continue;
    }
    const { mount, below } = usable[0];
    const dir = below === '/' ? mount.mountPoint : posix.join(mount.mountPoint, below);
    if (!locations.some((l) => l.dir === dir)) {
      locations.push({ version: mount.version, dir, mountPoint: mount.mountPoint });
    }
  }
  return locations;
}

const CGROUP_FILE = '/proc/self/cgroup';
const MOUNTINFO_FILE = '/proc/self/mountinfo';

/** This process's cgroup directories for the cpu and memory controllers, read through `root`. */
export function findOwnCgroups(
  root: string,
  warnings: string[],
): { cpu: CgroupLocation[]; memory: CgroupLocation[] } {
  const cgroupText = readRootFile(root, CGROUP_FILE);
  const mountinfoText = readRootFile(root, MOUNTINFO_FILE);
  if (cgroupText === undefined || mountinfoText === undefined) {
    const missing = cgroupText === undefined ? CGROUP_FILE : MOUNTINFO_FILE;
    warnings.push(`could not read ${missing}; cgroup CPU and memory limits were not checked`);
    return { cpu: [], memory: [] };
  }
  const memberships = parseProcCgroup(cgroupText);
  const mounts = parseCgroupMounts(mountinfoText);
  if (memberships.length === 0) {
    warnings.push(`ignored ${CGROUP_FILE}: no line like 0::/path found in ${excerpt(cgroupText)}`);
  }
  const found = {
    cpu: locateCgroups('cpu', memberships, mounts, warnings),
    memory: locateCgroups('memory', memberships, mounts, warnings),
  };
  for (const controller of ['cpu', 'memory'] as const) {
    if (memberships.length > 0 && found[controller].length === 0) {
      warnings.push(
        `no mounted cgroup hierarchy holds the ${controller} controller; ${controller} limits were not checked`,
      );
    }
  }
  return found;
}
