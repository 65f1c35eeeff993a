import { describe, expect, it } from 'vitest';
import { PORT_BLOCK_CAPACITY, PORT_BLOCK_SIZE, portBlockBase } from '../../src/execute/port-block.js';

describe('port blocks', () => {
  it('has 127 blocks of 100 below the Linux ephemeral range', () => {
    expect(PORT_BLOCK_CAPACITY).toBe(127);
    expect(portBlockBase(1, 1, 5)).toBe(20_000);
    expect(portBlockBase(1, 2, 5)).toBe(20_100);
    expect(portBlockBase(2, 1, 5)).toBe(20_500);
  });

  it('gives every (shard, run) pair its own block whenever shards × runs fits the capacity', () => {
    for (let runs = 1; runs <= 20; runs++) {
      for (let shards = 1; shards * runs <= PORT_BLOCK_CAPACITY; shards++) {
        const seen = new Set<number>();
        for (let shard = 1; shard <= shards; shard++) {
          for (let run = 1; run <= runs; run++) {
            const base = portBlockBase(shard, run, runs);
            expect(base).toBeGreaterThanOrEqual(20_000);
            expect(base + PORT_BLOCK_SIZE - 1).toBeLessThanOrEqual(32_767);
            expect((base - 20_000) % PORT_BLOCK_SIZE).toBe(0);
            seen.add(base);
          }
        }
        expect(seen.size).toBe(shards * runs);
      }
    }
  });

  it('wraps around past the capacity instead of leaving the range', () => {
    expect(portBlockBase(2, 28, 100)).toBe(20_000); // slot 127
    expect(portBlockBase(40, 5, 5)).toBe(20_000 + ((39 * 5 + 4) % 127) * 100);
  });
});
