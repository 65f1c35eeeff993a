import { test } from 'node:test';
import assert from 'node:assert/strict';

// Broken on purpose: always fails, so the example shows a real failure next to a flaky test.
test('adds cents exactly', () => assert.equal(0.1 + 0.2, 0.3));
test('formats', () => assert.equal((1234.5).toFixed(2), '1234.50'));
