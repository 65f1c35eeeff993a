import { cpSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from './scratch.js';

/** A scratch copy of a bundled example suite, so tests never write into the repository. */
export function copyExample(
  name: 'node-suite' | 'pytest-suite' | 'go-suite' | 'isolation-suite/pytest',
): string {
  const flat = name.replaceAll('/', '-');
  const dir = join(scratchDir(flat), flat);
  cpSync(resolve('examples', name), dir, { recursive: true });
  return dir;
}

/** Debian's python3-pytest and python3-pytest-xdist live under /usr/bin; a pyenv or venv python earlier
 * on PATH would lack xdist. */
export const DEBIAN_PYTHON_PATH = `/usr/bin:${process.env.PATH ?? ''}`;
