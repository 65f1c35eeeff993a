import { inputError } from '../errors/user-error.js';

/** Anything that can hand out raw input values by their action.yml names (ActionIO does). */
export interface InputSource {
  getInput(name: string): string;
}

/** Newline-separated values (commas are legal in globs and file names, so they do not separate). */
export function readList(source: InputSource, name: string): string[] {
  return source
    .getInput(name)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('#'));
}

export function readBoolean(source: InputSource, name: string, fallback: boolean): boolean {
  const raw = source.getInput(name);
  if (raw === '') return fallback;
  if (/^(true|yes|on|1)$/i.test(raw)) return true;
  if (/^(false|no|off|0)$/i.test(raw)) return false;
  throw inputError(name, raw, 'true or false');
}

/** A whole number within [min, max]; '' gives the fallback. */
export function readInteger(
  source: InputSource,
  name: string,
  fallback: number,
  min: number,
  max: number,
): number;
export function readInteger(
  source: InputSource,
  name: string,
  fallback: undefined,
  min: number,
  max: number,
): number | undefined;
export function readInteger(
  source: InputSource,
  name: string,
  fallback: number | undefined,
  min: number,
  max: number,
): number | undefined {
  const raw = source.getInput(name);
  if (raw === '') return fallback;
  if (!/^\d+$/.test(raw)) throw inputError(name, raw, `a whole number from ${min} to ${max}`);
  const value = Number(raw);
  if (value < min || value > max) throw inputError(name, raw, `a whole number from ${min} to ${max}`);
  return value;
}

/** A decimal number in the open or closed range given; '' gives the fallback. */
export function readNumber(
  source: InputSource,
  name: string,
  fallback: number | undefined,
  range: { min: number; max: number; exclusive?: boolean },
): number | undefined {
  const raw = source.getInput(name);
  if (raw === '') return fallback;
  const value = /^\d*\.?\d+$/.test(raw) ? Number(raw) : NaN;
  const inside = range.exclusive
    ? value > range.min && value < range.max
    : value >= range.min && value <= range.max;
  if (!inside) {
    const bounds = range.exclusive
      ? `between ${range.min} and ${range.max} (exclusive)`
      : `from ${range.min} to ${range.max}`;
    throw inputError(name, raw, `a number ${bounds}`);
  }
  return value;
}

export function readChoice<T extends string>(
  source: InputSource,
  name: string,
  choices: readonly T[],
  fallback: T,
): T {
  const raw = source.getInput(name);
  if (raw === '') return fallback;
  const found = choices.find((choice) => choice === raw.toLowerCase());
  if (!found) throw inputError(name, raw, `one of ${choices.join(', ')}`);
  return found;
}
