import { decimalNumber } from './number-text.js';

/**
 * Accumulates text up to a fixed number of characters and remembers how much it dropped, so a test that
 * prints 50 MB to system-out costs at most `limit` characters of memory.
 */
export class BoundedText {
  private parts: string[] = [];
  private kept = 0;
  private dropped = 0;

  constructor(private readonly limit: number) {}

  append(text: string): void {
    if (text.length === 0) return;
    const room = this.limit - this.kept;
    if (room <= 0) {
      this.dropped += text.length;
      return;
    }
    const piece = text.length <= room ? text : text.slice(0, room);
    this.parts.push(piece);
    this.kept += piece.length;
    this.dropped += text.length - piece.length;
  }

  get length(): number {
    return this.kept;
  }

  /** Once full, callers may stop feeding it (and stop decoding what they would feed). */
  get isFull(): boolean {
    return this.kept >= this.limit;
  }

  /**
   * The kept text, marked when cut so nobody mistakes it for the whole output. A full buffer counts as cut:
   * callers stop feeding a full buffer, so it cannot know what it missed.
   */
  toString(): string {
    const text = this.parts.join('');
    if (this.parts.length > 1) this.parts = [text];
    return this.dropped > 0 || this.isFull ? `${text}\n... [truncated at ${this.limit} characters]` : text;
  }
}

/** First non-blank line, trimmed; undefined when there is none. Annotations show one line. */
export function firstLine(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  for (const line of text.split(/\r?\n/, 50)) {
    const trimmed = line.trim();
    if (trimmed !== '') return trimmed;
  }
  return undefined;
}

/**
 * Seconds from a JUnit `time` attribute. Reporters write `1,234.5` (thousands separator), `0,5` (decimal
 * comma), empty strings, negative numbers and garbage; anything that is not a sane number becomes 0.
 */
export function parseSeconds(raw: string | undefined): number {
  if (raw === undefined) return 0;
  // Number() ignores surrounding whitespace itself, so the common case needs no trimmed copy.
  let text = raw;
  if (text.includes(',')) {
    text = text.trim();
    const thousands = text.includes('.') || /^\d{1,3}(,\d{3})+$/.test(text);
    text = thousands ? text.replace(/,/g, '') : text.replace(',', '.');
  }
  const value = decimalNumber(text);
  return Number.isFinite(value) && value >= 0 ? value : 0;
}

/**
 * A copy of `text` that does not point into the chunk it was cut from. V8 represents `slice()` results as
 * views of their parent string, so one test name kept from each 1 MiB read chunk would keep every chunk —
 * the whole file — alive. Concatenating and slicing forces V8 to copy into a fresh, flat string.
 */
export function ownCopy<T extends string | undefined>(text: T): T {
  if (text === undefined || text.length < 13) return text; // V8 copies short substrings anyway.
  return (' ' + text).slice(1) as T;
}
