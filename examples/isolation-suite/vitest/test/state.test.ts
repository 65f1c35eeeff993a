/**
 * Tests that depend on the order they run in, through module state:
 * - "victim" passes alone but fails after "polluter" (which leaves an item behind): a victim.
 * - "brittle" fails alone and passes only after "setup" (which it silently needs): a brittle test.
 */
import { expect, test } from 'vitest';

const registry: string[] = [];
const config: { ready?: boolean } = {};

test('polluter', () => {
  registry.push('leftover');
  expect(registry).not.toEqual([]);
});

test('victim', () => {
  expect(registry).toEqual([]);
});

test('setup', () => {
  config.ready = true;
});

test('brittle', () => {
  expect(config.ready).toBe(true);
});

test('independent', () => {
  expect(1 + 1).toBe(2);
});
