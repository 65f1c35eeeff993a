import { describe, expect, it } from 'vitest';

describe('compare', () => {
  // A title holding vitest's own separator between describe blocks and tests.
  it('a > b when (a|b) [x] differ', () => {
    expect(2 > 1).toBe(true);
  });

  // Fails on a run's first attempt and passes when shardproof reruns it (SHARDPROOF_RERUN is set then).
  it('warms up > then answers', () => {
    expect(process.env.SHARDPROOF_RERUN).toBeDefined();
  });
});
