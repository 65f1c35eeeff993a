import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { quoted } from './inert-text.js';

/**
 * Pull requests can commit symbolic links: `old/run-1.xml -> /etc/shadow`. Files a user names (reports,
 * timing histories) are read only when their real path, links resolved, is inside the workspace, so a
 * link never carries shardproof, or what it quotes in a warning, to a file outside it.
 */

/** Lexically inside `folder` (both absolute and resolved). */
export function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The workspace: GITHUB_WORKSPACE on a runner, else the current directory. */
export function workspaceOf(env: NodeJS.ProcessEnv): string {
  return resolve(env.GITHUB_WORKSPACE || process.cwd());
}

/**
 * Why `path` may not be read, or undefined when its real path is inside one of `roots`. A file that does not
 * exist is left to the reader (which says so in its own words).
 */
export async function outsideProblem(path: string, roots: readonly string[]): Promise<string | undefined> {
  const real = await realpath(path).catch(() => undefined);
  if (real === undefined) return undefined;
  const realRoots = await Promise.all(roots.map((root) => realpath(root).catch(() => resolve(root))));
  if (realRoots.some((root) => isInside(real, root))) return undefined;
  return outsideMessage(path, real, realRoots[0]);
}

/** Says that `path`, whose real path is `real`, lies outside `root` (for a warning or a UserError). */
export function outsideMessage(path: string, real: string, root: string): string {
  const how = real === resolve(path) ? 'is' : `is a symbolic link to ${quoted(real)},`;
  return `${quoted(path)} ${how} outside the workspace ${quoted(root)}; shardproof reads no file there`;
}
