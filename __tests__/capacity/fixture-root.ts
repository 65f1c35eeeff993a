import { fileURLToPath } from 'node:url';

/** A fixture tree of /proc and /sys under __tests__/fixtures/capacity/<name>. */
export function fixtureRoot(name: string): string {
  return fileURLToPath(new URL(`../fixtures/capacity/${name}`, import.meta.url));
}
