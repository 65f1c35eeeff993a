/**
 * The proof log: every line the command prints, prefixed with an ISO timestamp and its stream, e.g.
 *   2025-01-31T12:00:00.123Z stdout | test_a.py::test_x PASSED
 * Lines are split per stream (a chunk may end mid-line, or mid-character: StringDecoder keeps UTF-8 whole).
 */
import type { WriteStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { openOwnWriteStream } from './own-files.js';

export type StreamName = 'stdout' | 'stderr' | 'shardproof';

// A line longer than this is written in pieces rather than buffered without bound.
const MAX_PENDING_CHARS = 64 * 1024;

export function formatLogLine(stream: StreamName, line: string, at = new Date()): string {
  return `${at.toISOString()} ${stream} | ${line}\n`;
}

export class OutputLog {
  private readonly file: WriteStream | undefined;
  private readonly pending = new Map<StreamName, { decoder: StringDecoder; text: string }>();
  private failure: Error | undefined;

  constructor(
    path: string,
    private readonly onLine?: (stream: 'stdout' | 'stderr', line: string) => void,
  ) {
    // A full disk, a removed folder or a link planted at the log's name must not crash the run: the log is
    // best-effort (and never written through a link), the outcome is what matters.
    try {
      this.file = openOwnWriteStream(path);
      this.file.on('error', (error) => (this.failure ??= error));
    } catch (error) {
      this.failure = error as Error;
    }
  }

  /** Feeds raw bytes from a stream; complete lines are written and reported. */
  write(stream: 'stdout' | 'stderr', chunk: Buffer): void {
    let state = this.pending.get(stream);
    if (!state) {
      state = { decoder: new StringDecoder('utf8'), text: '' };
      this.pending.set(stream, state);
    }
    state.text += state.decoder.write(chunk);
    const lines = state.text.split('\n');
    state.text = lines.pop() ?? '';
    for (const line of lines) this.line(stream, line.replace(/\r$/, ''));
    if (state.text.length > MAX_PENDING_CHARS) {
      this.line(stream, state.text);
      state.text = '';
    }
  }

  /** A line from shardproof itself (command, outcome, closing counts). */
  note(line: string): void {
    this.line('shardproof', line);
  }

  /** Flushes partial last lines and closes the file. Returns the write error, if any happened. */
  async close(): Promise<Error | undefined> {
    for (const [stream, state] of this.pending) {
      const rest = state.text + state.decoder.end();
      if (rest !== '') this.line(stream, rest);
    }
    this.pending.clear();
    if (this.file === undefined || this.file.closed) return this.failure;
    // 'close' follows both a clean finish and an error (autoClose), so this never hangs.
    await new Promise<void>((resolve) => {
      this.file!.once('close', resolve);
      this.file!.end();
    });
    return this.failure;
  }

  private line(stream: StreamName, line: string): void {
    if (!this.failure) this.file?.write(formatLogLine(stream, line));
    if (stream !== 'shardproof') this.onLine?.(stream, line);
  }
}
