import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PORT_BLOCK_CAPACITY, PORT_BLOCK_SIZE, PORT_RANGE_START } from '../../src/execute/port-block.js';
import { leasePortBlock } from '../../src/execute/port-lease.js';

const leaseDir = () => mkdtempSync(join(tmpdir(), 'shardproof-lease-test-'));

describe('leasePortBlock', () => {
  it('gives the preferred block when it is free, and releases it', async () => {
    const dir = leaseDir();
    const lease = await leasePortBlock(20_300, dir);
    expect(lease).toMatchObject({ base: 20_300, shared: false });
    expect(readFileSync(join(dir, 'block-3.lock'), 'utf8')).toBe(String(process.pid));
    await lease.release();
    expect((await leasePortBlock(20_300, dir)).base).toBe(20_300);
  });

  it('gives concurrent holders of the same preferred block different blocks', async () => {
    const dir = leaseDir();
    const leases = await Promise.all(Array.from({ length: 20 }, () => leasePortBlock(PORT_RANGE_START, dir)));
    const bases = leases.map((l) => l.base);
    expect(new Set(bases).size).toBe(20);
    expect(bases.every((b) => (b - PORT_RANGE_START) % PORT_BLOCK_SIZE === 0)).toBe(true);
  });

  it('takes over a lease whose owner has exited', async () => {
    const dir = leaseDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    writeFileSync(join(dir, 'block-0.lock'), dead.stdout);
    const lease = await leasePortBlock(PORT_RANGE_START, dir);
    expect(lease.base).toBe(PORT_RANGE_START);
    expect(readFileSync(join(dir, 'block-0.lock'), 'utf8')).toBe(String(process.pid));
  });

  it('gives a stale block to exactly one of several concurrent takers', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    for (let trial = 0; trial < 50; trial++) {
      const dir = leaseDir();
      writeFileSync(join(dir, 'block-0.lock'), dead.stdout);
      const leases = await Promise.all(
        Array.from({ length: 8 }, () => leasePortBlock(PORT_RANGE_START, dir)),
      );
      expect(new Set(leases.map((l) => l.base)).size).toBe(8);
    }
  });

  it('skips a block held by a live process (here: this one)', async () => {
    const dir = leaseDir();
    writeFileSync(join(dir, 'block-0.lock'), String(process.pid));
    expect((await leasePortBlock(PORT_RANGE_START, dir)).base).toBe(PORT_RANGE_START + PORT_BLOCK_SIZE);
  });

  it('shares the preferred block, saying so, when every block is leased', async () => {
    const dir = leaseDir();
    for (let slot = 0; slot < PORT_BLOCK_CAPACITY; slot++)
      writeFileSync(join(dir, `block-${slot}.lock`), '1');
    const lease = await leasePortBlock(20_500, dir);
    expect(lease).toMatchObject({ base: 20_500, shared: true });
  });
});
