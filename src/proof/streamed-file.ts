/**
 * Writes a file piece by piece with backpressure, so that a report of 100,000 tests never exists as one
 * string (V8 caps a string near 512 MiB, and one giant JSON.stringify holds the whole report twice). The run
 * step's proof files and the report job's merged files both go through here.
 */
import { once } from 'node:events';
import { createOwnWriteStream } from '../execute/own-files.js';

/** Chunks are gathered to about this many characters per write: one write per test would cost a syscall each,
 * and bench/proof-writer.ts measured 256 K batches at twice the peak memory of 64 K for no gain in time. */
const BATCH_CHARS = 64 * 1024;

/** Writes `chunks` to `path` in batches, waiting when the stream is full: memory stays one batch deep.
 * A link a test planted at `path` is removed, never written through. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = await createOwnWriteStream(path);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  // Keeps an error raised after the last write from going unhandled; it is rethrown below.
  failed.catch(() => {});
  try {
    let batch: string[] = [];
    let size = 0;
    const flush = async () => {
      const full = !out.write(batch.join(''));
      batch = [];
      size = 0;
      if (full) await Promise.race([once(out, 'drain'), failed]);
    };
    for (const chunk of chunks) {
      batch.push(chunk);
      size += chunk.length;
      if (size >= BATCH_CHARS) await flush();
    }
    if (size > 0) await flush();
    out.end();
    await Promise.race([once(out, 'finish'), failed]);
  } finally {
    out.destroy();
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
