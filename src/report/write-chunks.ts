import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/** Writes `chunks` to `path` one at a time, waiting when the stream is full: memory stays one chunk deep. */
export async function writeChunks(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => Promise.reject(error as Error));
  failed.catch(() => {});
  for (const chunk of chunks) {
    if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
  }
  out.end();
  await Promise.race([once(out, 'finish'), failed]);
}
