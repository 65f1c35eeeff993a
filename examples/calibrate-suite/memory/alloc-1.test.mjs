// Each test file (one worker process under node --test) holds 400 MiB of touched memory for two seconds:
// a calibration should measure about that much memory per worker.
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

test('holds 400 MiB', async () => {
  const block = Buffer.alloc(400 * 2 ** 20, 1); // filled, so every page is resident
  await sleep(2000);
  if (block[block.length - 1] !== 1) throw new Error('memory was not kept');
});
