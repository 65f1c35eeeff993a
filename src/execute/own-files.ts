/**
 * The output folder is shared with the test command, which can delete it, make it read-only or plant
 * symbolic links in it (`results.json -> /somewhere/else`) while it runs. shardproof never writes through a
 * link it did not create: every file it writes there is opened with O_NOFOLLOW after any link found at its
 * name is removed, and the folder is made a real, writable folder of ours again after every run.
 * These helpers are for every writer of the proof folder (logs, report copies, results, manifest).
 */
import { constants, createWriteStream, openSync, type WriteStream } from 'node:fs';
import { chmod, copyFile, lstat, mkdir, open, readlink, rm, unlink } from 'node:fs/promises';
import { quoted } from '../platform/inert-text.js';

/** Write-only, created or truncated, and refused (ELOOP) when the name is a symbolic link. */
export const OWN_FILE_FLAGS =
  constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
const APPEND_FLAGS = constants.O_WRONLY | constants.O_APPEND | constants.O_NOFOLLOW;

/**
 * Makes `dir` a real folder this user can write again, and says what had been done to it (nothing: []).
 * A link or a file in its place is removed and the folder recreated; lost permissions are restored.
 */
export async function reclaimOutputDir(dir: string): Promise<string[]> {
  const info = await lstat(dir).catch(() => undefined);
  if (info === undefined) {
    await mkdir(dir, { recursive: true });
    return [`the output folder ${quoted(dir)} was removed; recreated it`];
  }
  if (info.isSymbolicLink() || !info.isDirectory()) {
    const what = info.isSymbolicLink() ? `a symbolic link to ${quoted(await readlink(dir))}` : 'a file';
    await rm(dir, { force: true });
    await mkdir(dir, { recursive: true });
    return [`the output folder ${quoted(dir)} had been replaced by ${what}; replaced it with a folder`];
  }
  if ((info.mode & 0o700) !== 0o700) {
    await chmod(dir, (info.mode & 0o777) | 0o700);
    return [
      `the output folder ${quoted(dir)} was made mode ${(info.mode & 0o777).toString(8)}; made it writable`,
    ];
  }
  return [];
}

/** Removes a symbolic link planted at `path` (never its target); says so, or undefined when there was none. */
export async function removePlantedLink(path: string): Promise<string | undefined> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isSymbolicLink()) return undefined;
  const target = await readlink(path).catch(() => '?');
  await unlink(path);
  return `${quoted(path)} was a symbolic link to ${quoted(target)}; removed the link, its target untouched`;
}

/** Writes a whole file of ours; a link at its name is removed first and never followed. */
export async function writeOwnFile(path: string, data: string | Uint8Array): Promise<void> {
  await removePlantedLink(path);
  const handle = await open(path, OWN_FILE_FLAGS, 0o644);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/** Appends to a file of ours; refuses (ELOOP) to append through a link. */
export async function appendOwnFile(path: string, data: string): Promise<void> {
  const handle = await open(path, APPEND_FLAGS);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

/**
 * A write stream to a file of ours (for results.json, records.jsonl and logs): a link at its name is
 * removed first; if one is planted again before the open, the stream fails with ELOOP instead of following it.
 */
export async function createOwnWriteStream(path: string): Promise<WriteStream> {
  await removePlantedLink(path);
  const handle = await open(path, OWN_FILE_FLAGS, 0o644);
  return handle.createWriteStream();
}

/** Copies `from` to a new file of ours at `to`: whatever is at `to` (a planted link) is removed first. */
export async function copyToOwnFile(from: string, to: string): Promise<void> {
  await removePlantedLink(to);
  await rm(to, { force: true });
  // COPYFILE_EXCL creates with O_EXCL, which never follows a link planted in between.
  await copyFile(from, to, constants.COPYFILE_EXCL);
}

/**
 * The same, synchronously, for a file whose name the caller has just cleared (reclaimOutputDir and
 * removePlantedLink before the run): a link planted since makes it throw ELOOP, never writes through it.
 */
export function openOwnWriteStream(path: string): WriteStream {
  return createWriteStream(path, { fd: openSync(path, OWN_FILE_FLAGS, 0o644) });
}
