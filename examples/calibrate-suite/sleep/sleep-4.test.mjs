// Sleeps four seconds: four such files take 16 s with one worker and 4 s with four, on any machine,
// so the speedup a calibration measures is predictable (each file is one node:test process).
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';

test('sleeps four seconds', async () => {
  await sleep(4000);
});
