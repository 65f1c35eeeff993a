import { open } from 'node:fs/promises';

/** Enough of a run's output to find why a framework stopped before its tests: it says so first. */
const HEAD_BYTES = 64 * 1024;

/**
 * The first lines the command printed (stdout and stderr, as the proof log has them, without the log's
 * timestamp and stream prefix), read from at most the first 64 KiB of the log: bounded whatever the run
 * printed. A log that cannot be read gives no lines.
 */
export async function readOutputHead(logPath: string, maxBytes = HEAD_BYTES): Promise<string[]> {
  let text: string;
  try {
    const file = await open(logPath, 'r');
    try {
      const buffer = Buffer.alloc(maxBytes);
      const { bytesRead } = await file.read(buffer, 0, maxBytes, 0);
      text = buffer.subarray(0, bytesRead).toString('utf8');
    } finally {
      await file.close();
    }
  } catch {
    return [];
  }
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const match = /^\S+ (?:stdout|stderr) \| (.*)$/.exec(line);
    if (match) lines.push(match[1]);
  }
  return lines;
}
