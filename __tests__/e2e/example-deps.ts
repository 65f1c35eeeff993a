import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scratchDir } from './scratch.js';

/**
 * A scratch copy of an example project whose framework comes from the npm registry: `npm install` runs once
 * per package-lock.json (in the system temp dir, never in the repository) and every copy links to it.
 */
export function installedExample(name: string): string {
  const source = resolve('examples', name);
  // A project inside an example (isolation-suite/vitest) gets a flat name for its folders.
  const flat = name.replaceAll('/', '-');
  const modules = installOnce(flat, source);
  const dir = join(scratchDir(flat), flat);
  cpSync(source, dir, { recursive: true, filter: (path) => !path.includes('node_modules') });
  symlinkSync(modules, join(dir, 'node_modules'), 'dir');
  return dir;
}

/** The bin folder of a package set that is not an example (e.g. __tests__/fixtures/node22: a Node 22). */
export function installedBin(fixture: string): string {
  return join(installOnce(fixture.replaceAll('/', '-'), resolve(fixture)), '.bin');
}

function installOnce(name: string, source: string): string {
  const lock = readFileSync(join(source, 'package-lock.json'));
  const key = createHash('sha256').update(lock).digest('hex').slice(0, 16);
  const root = join(tmpdir(), 'shardproof-example-deps', `${name}-${key}`);
  const modules = join(root, 'node_modules');
  if (existsSync(modules)) return modules;
  // Install beside, then rename: two test files installing at once never see half a node_modules.
  const staging = `${root}.${process.pid}`;
  rmSync(staging, { recursive: true, force: true });
  mkdirSync(staging, { recursive: true });
  cpSync(join(source, 'package.json'), join(staging, 'package.json'));
  cpSync(join(source, 'package-lock.json'), join(staging, 'package-lock.json'));
  // `npm install` with the lock rather than `npm ci`: vite's lock entry names a Windows-only optional
  // package that `npm ci` insists on finding in the lock, while install skips what this platform lacks.
  const npm = spawnSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: staging,
    encoding: 'utf8',
    timeout: 600_000,
  });
  if (npm.status !== 0) throw new Error(`npm install for ${source} failed:\n${npm.stdout}\n${npm.stderr}`);
  try {
    renameSync(staging, root);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another process won the race
  }
  return modules;
}
