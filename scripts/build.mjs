// Builds one ESM bundle per entry into dist/<entry>/index.js with @vercel/ncc.
// GitHub runs the committed bundle, so CI rebuilds and checks that dist/ is unchanged.
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
      '--quiet',
    ],
    { stdio: 'inherit' },
  );
}
