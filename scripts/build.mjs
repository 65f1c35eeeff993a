// Builds one ESM bundle per entry into dist/<entry>/index.js with @vercel/ncc.
// GitHub runs the committed bundle, so CI rebuilds and checks that dist/ is unchanged.
// Dynamic imports (the artifact and cache clients) become numbered chunk files beside index.js: commit them too.
// package.json's `sideEffects` tells webpack that only src/entries/ do something on import, so a module that a
// barrel (src/plan/index.ts) re-exports but a bundle never uses is left out, with its dependencies (yaml in run).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundledPackageDirs, licenceText } from './bundle-licenses.mjs';

const entries = ['run', 'plan', 'report', 'cli'];
const only = process.argv.slice(2);
const scratch = mkdtempSync(join(tmpdir(), 'shardproof-build-'));
for (const entry of only.length ? only : entries) {
  const out = `dist/${entry}`;
  const stats = join(scratch, `${entry}.json`);
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    'npx',
    [
      'ncc',
      'build',
      `src/entries/${entry}.ts`,
      '-o',
      out,
      '--target',
      'es2022',
      '--no-source-map-register',
      '--stats-out',
      stats,
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
  // The bundle inlines its dependencies; their licences ship beside it.
  const dirs = bundledPackageDirs(JSON.parse(readFileSync(stats, 'utf8')));
  writeFileSync(join(out, 'licenses.txt'), licenceText(dirs));
}
rmSync(scratch, { recursive: true, force: true });
