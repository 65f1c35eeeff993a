import { inputError, UserError } from '../errors/user-error.js';

export const KiB = 1024;
export const MiB = 1024 * KiB;
export const GiB = 1024 * MiB;

const UNIT_POWERS: Record<string, number> = { '': 0, k: 1, m: 2, g: 3, t: 4 };

const EXPECTED = 'a size with its unit like 1.5GiB, 700MiB or 512M; units K, M, G, T are binary (M = MiB)';

/**
 * Parses a memory size. Every unit is binary: `M`, `MB` and `MiB` all mean 1024² bytes.
 * Why not decimal MB: memory limits are set and shown in binary units (`docker --memory 2g`, Kubernetes
 * `2Gi`, the JVM's `-Xmx512m`, cgroup files), and a user writing `512M` means the same thing those tools do.
 * Decimals are allowed with a unit (`1.5GiB`); the result is rounded down to whole bytes.
 * A bare number is refused: `700` reads like megabytes to a person and like bytes to a parser, and a wrong guess
 * either way silently decides the worker count. Bytes must be written out (`100B`).
 */
export function parseByteSize(value: string, input: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*(?:([kmgt])(?:i?b)?|b)?$/i.exec(value.trim());
  if (!match) throw inputError(input, value, EXPECTED);
  if (match[2] === undefined && !/b$/i.test(value.trim())) {
    throw new UserError(
      `Input '${input}': ${JSON.stringify(value.trim())} has no unit; write ${match[1]}MiB if you mean mebibytes ` +
        `(or ${match[1]}GiB, ${match[1]}B). A bare number is refused: it could mean bytes or MiB.`,
    );
  }
  const unit = (match[2] ?? '').toLowerCase();
  // A fraction of a byte is a typo, not a size.
  if (unit === '' && match[1].includes('.')) throw inputError(input, value, EXPECTED);
  const bytes = Math.floor(Number(match[1]) * 1024 ** UNIT_POWERS[unit]);
  if (bytes < 1 || !Number.isSafeInteger(bytes)) throw inputError(input, value, EXPECTED);
  return bytes;
}

/** A size for log lines: `2.0 GiB`, `700 MiB`, `512 KiB`, `12 B`. */
export function formatBytes(bytes: number): string {
  if (bytes >= GiB) return `${(bytes / GiB).toFixed(1)} GiB`;
  if (bytes >= MiB) return `${Math.round(bytes / MiB)} MiB`;
  if (bytes >= KiB) return `${Math.round(bytes / KiB)} KiB`;
  return `${bytes} B`;
}
