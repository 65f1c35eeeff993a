import { expect, it } from 'vitest';
// @ts-expect-error the module does not exist: this file fails to load
import { missing } from '../src/does-not-exist';

it('never runs', () => {
  expect(missing).toBe(1);
});
