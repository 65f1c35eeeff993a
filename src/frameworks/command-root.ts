import { isAbsolute, posix, relative } from 'node:path';

/**
 * A command that starts with `cd backend && …` runs the framework in that folder, while shardproof finds
 * and names test files relative to the working directory (`backend/tests/test_a.py`). This reads that
 * folder from the command — only a literal `cd <dir> &&` at the very start, the one form that can be
 * read without running a shell — so file arguments can be given relative to it. Reports name files
 * relative to the framework's own root either way; rebase-paths.ts maps them back to repository paths.
 */
export function commandRoot(command: string | undefined, cwd: string): string | undefined {
  const match = /^\s*cd\s+('[^']*'|"[^"$`\\]*"|[^\s'"$`\\;&|<>(){}*?[\]~]+)\s*&&/.exec(command ?? '');
  if (!match) return undefined;
  const word = match[1].replace(/^(['"])(.*)\1$/, '$2');
  const dir = isAbsolute(word) ? relative(cwd, word).split('\\').join('/') : word;
  const root = posix.normalize(dir).replace(/\/+$/, '');
  return root === '.' || root === '' ? undefined : root;
}

/**
 * A file argument (a path, a pytest node id `path::test`, a go package `./pkg`) under `root`, made
 * relative to it: `backend/tests/a.py::t` → `tests/a.py::t`, `./svc/api/calc` → `./calc`. Anything not
 * under the root (a go import path, a file elsewhere) is passed as it is.
 */
export function relativeToRoot(root: string | undefined, arg: string): string {
  if (root === undefined) return arg;
  const dotted = arg.startsWith('./');
  const path = dotted ? arg.slice(2) : arg;
  if (path === root) return '.';
  if (!path.startsWith(`${root}/`)) return arg;
  const rest = path.slice(root.length + 1);
  return dotted ? `./${rest}` : rest;
}
