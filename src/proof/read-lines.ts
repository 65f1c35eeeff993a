import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

export interface LineStats {
  lines: number;
  /** Lines longer than the limit: skipped whole, never held in memory. */
  tooLong: number;
  bytes: number;
  sha256: string;
}

const NEWLINE = 0x0a;

/**
 * Streams a file line by line (LF or CRLF), hashing it on the way, and never holds more than one line of at
 * most `maxLineBytes` in memory: a hostile file with a 2 GB line costs a skipped line, not the job.
 */
export async function readLines(
  path: string,
  onLine: (line: string, offset: number, end: number) => void,
  maxLineBytes: number,
  /** Bytes [start, end) of the file only (a range found by an earlier pass); the hash is of that range. */
  range?: { start: number; end: number },
): Promise<LineStats> {
  const hash = createHash('sha256');
  const stats = { lines: 0, tooLong: 0, bytes: 0 };
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let skipping = false;
  // Where the current line starts in the file: a later pass can read one run's lines without the rest.
  let lineStart = range?.start ?? 0;
  let position = lineStart;
  const finish = (end: Buffer, lineEnd: number) => {
    if (skipping) {
      stats.tooLong++;
    } else {
      const line = pending.length === 0 ? end : Buffer.concat([...pending, end]);
      const text = line.toString('utf8').replace(/\r$/, '');
      stats.lines++;
      if (text.trim() !== '') onLine(text, lineStart, lineEnd);
    }
    pending = [];
    pendingBytes = 0;
    skipping = false;
  };
  const stream =
    range === undefined
      ? createReadStream(path)
      : range.end <= range.start
        ? []
        : createReadStream(path, { start: range.start, end: range.end - 1 });
  for await (const chunk of stream) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    stats.bytes += buffer.length;
    let start = 0;
    for (let at = buffer.indexOf(NEWLINE); at !== -1; at = buffer.indexOf(NEWLINE, start)) {
      const piece = buffer.subarray(start, at);
      if (pendingBytes + piece.length > maxLineBytes) skipping = true;
      finish(skipping ? Buffer.alloc(0) : piece, position + at + 1);
      start = at + 1;
      lineStart = position + start;
    }
    position += buffer.length;
    const rest = buffer.subarray(start);
    if (rest.length > 0 && !skipping) {
      pendingBytes += rest.length;
      if (pendingBytes > maxLineBytes) {
        skipping = true;
        pending = [];
      } else {
        pending.push(Buffer.from(rest));
      }
    }
  }
  if (pendingBytes > 0 || skipping) finish(Buffer.alloc(0), position);
  return { ...stats, sha256: hash.digest('hex') };
}
