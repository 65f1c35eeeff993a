import { expect, test } from '@playwright/test';

// API-only: no page fixture, so no browser is needed.
test.describe('api', () => {
  for (const [input, expected] of [
    ['1+1', 2],
    ['2*3', 6],
  ] as const) {
    test(`evaluates ${input}`, () => {
      const [a, op, b] = [Number(input[0]), input[1], Number(input[2])];
      expect(op === '+' ? a + b : a * b).toBe(expected);
    });
  }

  // Playwright refuses two tests with one title in one describe block, so there are none here.
  test('answers', () => {
    expect('ok').toBe('ok');
  });

  test('rounds prices', () => {
    expect(Math.round(0.1 * 3 * 100) / 100).toBe(0.31);
  });

  // Fails on a run's first attempt and passes when shardproof reruns it.
  test('warms up › then answers (a|b) [x]', () => {
    expect(process.env.SHARDPROOF_RERUN).toBeDefined();
  });

  test.skip('talks to the payment sandbox', () => {});
});
