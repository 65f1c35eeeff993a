import { expect, test } from '@jest/globals';

// Beside widget.test.ts: a shard given one of the two must run only that one.
test('renders in tsx', () => {
  expect(<T,>(x: T) => x).toBeDefined();
});
