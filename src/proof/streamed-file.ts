/**
 * Writes a file piece by piece with backpressure, so that a report of 100,000 tests never exists as one
 * string (V8 caps a string near 512 MiB, and one giant JSON.stringify holds the whole report twice).
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export async function writeStreamed(path: string, chunks: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  const failed = once(out, 'error').then(([error]) => {
    throw error as Error;
  });
  // Keeps an error raised after the last write from going unhandled; it is rethrown below.
  failed.catch(() => {});
  try {
    for (const chunk of chunks) {
      if (!out.write(chunk)) await Promise.race([once(out, 'drain'), failed]);
    }
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
