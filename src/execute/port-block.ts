/**
 * A block of TCP ports per (shard, run) so that test servers started by concurrent shards on one host
 * never collide. Tests derive their ports from SHARDPROOF_PORT_BASE (base … base + size - 1).
 *
 *   slot = ((shard - 1) × runs + (run - 1)) mod capacity
 *   base = 20000 + slot × 100
 *
 * The range 20000–32767 stays below Linux's ephemeral range (32768–60999, net.ipv4.ip_local_port_range),
 * where the kernel picks ports for outgoing connections: a block there could be taken at random by any
 * client socket on the host. That leaves 127 blocks of 100: every (shard, run) pair gets its own block
 * while shards × runs ≤ 127; beyond that slots wrap around, and only pairs that are 127 slots apart share one.
 */
export const PORT_RANGE_START = 20_000;
export const PORT_RANGE_END = 32_768; // exclusive
export const PORT_BLOCK_SIZE = 100;
export const PORT_BLOCK_CAPACITY = Math.floor((PORT_RANGE_END - PORT_RANGE_START) / PORT_BLOCK_SIZE);

/** `shard` and `run` are 1-based, as in SHARDPROOF_SHARD and SHARDPROOF_RUN. */
export function portBlockBase(shard: number, run: number, runs: number): number {
  const slot = ((shard - 1) * runs + (run - 1)) % PORT_BLOCK_CAPACITY;
  return PORT_RANGE_START + slot * PORT_BLOCK_SIZE;
}
