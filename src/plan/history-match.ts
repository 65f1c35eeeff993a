/**
 * Matching discovered paths to history keys. Timing splitters fail silently when a report says
 * `./src/a.test.ts`, `/home/runner/work/r/r/src/a.test.ts`, `src\a.test.ts` or `packages/web/src/a.test.ts`
 * and discovery says `src/a.test.ts`; we normalise and then accept a path-segment suffix match
 * in either direction, but only when it is unambiguous on both sides.
 */

/** POSIX, no `./`, no drive letter, no leading `/`, no repeated slashes. */
export function normaliseKey(key: string): string {
  let k = key.replace(/\\/g, '/').replace(/\/{2,}/g, '/');
  k = k.replace(/^[A-Za-z]:\//, '');
  while (k.startsWith('./')) k = k.slice(2);
  k = k.replace(/\/\.\//g, '/');
  return k.replace(/^\/+/, '');
}

function basename(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

/** True when `short`'s segments are the last segments of `long`. */
function isSegmentSuffix(short: string, long: string): boolean {
  return long === short || long.endsWith(`/${short}`);
}

/**
 * Maps each discovered file to the history key holding its timings (exact first, then unambiguous suffix).
 * Files without a match are absent from the result.
 */
export function matchFiles(files: readonly string[], historyFiles: readonly string[]): Map<string, string> {
  const normalised = new Map<string, string[]>();
  for (const key of historyFiles) {
    const n = normaliseKey(key);
    const list = normalised.get(n);
    if (list) list.push(key);
    else normalised.set(n, [key]);
  }
  const result = new Map<string, string>();
  const unmatched: string[] = [];
  for (const file of files) {
    const keys = normalised.get(normaliseKey(file));
    // Prefer the key spelled exactly like the file, then the first normalised spelling (sorted for stability).
    if (keys) result.set(file, keys.includes(file) ? file : [...keys].sort()[0]);
    else unmatched.push(file);
  }
  if (unmatched.length === 0) return result;

  const taken = new Set(result.values());
  const byBase = new Map<string, string[]>();
  for (const [n, keys] of normalised) {
    if (keys.some((k) => taken.has(k))) continue;
    const b = basename(n);
    const list = byBase.get(b);
    if (list) list.push(n);
    else byBase.set(b, [n]);
  }
  const claims = new Map<string, string[]>();
  for (const file of unmatched) {
    const f = normaliseKey(file);
    const candidates = (byBase.get(basename(f)) ?? []).filter(
      (n) => isSegmentSuffix(n, f) || isSegmentSuffix(f, n),
    );
    if (candidates.length !== 1) continue;
    const list = claims.get(candidates[0]);
    if (list) list.push(file);
    else claims.set(candidates[0], [file]);
  }
  for (const [n, claimants] of claims) {
    if (claimants.length === 1) result.set(claimants[0], [...normalised.get(n)!].sort()[0]);
  }
  return result;
}
