// Half of a parallel-dependent pair: passes alone and serially, fails under two workers when it writes first.
import { expect, test } from 'vitest';
import { writeThenRead } from './shared-file.js';

test('writer b reads back what it wrote', { timeout: 15_000 }, async () => {
  expect(await writeThenRead('b', 'a')).toBe('b');
});
