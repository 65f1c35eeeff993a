import { describe, expect, test } from '@jest/globals';
import { missing } from '../../src/does-not-exist';

// This file fails to load: jest counts it as a failed suite and runs none of its tests.
describe('broken', () => {
  test('never runs', () => {
    expect(missing).toBe(1);
  });
});
