// The licences of the packages a bundle inlines, for dist/<entry>/licenses.txt.
// ncc's own --license option writes the file once per emitted chunk, so with the numbered chunk files (the lazily
// loaded artifact and cache clients) the last chunk's list replaced the main bundle's: picomatch, tinyglobby and
// yaml went unlisted. This reads webpack's stats (ncc --stats-out) instead, which name every bundled module.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const LICENCE_FILE = /^(licen[cs]e|copying|notice)(\.(md|txt|markdown))?$/i;

/** Package folders of every module a bundle ships, from webpack stats; nested node_modules included. */
export function bundledPackageDirs(stats) {
  const dirs = new Set();
  const walk = (modules, nested) => {
    for (const module of modules ?? []) {
      // Stats also list the modules tree shaking left out (orphans, in no chunk): their code is not shipped. The
      // modules concatenated into a shipped one are listed under it, with no chunk of their own.
      if (module.orphan || (!nested && module.chunks?.length === 0)) continue;
      const name = module.name ?? '';
      // The last node_modules/<pkg> in a path is the package that owns the file.
      const matches = [...name.matchAll(/node_modules\/(?:@[^/]+\/)?[^/ ]+/g)];
      const last = matches.at(-1);
      if (last) dirs.add(name.slice(name.indexOf('node_modules/'), last.index + last[0].length));
      walk(module.modules, true);
    }
  };
  walk(stats.modules, false);
  return [...dirs].sort();
}

/** licenses.txt: for each package, `name@version — licence`, then its licence file (or what package.json says). */
export function licenceText(dirs, root = '.') {
  const seen = new Set();
  const parts = [];
  for (const dir of dirs) {
    const pkgPath = join(root, dir, 'package.json');
    if (!existsSync(pkgPath)) continue;
    const pkg = JSON.parse(readFileSync(pkgPath, 'utf8'));
    const id = `${pkg.name}@${pkg.version}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const file = readdirSync(join(root, dir)).find((name) => LICENCE_FILE.test(name));
    const licence = typeof pkg.license === 'string' ? pkg.license : 'see below';
    const text = file
      ? readFileSync(join(root, dir, file), 'utf8').trim()
      : `(the package has no licence file; its package.json says: ${licence})`;
    parts.push(`${id} — ${licence}\n\n${text}\n`);
  }
  return parts.join('\n' + '-'.repeat(80) + '\n\n');
}
