import { expect, test } from '@playwright/test';

test('x/a.spec.ts runs', () => {
  expect(2).toBe(2);
});
