import { test } from 'node:test';
import assert from 'node:assert/strict';

test('adds', () => assert.equal(1 + 2, 3));
test('multiplies slowly', async () => {
  await new Promise((r) => setTimeout(r, 400));
  assert.equal(6 * 7, 42);
});
