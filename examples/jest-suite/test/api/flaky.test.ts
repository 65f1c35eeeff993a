import { describe, expect, test } from '@jest/globals';

describe('api', () => {
  // Fails on a run's first attempt and passes when shardproof reruns it (SHARDPROOF_RERUN is set then),
  // as a test racing a slow server might.
  test('warms the cache > then answers', () => {
    expect(process.env.SHARDPROOF_RERUN).toBeDefined();
  });

  test('answers health checks', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect('ok').toBe('ok');
  });
});
