import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every probe reads through a root directory so tests can point it at a fixture tree of /proc and /sys.
 * Paths are given as the machine sees them (`/proc/self/status`) and joined onto the root.
 */

/** The file's text, or undefined when it cannot be read: a missing file is normal on some hosts. */
export function readRootFile(root: string, path: string): string | undefined {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return undefined;
  }
}

export function rootPathExists(root: string, path: string): boolean {
  return existsSync(join(root, path));
}

/** Short quoted excerpt of a file's content for warnings, so a huge garbage file does not flood the log. */
export function excerpt(text: string): string {
  const trimmed = text.trim();
  return JSON.stringify(trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed);
}
