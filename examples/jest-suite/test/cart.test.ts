import { describe, expect, test } from '@jest/globals';
import { Cart } from '../src/cart';

describe('Cart', () => {
  test('starts empty', () => {
    expect(new Cart().total).toBe(0);
  });

  // The same title twice in one describe: jest runs and counts both.
  test('adds a line', () => {
    expect(new Cart().add({ sku: 'a', cents: 100, quantity: 2 }).total).toBe(200);
  });
  test('adds a line', () => {
    expect(new Cart().add({ sku: 'b', cents: 5, quantity: 1 }).total).toBe(5);
  });

  // A title that holds the separator jest-junit and vitest use between describe blocks.
  test('total > 0 after adding (a|b) [x]', () => {
    expect(new Cart().add({ sku: 'c', cents: 1, quantity: 1 }).total).toBeGreaterThan(0);
  });

  describe('describe', () => {
    test('says "2 lines" with $ and ^ and a backslash \\', () => {
      const cart = new Cart()
        .add({ sku: 'a', cents: 100, quantity: 1 })
        .add({ sku: 'b', cents: 50, quantity: 1 });
      expect(cart.describe()).toBe('2 lines, 1.50 EUR');
    });
  });
});
