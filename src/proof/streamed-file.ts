/**
 * Writes a file piece by piece with backpressure, so that a report of 100,000 tests never exists as one
 * string (V8 caps a string near 512 MiB, and one giant JSON.stringify holds the whole report twice). The run
 * step's proof files and the report job's merged files both go through here.
 */
import { once } from 'node:events';
import type { WriteStream } from 'node:fs';
import { createOwnWriteStream } from '../execute/own-files.js';

/** Chunks are gathered to about this many characters per write: one write per test would cost a syscall each,
 * and bench/proof-writer.ts measured 256 K batches at twice the peak memory of 64 K for no gain in time. */
const BATCH_CHARS = 64 * 1024;

/** Writes `chunks` to `path` in batches, waiting when the stream is full: memory stays one batch deep.
 * A link a test planted at `path` is removed, never written through. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = await ChunkWriter.open(path);
  try {
    for (const chunk of chunks) {
      out.push(chunk);
      await out.drained();
    }
    await out.close();
  } finally {
    out.destroy();
  }
}

/**
 * A file written piece by piece by a producer that cannot wait at every piece (a parser's `onTest`):
 * push() gathers chunks into batches and never blocks; drained() waits until the written batches have left
 * memory, and the producer calls it often enough (after each parsed chunk) to keep memory a few batches deep.
 */
export class ChunkWriter {
  private batch: string[] = [];
  private size = 0;
  private full = false;
  private readonly failed: Promise<never>;

  private constructor(private readonly out: WriteStream) {
    this.failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
    // Keeps an error raised after the last write from going unhandled; it is rethrown by drained()/close().
    this.failed.catch(() => {});
  }

  static async open(path: string): Promise<ChunkWriter> {
    return new ChunkWriter(await createOwnWriteStream(path));
  }

  push(chunk: string): void {
    this.batch.push(chunk);
    this.size += chunk.length;
    if (this.size >= BATCH_CHARS) this.flush();
  }

  /** Resolves once the stream can take more (at once when it can); rejects when writing failed. */
  async drained(): Promise<void> {
    if (this.full) await Promise.race([once(this.out, 'drain'), this.failed]);
    this.full = false;
  }

  /** Writes what is left and waits until it is on disk. */
  async close(): Promise<void> {
    if (this.size > 0) this.flush();
    await this.drained();
    this.out.end();
    await Promise.race([once(this.out, 'finish'), this.failed]);
  }

  destroy(): void {
    this.out.destroy();
  }

  private flush(): void {
    if (!this.out.write(this.batch.join(''))) this.full = true;
    this.batch = [];
    this.size = 0;
  }
}

/**
 * The chunks of `JSON.stringify({ ...head, [key]: items }, null, 2) + '\n'`, byte for byte, with the array
 * written one element at a time. `key` must not be a key of `head`: it is written last.
 */
export function* prettyJsonWithArray(
  head: Record<string, unknown>,
  key: string,
  items: Iterable<unknown>,
): Generator<string> {
  const opening = JSON.stringify(head, null, 2);
  const empty = opening === '{}';
  yield `${empty ? '{' : opening.slice(0, -2) + ','}\n  ${JSON.stringify(key)}: [`;
  let first = true;
  for (const item of items) {
    yield `${first ? '' : ','}\n    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    first = false;
  }
  yield first ? ']\n}\n' : '\n  ]\n}\n';
}
