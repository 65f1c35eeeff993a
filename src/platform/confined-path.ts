import { constants } from 'node:fs';
import { lstat, mkdir, open, readlink, realpath, rm, writeFile } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { UserError } from '../errors/user-error.js';
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

/**
 * Why shardproof may not use its own file at `path` (a timing history restored from the cache, the CLI's local
 * history): its folder or its name is a symbolic link. Restored from a cache entry or committed into the
 * repository (`.shardproof -> ~`), such a link would have shardproof read, quote or overwrite a file it never
 * made. Undefined when neither is a link.
 */
export async function ownFileLinkProblem(path: string): Promise<string | undefined> {
  return (await linkProblem(dirname(path))) ?? (await linkProblem(path));
}

async function linkProblem(name: string): Promise<string | undefined> {
  const info = await lstat(name).catch(() => undefined);
  if (!info?.isSymbolicLink()) return undefined;
  const target = await readlink(name).catch(() => '?');
  return (
    `${quoted(name)} is a symbolic link to ${quoted(target)}; shardproof reads and writes its own files ` +
    'only where it made them (remove the link)'
  );
}

/**
 * Reads a file of shardproof's own, never through a link; undefined when there is none. O_NOFOLLOW closes the
 * gap between the check and the open; O_NONBLOCK keeps a FIFO planted at the name from blocking the open.
 */
export async function readOwnFile(path: string): Promise<string | undefined> {
  const problem = await ownFileLinkProblem(path);
  if (problem !== undefined) throw new UserError(problem);
  const flags = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;
  const handle = await open(path, flags).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ELOOP') throw new UserError(`${quoted(path)} is a symbolic link; not read`);
    throw error;
  });
  if (handle === undefined) return undefined;
  try {
    if (!(await handle.stat()).isFile())
      throw new UserError(`${quoted(path)} is not a regular file; not read`);
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

/** Writes a file of shardproof's own: a link at its name is replaced, never written through; a linked folder is refused. */
export async function writeOwnFileAt(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const problem = await linkProblem(dirname(path));
  if (problem !== undefined) throw new UserError(problem);
  await rm(path, { force: true });
  // O_EXCL: a link planted again after the removal makes the write fail instead of following it.
  await writeFile(path, content, { flag: 'wx' });
}
