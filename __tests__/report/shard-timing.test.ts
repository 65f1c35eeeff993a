import { describe, expect, it } from 'vitest';
import { ganttChart, realizedBalance, shardCost, shardTimingSection } from '../../src/report/shard-timing.js';

const shards = [
  { label: 'default 1/2', predictedSeconds: 50, actualSeconds: 60, jobTestSeconds: 61 },
  { label: 'default 2/2', predictedSeconds: 50, actualSeconds: 40, jobTestSeconds: 100 },
];

describe('shard timing', () => {
  it('bills each job rounded up to a minute, against one unsharded job', () => {
    expect(shardCost(shards, 30)).toEqual({
      wallSeconds: 130,
      billedMinutes: 2 + 3,
      unshardedWallSeconds: 191,
      unshardedBilledMinutes: 4,
      overheadSeconds: 30,
    });
  });

  it('measures balance as the slowest shard over max(mean shard, largest file)', () => {
    expect(realizedBalance(shards, 10)).toBeCloseTo(60 / 50);
    expect(realizedBalance(shards, 55)).toBeCloseTo(60 / 55);
    expect(realizedBalance([], 1)).toBeUndefined();
  });

  it('draws predicted and actual bars per shard, and keeps Mermaid syntax out of labels', () => {
    const chart = ganttChart([
      { label: 'evil: x;\n#y', predictedSeconds: 9.6, actualSeconds: 0.2, jobTestSeconds: 1 },
    ]);
    expect(chart).toBe(
      [
        '```mermaid',
        'gantt',
        '  title Shards: predicted vs actual seconds per run',
        '  dateFormat X',
        '  axisFormat %s s',
        '  section evil_ x___y',
        '  predicted 10 s : 0, 10',
        '  actual 0 s : active, 0, 1',
        '```',
        '',
      ].join('\n'),
    );
  });

  it('says the balance and the cost in the summary section', () => {
    const section = shardTimingSection(shards, { largestItemSeconds: 0, overheadSeconds: 30, importance: 3 });
    expect(section.head).toContain('Realized balance: 1.20');
    expect(section.head).toContain(
      '5 billed runner minutes across 2 jobs, against 3m 11s and 4 minutes for one unsharded job',
    );
    expect(section.row(0)).toBe('| default 1/2 | 50.0 s | 1m 00s | 1m 01s |');
  });
});
