import { expect, it } from 'vitest';

// Beside a.test.tsx and x/a.test.ts: a shard given this file must run only this file.
it('a.test.ts runs', () => {
  expect(1).toBe(1);
});
