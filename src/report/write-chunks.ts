import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Chunks are gathered to about this many characters per write: one write per test would cost a syscall each. */
const BATCH_CHARS = 256 * 1024;

/** Writes `chunks` to `path` in batches, waiting when the stream is full: memory stays one batch deep. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
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
}
