// Builds one ESM bundle per entry into dist/<entry>/index.js with @vercel/ncc.
// GitHub runs the committed bundle, so CI rebuilds and checks that dist/ is unchanged.
// Dynamic imports (the artifact and cache clients) become numbered chunk files beside index.js: commit them too.
// package.json's `sideEffects` tells webpack that only src/entries/ do something on import, so a module that a
// barrel (src/plan/index.ts) re-exports but a bundle never uses is left out, with its dependencies (yaml in run).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const entries = ['run', 'plan', 'report', 'cli'];
const only = process.argv.slice(2);
for (const entry of only.length ? only : entries) {
  const out = `dist/${entry}`;
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
      // The bundle inlines its dependencies; their licences ship beside it (dist/<entry>/licenses.txt).
      '--license',
      'licenses.txt',
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
}
