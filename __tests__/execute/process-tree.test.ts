import { describe, expect, it } from 'vitest';
import { listProcessTree, parseStat } from '../../src/execute/process-tree.js';

describe('process tree from /proc', () => {
  it('reads ppid and process group after a command name containing spaces and parentheses', () => {
    expect(parseStat(42, '42 (my (odd) name) S 7 40 40 0 -1')).toEqual({ pid: 42, ppid: 7, pgrp: 40 });
  });

  it('leaves zombies out: they hold no memory and cannot be killed', () => {
    expect(parseStat(43, '43 (node) Z 1 40 40 0 -1')).toBeUndefined();
  });

  it('is empty when /proc cannot be read (not Linux)', async () => {
    expect(await listProcessTree(process.pid, '/shardproof-no-proc')).toEqual([]);
  });
});
