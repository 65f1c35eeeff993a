import { test } from 'node:test';
import assert from 'node:assert/strict';

// Flaky on purpose: fails on even-numbered runs, as a race that loses half the time would.
test('cache warms up', () => {
  const run = Number(process.env.SHARDPROOF_RUN ?? '1');
  assert.ok(run % 2 === 1, `cache was cold on run ${run}`);
});
test('cache evicts', async () => {
  await new Promise((r) => setTimeout(r, 600));
  assert.ok(true);
});
