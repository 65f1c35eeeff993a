/**
 * A small glob → RegExp for matching keys that are not on disk (serial groups over test ids).
 * Supports `**`, `*`, `?` and `{a,b}`; `*` does not cross `/`. Globs that touch the filesystem use tinyglobby.
 */
export function globToRegExp(glob: string): RegExp {
  let out = '';
  let inBraces = false;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        // `**/` matches zero or more whole segments; a trailing `**` matches anything.
        const slash = glob[i + 2] === '/';
        out += slash ? '(?:.*/)?' : '.*';
        i += slash ? 2 : 1;
      } else {
        out += '[^/]*';
      }
    } else if (c === '?') out += '[^/]';
    else if (c === '{') {
      inBraces = true;
      out += '(?:';
    } else if (c === '}' && inBraces) {
      inBraces = false;
      out += ')';
    } else if (c === ',' && inBraces) out += '|';
    else out += c.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

/** Index of the first glob that matches `value`, or -1. */
export function firstMatchingGlob(globs: readonly RegExp[], value: string): number {
  return globs.findIndex((g) => g.test(value));
}
