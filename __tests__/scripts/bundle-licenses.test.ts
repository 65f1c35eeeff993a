import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledPackageDirs, licenceText } from '../../scripts/bundle-licenses.mjs';

describe('the licences beside each bundle', () => {
  const stats = {
    modules: [
      // A module webpack concatenated other modules into: its parts have no chunk of their own.
      {
        name: './src/entries/run.ts + 3 modules',
        chunks: [792],
        modules: [
          { name: './node_modules/tinyglobby/dist/index.mjs', chunks: [] },
          { name: './node_modules/a/node_modules/@scope/b/index.js', chunks: [] },
        ],
      },
      { name: './node_modules/picomatch/index.js', chunks: [792] },
      // Left out by tree shaking: listed in the stats, but not shipped.
      { name: './node_modules/yaml/dist/index.js', chunks: [], orphan: true },
      { name: './node_modules/fdir/dist/index.mjs', chunks: [] },
    ],
  };

  it('lists the packages whose code the bundle ships, the innermost node_modules package for nested ones', () => {
    expect(bundledPackageDirs(stats)).toEqual([
      'node_modules/a/node_modules/@scope/b',
      'node_modules/picomatch',
      'node_modules/tinyglobby',
    ]);
  });

  it("gives each package's name, version and licence, then its licence file word for word", () => {
    const text = licenceText(['node_modules/picomatch']);
    const version = JSON.parse(readFileSync('node_modules/picomatch/package.json', 'utf8')).version;
    expect(text).toBe(
      `picomatch@${version} — MIT\n\n${readFileSync('node_modules/picomatch/LICENSE', 'utf8').trim()}\n`,
    );
  });
});
