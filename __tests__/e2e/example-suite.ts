import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** A scratch copy of a bundled example suite, so tests never write into the repository. */
export function copyExample(name: 'node-suite' | 'pytest-suite' | 'go-suite'): string {
  const dir = join(mkdtempSync(join(tmpdir(), `shardproof-${name}-`)), name);
  cpSync(resolve('examples', name), dir, { recursive: true });
  return dir;
}

/** Debian's python3-pytest and python3-pytest-xdist live under /usr/bin; a pyenv or venv python earlier
 * on PATH would lack xdist. */
export const DEBIAN_PYTHON_PATH = `/usr/bin:${process.env.PATH ?? ''}`;
