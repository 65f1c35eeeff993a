/**
 * Custom commands write reports wherever they like; after each run the files matching the user's
 * `results` glob are copied into the output folder as `<base>-<n>.<ext>`, so every run keeps its own.
 */
import { realpath, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { isInside, outsideMessage } from '../platform/confined-path.js';
import { quoted } from '../platform/inert-text.js';
import { copyToOwnFile } from './own-files.js';
import { findFiles } from '../inputs/find-files.js';

// The kernel stamps mtimes from a coarse clock that can lag Date.now() by a few milliseconds.
const MTIME_SLACK_MS = 50;

/** A copy in the output folder and the name the user knows the report by (for messages). */
export interface CollectedReport {
  path: string;
  name: string;
}

export interface CollectedReports {
  reports: CollectedReport[];
  /** Matches that were not taken, one sentence each (a link out of the workspace, a failed copy). */
  refused: string[];
}

/**
 * Copies reports written since `sinceMs` (epoch ms) and returns the copies, in glob-sorted order.
 * Older matches are left out on purpose: a report left by an earlier run must not stand in for a run
 * that wrote none — that run is then recorded as having no report, loudly, instead of reusing stale data.
 * A match that is a symbolic link leading out of the workspace is refused: the test command could
 * otherwise have shardproof copy (and quote) any file the runner can read.
 */
export async function collectReports(opts: {
  glob: string;
  cwd: string;
  /** Links may lead anywhere inside this folder (default: cwd). */
  workspace?: string;
  sinceMs: number;
  outputDir: string;
  baseName: string;
}): Promise<CollectedReports> {
  const outputDir = resolve(opts.outputDir);
  const workspace = await realpath(opts.workspace ?? opts.cwd).catch(() =>
    resolve(opts.workspace ?? opts.cwd),
  );
  const fresh: string[] = [];
  const refused: string[] = [];
  const matches = await findFiles([opts.glob], {
    cwd: opts.cwd,
    input: 'results',
    within: workspace,
    onRefused: (message) => refused.push(message),
  });
  for (const file of matches.sort()) {
    if (!relative(outputDir, file).startsWith('..')) continue; // our own copies are not reports
    const real = await realpath(file).catch(() => undefined);
    if (real === undefined) continue; // gone, or a dangling link
    if (!isInside(real, workspace) && real !== file) {
      refused.push(outsideMessage(file, real, workspace));
      continue;
    }
    const info = await stat(real).catch(() => undefined);
    if (info && info.mtimeMs >= opts.sinceMs - MTIME_SLACK_MS) fresh.push(file);
  }
  const reports: CollectedReport[] = [];
  for (const [index, file] of fresh.entries()) {
    const target = join(outputDir, `${opts.baseName}-${index + 1}${extname(file) || '.xml'}`);
    const name = relative(opts.cwd, file) || file;
    try {
      await copyToOwnFile(file, target);
      reports.push({ path: target, name });
    } catch (error) {
      // The run may have removed the file or the folder meanwhile: a missing report, not a crash.
      refused.push(`${quoted(name)} could not be copied (${(error as NodeJS.ErrnoException).code ?? error})`);
    }
  }
  return { reports, refused };
}
