import { expect, test } from '@playwright/test';

test('a.spec.tsx runs', () => {
  expect(<T,>(x: T) => x).toBeDefined();
});
