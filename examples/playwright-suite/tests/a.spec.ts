import { expect, test } from '@playwright/test';

// Beside a.spec.tsx and x/a.spec.ts: a shard given this file must run only this file.
test('a.spec.ts runs', () => {
  expect(1).toBe(1);
});
