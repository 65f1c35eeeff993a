import { describe, expect, it } from 'vitest';
import { countCpuList } from '../../src/capacity/cpu-affinity.js';

describe('countCpuList', () => {
  it('counts ranges and single CPUs', () => {
    expect(countCpuList('0-3,8-11')).toBe(8);
    expect(countCpuList('0')).toBe(1);
    expect(countCpuList('0,2,4-5\n')).toBe(4);
  });

  it('counts overlapping ranges once', () => {
    expect(countCpuList('0-3,2-5')).toBe(6);
  });

  it('rejects empty, reversed and non-numeric lists', () => {
    expect(countCpuList('')).toBeUndefined();
    expect(countCpuList('3-1')).toBeUndefined();
    expect(countCpuList('0-3,x')).toBeUndefined();
    expect(countCpuList('0-')).toBeUndefined();
  });
});
