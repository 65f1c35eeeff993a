/**
 * The one glob dialect of every input (`tests`, `exclude`, `serial`, `results`, `timings-reports`, suites):
 * picomatch, which is what tinyglobby matches with on disk. Globs over paths on disk go through `findFiles`,
 * globs over keys that are not on disk (serial groups over `file::test` ids) through `globMatcher`; both use
 * the options below, so `{a,{b,c}}`, `[ab]`, `+(a|b)` and `\*` mean the same in each.
 */
import picomatch from 'picomatch';
import { UserError } from '../errors/user-error.js';

/** tinyglobby's defaults, spelled out for picomatch: `*` skips dot files unless the glob names the dot. */
const MATCH_OPTIONS: picomatch.PicomatchOptions = { dot: false, posix: true };

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

/**
 * Compiles globs once; the returned function gives the index of the first glob that matches `value`, or -1.
 * A glob picomatch cannot compile is a UserError naming the input.
 */
export function globMatcher(globs: readonly string[], input: string): (value: string) => number {
  const matchers = globs.map((pattern) => {
    try {
      return picomatch(normalizeGlob(pattern, input), MATCH_OPTIONS);
    } catch (error) {
      throw new UserError(
        `Input '${input}': the glob ${JSON.stringify(pattern)} is not valid (${(error as Error).message}).`,
      );
    }
  });
  return (value) => matchers.findIndex((isMatch) => isMatch(value));
}

/**
 * Files (not folders) under `cwd` matching any of `patterns` and none of `ignore`, as absolute paths. tinyglobby
 * is loaded on the first call: the run step needs it only after its test runs (the `results` glob).
 */
export async function findFiles(
  patterns: readonly string[],
  options: { cwd: string; input: string; ignore?: readonly string[]; ignoreInput?: string },
): Promise<string[]> {
  const match = patterns.map((p) => normalizeGlob(p, options.input));
  const ignore = (options.ignore ?? []).map((p) => normalizeGlob(p, options.ignoreInput ?? options.input));
  const { glob } = await import('tinyglobby');
  return glob(match, { cwd: options.cwd, ignore, onlyFiles: true, absolute: true, dot: MATCH_OPTIONS.dot });
}
