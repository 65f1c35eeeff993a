import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatDuration } from '../../src/report/format-units.js';

describe('formatDuration', () => {
  it('picks a unit a reader takes in at a glance', () => {
    expect(
      [0, 850, 999.4, 999.6, 12_340, 59_949, 59_951, 245_000, 3_599_600, 3_720_000].map(formatDuration),
    ).toEqual([
      '0 ms',
      '850 ms',
      '999 ms',
      '1.0 s',
      '12.3 s',
      '59.9 s',
      '1m 00s',
      '4m 05s',
      '1h 00m',
      '1h 02m',
    ]);
  });

  it('shows unknown durations as a dash', () => {
    expect([-1, Number.NaN, Infinity].map(formatDuration)).toEqual(['—', '—', '—']);
  });
});

describe('formatBytes', () => {
  it('uses binary units with one decimal', () => {
    expect([0, 512, 1024, 1536, 1024 * 1024 - 1, 2 ** 30, 3.5 * 2 ** 40].map(formatBytes)).toEqual([
      '0 B',
      '512 B',
      '1.0 KiB',
      '1.5 KiB',
      '1.0 MiB',
      '1.0 GiB',
      '3.5 TiB',
    ]);
  });

  it('shows unknown sizes as a dash', () => {
    expect(formatBytes(-5)).toBe('—');
  });
});

describe('formatCount', () => {
  it('groups thousands with commas', () => {
    expect([0, 999, 4512, 1_000_000].map(formatCount)).toEqual(['0', '999', '4,512', '1,000,000']);
  });
});
