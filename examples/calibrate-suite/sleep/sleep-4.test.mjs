// Sleeps two seconds: eight such files take 16 s with one worker and 4 s with four, on any machine,
// so the speedup a calibration measures is predictable.
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

test('sleeps two seconds', async () => {
  await sleep(2000);
});
