/**
 * Fails on every other invocation of the suite, whatever the order: its outcome hangs on something outside
 * the tests (here a count kept beside this file; in real suites the clock, the network, a leftover file). The
 * same seed does not bring its failure back, so it is non-deterministic, and the same sequence of runs gives
 * the same finding every time, which is what the end-to-end tests need.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const count = new URL('../.invocations', import.meta.url);

test('every other time', () => {
  const n = (existsSync(count) ? Number(readFileSync(count, 'utf8')) : 0) + 1;
  writeFileSync(count, String(n));
  expect(n % 2, `invocation ${n} is odd`).toBe(0);
});
