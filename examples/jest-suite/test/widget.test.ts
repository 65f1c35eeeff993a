import { expect, test } from '@jest/globals';

test('renders in ts', () => {
  expect(typeof 'widget').toBe('string');
});
