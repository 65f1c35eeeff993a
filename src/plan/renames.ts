import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { UserError } from '../inputs/user-error.js';

/**
 * Renames from `git diff --name-status -M <base>` so a moved test file keeps its timing history.
 * Accepts both the default output (tab-separated, C-quoted paths) and `-z` output (NUL-separated, raw paths).
 */
export function parseNameStatus(output: string): Record<string, string> {
  const renames: Record<string, string> = {};
  if (output.includes('\0')) {
    const fields = output.split('\0');
    for (let i = 0; i < fields.length;) {
      const status = fields[i];
      if (status === '') {
        i++;
        continue;
      }
      // Renames and copies carry two paths, everything else one.
      const twoPaths = status.startsWith('R') || status.startsWith('C');
      if (status.startsWith('R') && fields[i + 1] && fields[i + 2]) renames[fields[i + 1]] = fields[i + 2];
      i += twoPaths ? 3 : 2;
    }
    return renames;
  }
  for (const line of output.split(/\r?\n/)) {
    const parts = line.split('\t');
    if (parts.length === 3 && /^R\d*$/.test(parts[0])) renames[unquote(parts[1])] = unquote(parts[2]);
  }
  return renames;
}

/** Git quotes paths with unusual bytes: "dir/caf\303\251 \"x\".py". */
export function unquote(p: string): string {
  if (!(p.startsWith('"') && p.endsWith('"'))) return p;
  const bytes: number[] = [];
  const body = p.slice(1, -1);
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, '"': 34, '\\': 92, a: 7, b: 8, f: 12, v: 11 };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      bytes.push(...Buffer.from(c, 'utf8'));
      continue;
    }
    const next = body[i + 1];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(body.slice(i + 1, i + 4), 8));
      i += 3;
    } else {
      bytes.push(escapes[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

/** Runs git with an argv (never a shell string) and returns the renames since `base`. */
export async function gitRenames(cwd: string, base: string): Promise<Record<string, string>> {
  // A ref starting with '-' would be read as an option.
  if (base.startsWith('-')) throw new UserError(`Base ref ${JSON.stringify(base)} is not a git ref.`);
  const { stdout } = await promisify(execFile)('git', ['diff', '--name-status', '-z', '-M', base, '--'], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
  });
  return parseNameStatus(stdout);
}
