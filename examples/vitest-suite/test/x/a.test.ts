import { expect, it } from 'vitest';

it('x/a.test.ts runs', () => {
  expect(2).toBe(2);
});
