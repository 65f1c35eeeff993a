/**
 * Globs over paths on disk (tinyglobby), and the dialect every glob input shares with `globMatcher` (glob.ts).
 * Nothing here loads picomatch or tinyglobby at import: modules that only need `findFiles` (discover, and so the
 * timing history) must not bring them into a bundle's start.
 */
import { realpath as realpathCallback } from 'node:fs';
import { realpath } from 'node:fs/promises';
import { relative, resolve } from 'node:path';
import type { PicomatchOptions } from 'picomatch';
import type { FileSystemAdapter } from 'tinyglobby';
import { UserError } from '../errors/user-error.js';
import { isInside, outsideMessage } from '../platform/confined-path.js';

/** tinyglobby's defaults, spelled out for picomatch: `*` skips dot files unless the glob names the dot. */
export const MATCH_OPTIONS: PicomatchOptions = { dot: false, posix: true };

/**
 * A glob as the user wrote it, made relative the way tinyglobby makes it: a leading `./` is dropped. A backslash
 * escapes the next character (`\*` is a literal star), as in picomatch; paths are written with `/`. A backslash
 * before an ordinary character (`tests\e2e`) escapes nothing, so it is a Windows folder separator: refused with
 * the glob to write instead, since silently reading it either way would make `\*` mean two things.
 */
export function normalizeGlob(pattern: string, input: string): string {
  if (/\\[\w-]/.test(pattern)) {
    const slashed = pattern.replace(/\\(?=[\w-])/g, '/');
    throw new UserError(
      `Input '${input}': the glob ${JSON.stringify(pattern)} uses backslashes as folder separators; write ` +
        `${JSON.stringify(slashed)} (a backslash escapes the next character, as in \\* for a literal star).`,
    );
  }
  return pattern.replace(/^(?:\.\/)+/, '');
}

export interface FindFilesOptions {
  cwd: string;
  /** The input the patterns came from, for errors. */
  input: string;
  ignore?: readonly string[];
  ignoreInput?: string;
  /**
   * Symbolic links (to folders or files) are followed only when their real path is inside this folder (default:
   * cwd): a committed `tests/evil -> /` is neither walked nor matched. Each link refused is reported here,
   * unless `ignore` leaves it out anyway.
   */
  within?: string;
  onRefused?: (message: string) => void;
}

/**
 * Files (not folders) under `cwd` matching any of `patterns` and none of `ignore`, as absolute paths. tinyglobby
 * is loaded on the first call: the run step needs it only after its test runs (the `results` glob).
 */
export async function findFiles(patterns: readonly string[], options: FindFilesOptions): Promise<string[]> {
  const match = patterns.map((p) => normalizeGlob(p, options.input));
  const ignore = (options.ignore ?? []).map((p) => normalizeGlob(p, options.ignoreInput ?? options.input));
  const { glob } = await import('tinyglobby');
  const within = options.within ?? options.cwd;
  const realWithin = await realpath(within).catch(() => resolve(within));
  const refused = new Map<string, string>();
  let followed = false;
  const files = await glob(match, {
    cwd: options.cwd,
    ignore,
    onlyFiles: true,
    absolute: true,
    dot: MATCH_OPTIONS.dot,
    fs: confinedFs(realWithin, {
      refuse: (link, real) => refused.set(link, real),
      follow: () => (followed = true),
    }),
  });
  if (refused.size > 0 && options.onRefused) {
    const { default: picomatch } = await import('picomatch');
    const ignored = ignore.length ? picomatch(ignore, MATCH_OPTIONS) : () => false;
    for (const [link, real] of [...refused].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const rel = relative(options.cwd, link).split('\\').join('/');
      if (ignored(rel) || ignored(`${rel}/x`)) continue;
      options.onRefused(outsideMessage(link, real, realWithin));
    }
  }
  return followed ? oneNamePerFile(files) : files;
}

/**
 * Through a link that stays inside (`tests/loop -> ..`) one file is found under several names: a test file
 * planned twice would run twice, a report copied twice would count twice. Keeps one name per real file, the
 * one with no link in it when there is one, else the first in code-unit order.
 */
async function oneNamePerFile(files: string[]): Promise<string[]> {
  const byReal = new Map<string, string>();
  for (const file of [...files].sort()) {
    const real = await realpath(file).catch(() => file);
    const kept = byReal.get(real);
    if (kept === undefined || (file === real && kept !== real)) byReal.set(real, file);
  }
  const keep = new Set(byReal.values());
  return files.filter((file) => keep.has(file));
}

/**
 * The file system tinyglobby walks with, except that resolving a link whose real path leaves `within` fails:
 * the walker then skips that entry (a folder is not entered, a file not listed) as it skips a dangling link.
 */
function confinedFs(
  within: string,
  { refuse, follow }: { refuse: (link: string, real: string) => void; follow: () => void },
): FileSystemAdapter {
  const realpath = ((path: string, callback: (error: Error | null, real?: string) => void) =>
    realpathCallback(path, (error, real) => {
      if (error) return callback(error);
      if (isInside(real, within)) {
        follow();
        return callback(null, real);
      }
      refuse(path.replace(/\/+$/, ''), real);
      callback(Object.assign(new Error(`${path} leads outside ${within}`), { code: 'EACCES' }));
    })) as FileSystemAdapter['realpath'];
  return { realpath };
}
