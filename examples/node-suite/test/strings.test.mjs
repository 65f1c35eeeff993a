import { test } from 'node:test';
import assert from 'node:assert/strict';

test('upper', () => assert.equal('a'.toUpperCase(), 'A'));
test('pads', async () => {
  await new Promise((r) => setTimeout(r, 250));
  assert.equal('7'.padStart(3, '0'), '007');
});
