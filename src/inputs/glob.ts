/**
 * The one glob dialect of every input (`tests`, `exclude`, `serial`, `results`, `timings-reports`, suites):
 * picomatch, which is what tinyglobby matches with on disk. Globs over paths on disk go through `findFiles`
 * (find-files.ts), globs over keys that are not on disk (serial groups over `file::test` ids) through
 * `globMatcher`; both use the same options, so `{a,{b,c}}`, `[ab]`, `+(a|b)` and `\*` mean the same in each.
 */
import picomatch from 'picomatch';
import { UserError } from '../errors/user-error.js';
import { MATCH_OPTIONS, normalizeGlob } from './find-files.js';

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
