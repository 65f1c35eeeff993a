import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOomKillCount } from '../../src/capacity/index.js';

const tree = (name: string) => resolve('__tests__/fixtures/capacity', name);

describe("the OOM killer's count for this process's memory cgroup", () => {
  it('reads oom_kill from memory.events on cgroup v2', () => {
    expect(readOomKillCount(tree('v2-memory-limit'))).toBe(3);
  });

  it('reads oom_kill from memory.oom_control on cgroup v1', () => {
    expect(readOomKillCount(tree('container-v1-docker'))).toBe(2);
  });

  it('is undefined when no cgroup file says', () => {
    expect(readOomKillCount(tree('missing-files'))).toBeUndefined();
  });
});
