import path from 'node:path';
import { findFiles } from '../inputs/find-files.js';
import { UserError } from '../inputs/user-error.js';
import { isInside, outsideProblem } from '../platform/confined-path.js';
import { quoted } from '../platform/inert-text.js';
import { fileProblem } from './plan-items.js';

export interface DiscoverOptions {
  /** Newline-separated globs (the `tests` input). */
  tests: string;
  /** Newline-separated globs to leave out. */
  exclude?: string;
  /** Where the globs are evaluated. */
  cwd: string;
  /** Paths are reported relative to this (the repository root); defaults to `cwd`. */
  root?: string;
  /** The input name used in errors; `tests` unless a suite says otherwise. */
  inputName?: string;
  /** Symbolic links are followed only to paths inside this folder (default: cwd). */
  workspace?: string;
  /** Told of each link that was refused; without it a refused link is a UserError. */
  warn?: (message: string) => void;
}

/** Splits a multi-line input into trimmed, non-empty lines; `#` starts a comment line. */
export function splitLines(value: string | undefined): string[] {
  return (value ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

/** Repo-relative POSIX form: identical on Linux, macOS and Windows so plans are byte-identical. */
export function toRepoPath(absolute: string, root: string): string {
  return path.relative(root, absolute).split(path.sep).join('/');
}

/** Code-unit order, not locale order: locale collation differs between machines. */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Finds test files; sorted, de-duplicated, repo-relative POSIX paths. No match is a UserError. */
export async function discover(options: DiscoverOptions): Promise<string[]> {
  const patterns = splitLines(options.tests);
  const input = options.inputName ?? 'tests';
  if (patterns.length === 0) {
    throw new UserError(
      `Input '${input}' is empty; give one or more globs (one per line), e.g. "**/*.test.ts".`,
    );
  }
  const cwd = path.resolve(options.cwd);
  const root = path.resolve(options.root ?? cwd);
  // A working directory the workflow names outside the workspace is its own confinement; one inside it must not
  // be a committed link that leads out.
  const workspace = path.resolve(options.workspace ?? cwd);
  const within = isInside(cwd, workspace) ? workspace : cwd;
  const outside = await outsideProblem(cwd, [within]);
  if (outside !== undefined) throw new UserError(`Input 'working-directory': ${outside}.`);
  const excludeInput = input.replace(/tests$/, 'exclude');
  const refused: string[] = [];
  const found = await findFiles(patterns, {
    cwd,
    input,
    ignoreInput: excludeInput,
    ignore: [...splitLines(options.exclude), '**/node_modules/**', '**/.git/**'],
    within,
    onRefused: (message) => refused.push(message),
  });
  // A pull request can commit `tests/evil -> /`: walking it would list (and run) files outside the checkout.
  if (refused.length > 0 && options.warn === undefined) {
    throw new UserError(
      `Input '${input}': ${refused.join('; ')}. shardproof follows no link out of the workspace; remove the ` +
        `link or leave it out with '${excludeInput}'.`,
    );
  }
  for (const message of refused) options.warn?.(`${input}: ${message}`);
  const files = [...new Set(found.map((f) => toRepoPath(path.resolve(f), root)))].sort(compareStrings);
  // The run step refuses an item that reads as an option or holds a control character (plan-items.ts), so the
  // plan must not make one: say so here, by name.
  for (const file of files) {
    const problem = fileProblem(file);
    if (problem === undefined) continue;
    throw new UserError(
      `Input '${input}': the file ${quoted(file)} ${problem}, and shardproof passes no such name to a test ` +
        `command. Rename it, or leave it out with '${excludeInput}'.`,
    );
  }
  if (files.length === 0) {
    throw new UserError(
      `Input '${input}': no files match ${patterns.map((p) => JSON.stringify(p)).join(', ')} ` +
        `in ${JSON.stringify(toRepoPath(cwd, root) || '.')}. Check the globs and the working directory.`,
    );
  }
  return files;
}
