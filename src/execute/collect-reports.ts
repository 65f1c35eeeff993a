/**
 * Custom commands write reports wherever they like; after each run the files matching the user's
 * `results` glob are copied into the output folder as `<base>-<n>.<ext>`, so every run keeps its own.
 */
import { copyFile, stat } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { glob } from 'tinyglobby';

// The kernel stamps mtimes from a coarse clock that can lag Date.now() by a few milliseconds.
const MTIME_SLACK_MS = 50;

/**
 * Copies reports written since `sinceMs` (epoch ms) and returns the new paths, in glob-sorted order.
 * Older matches are left out on purpose: a report left by an earlier run must not stand in for a run
 * that wrote none — that run is then recorded as having no report, loudly, instead of reusing stale data.
 */
export async function collectReports(opts: {
  glob: string;
  cwd: string;
  sinceMs: number;
  outputDir: string;
  baseName: string;
}): Promise<string[]> {
  const outputDir = resolve(opts.outputDir);
  const matches = await glob(opts.glob, { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: true });
  const fresh: string[] = [];
  for (const file of matches.sort()) {
    if (!relative(outputDir, file).startsWith('..')) continue; // our own copies are not reports
    const info = await stat(file).catch(() => undefined);
    if (info && info.mtimeMs >= opts.sinceMs - MTIME_SLACK_MS) fresh.push(file);
  }
  const copies: string[] = [];
  for (const [index, file] of fresh.entries()) {
    const target = join(outputDir, `${opts.baseName}-${index + 1}${extname(file) || '.xml'}`);
    await copyFile(file, target);
    copies.push(target);
  }
  return copies;
}
