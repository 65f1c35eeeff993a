import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { discover } from '../../src/plan/discover.js';
import { UserError } from '../../src/inputs/user-error.js';

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/plan/repo');

describe('discover', () => {
  it('returns sorted, de-duplicated, repo-relative POSIX paths for several globs', async () => {
    const files = await discover({
      tests: 'tests/**/test_*.py\n\n**/*.test.ts\ntests/unit/test_a.py',
      exclude: 'tests/e2e/**',
      cwd: repo,
    });
    expect(files).toEqual([
      'packages/web/src/a.test.ts',
      'packages/web/src/b.test.ts',
      'tests/unit/test_a.py',
      'tests/unit/test_z.py',
    ]);
  });

  it('reports paths relative to the repository root when run in a sub-directory', async () => {
    const files = await discover({
      tests: 'src/*.test.ts',
      cwd: path.join(repo, 'packages/web'),
      root: repo,
    });
    expect(files).toEqual(['packages/web/src/a.test.ts', 'packages/web/src/b.test.ts']);
  });

  it('refuses backslash folder separators, since a backslash escapes the next character', async () => {
    await expect(discover({ tests: 'tests\\e2e\\*.py', cwd: repo })).rejects.toThrow(
      new UserError(
        `Input 'tests': the glob "tests\\\\e2e\\\\*.py" uses backslashes as folder separators; write ` +
          `"tests/e2e\\\\*.py" (a backslash escapes the next character, as in \\* for a literal star).`,
      ),
    );
    await expect(discover({ tests: '**/*.py', exclude: 'tests\\unit', cwd: repo })).rejects.toThrow(
      /^Input 'exclude': the glob "tests\\\\unit" uses backslashes/,
    );
  });

  it('no match is a user error naming the input and the globs', async () => {
    const err = await discover({ tests: 'spec/**/*.rb', cwd: repo }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as Error).message).toBe(
      `Input 'tests': no files match "spec/**/*.rb" in ".". Check the globs and the working directory.`,
    );
  });
});
