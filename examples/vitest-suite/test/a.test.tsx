import { expect, it } from 'vitest';

it('a.test.tsx runs', () => {
  expect(<T,>(x: T) => x).toBeDefined();
});
