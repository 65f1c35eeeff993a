import { describe, expect, it } from 'vitest';
import { goPackages, goTestGlobs } from '../../src/plan/go-packages.js';

describe('go packages', () => {
  it('turns package patterns into globs of test files', () => {
    expect(goTestGlobs(['./...', './pkg/...', './cmd/tool', '.', 'internal/**/*_test.go'])).toEqual([
      '**/*_test.go',
      'pkg/**/*_test.go',
      'cmd/tool/*_test.go',
      '*_test.go',
      'internal/**/*_test.go',
    ]);
  });

  it('plans the directories that hold test files, as packages', () => {
    expect(goPackages(['calc/a_test.go', 'calc/b_test.go', 'x_test.go', 'deep/er/c_test.go'])).toEqual([
      '.',
      './calc',
      './deep/er',
    ]);
  });
});
