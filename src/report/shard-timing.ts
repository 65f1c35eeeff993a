/**
 * How the shards' time was spent: predicted (from the plan) against actual (from the proofs), the realized
 * balance, and what the sharding cost in runner minutes against one unsharded job. Pure: values in, values
 * and markdown out.
 */
import { formatDuration } from './format-units.js';
import type { SummarySection } from './summary-budget.js';

export interface ShardTime {
  /** "default 2/3" or "default 2/3 r1": plain label, sanitized before it enters the chart. */
  label: string;
  /** The plan's prediction for one run of the shard, work only (seconds), when there is a plan. */
  predictedSeconds?: number;
  /** Measured: the mean wall time of the shard's runs (seconds). */
  actualSeconds: number;
  /** Everything the job spent running tests: every run and rerun (seconds). */
  jobTestSeconds: number;
}

export interface ShardCost {
  /** The slowest job: test time plus the per-job overhead (seconds). */
  wallSeconds: number;
  /** Each job rounded up to a whole minute, as GitHub bills. */
  billedMinutes: number;
  unshardedWallSeconds: number;
  unshardedBilledMinutes: number;
  overheadSeconds: number;
}

/** Billed minutes and wall time of the jobs, against one job that runs everything (same overhead once). */
export function shardCost(shards: readonly ShardTime[], overheadSeconds: number): ShardCost {
  const jobs = shards.map((s) => s.jobTestSeconds + overheadSeconds);
  const all = shards.reduce((sum, s) => sum + s.jobTestSeconds, 0) + overheadSeconds;
  return {
    wallSeconds: Math.max(0, ...jobs),
    billedMinutes: jobs.reduce((sum, j) => sum + Math.max(1, Math.ceil(j / 60)), 0),
    unshardedWallSeconds: all,
    unshardedBilledMinutes: Math.max(1, Math.ceil(all / 60)),
    overheadSeconds,
  };
}

/**
 * Slowest shard over the best any split could do: max(total / shards, largest file). 1.00 is perfect;
 * undefined when nothing was measured.
 */
export function realizedBalance(
  shards: readonly ShardTime[],
  largestItemSeconds: number,
): number | undefined {
  if (shards.length === 0) return undefined;
  const total = shards.reduce((sum, s) => sum + s.actualSeconds, 0);
  const bound = Math.max(total / shards.length, largestItemSeconds);
  const slowest = Math.max(...shards.map((s) => s.actualSeconds));
  return bound > 0 ? slowest / bound : undefined;
}

// Mermaid reads ':' ';' '#' and line breaks as syntax, and the chart is code (entities are not decoded):
// anything beyond plain word characters becomes '_'.
function chartLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 ._/-]/g, '_').slice(0, 60) || '_';
}

/** A Mermaid Gantt chart, one section per shard with its predicted and actual bar (seconds from 0). */
export function ganttChart(shards: readonly ShardTime[]): string {
  const lines = [
    '```mermaid',
    'gantt',
    '  title Shards: predicted vs actual seconds per run',
    '  dateFormat X',
    '  axisFormat %s s',
  ];
  for (const shard of shards) {
    lines.push(`  section ${chartLabel(shard.label)}`);
    if (shard.predictedSeconds !== undefined) {
      lines.push(
        `  predicted ${Math.round(shard.predictedSeconds)} s : 0, ${Math.max(1, Math.round(shard.predictedSeconds))}`,
      );
    }
    lines.push(
      `  actual ${Math.round(shard.actualSeconds)} s : active, 0, ${Math.max(1, Math.round(shard.actualSeconds))}`,
    );
  }
  lines.push('```');
  return `${lines.join('\n')}\n`;
}

/** Mermaid draws nothing useful past a few dozen bars; beyond that the table alone tells it. */
const MAX_CHART_SHARDS = 64;

/** The summary section: chart, balance, wall time and billed minutes. */
export function shardTimingSection(
  shards: readonly ShardTime[],
  options: { largestItemSeconds: number; overheadSeconds: number; importance: number },
): SummarySection {
  if (shards.length === 0)
    return { name: 'the shard timing', importance: options.importance, head: '', rowCount: 0, row: () => '' };
  const balance = realizedBalance(shards, options.largestItemSeconds);
  const cost = shardCost(shards, options.overheadSeconds);
  const chart = shards.length <= MAX_CHART_SHARDS ? `${ganttChart(shards)}\n` : '';
  const lines = [
    `Realized balance: ${balance === undefined ? '—' : balance.toFixed(2)} (slowest shard / lower bound; 1.00 is a perfect split).`,
    `Wall time ${formatDuration(cost.wallSeconds * 1000)} and ${cost.billedMinutes} billed runner minutes across ${shards.length} jobs, ` +
      `against ${formatDuration(cost.unshardedWallSeconds * 1000)} and ${cost.unshardedBilledMinutes} minute${cost.unshardedBilledMinutes === 1 ? '' : 's'} for one unsharded job ` +
      `(measured test time plus ${cost.overheadSeconds} s overhead per job; each job rounds up to a minute).`,
  ];
  return {
    name: 'the shard timing',
    rowNoun: 'shard rows',
    importance: options.importance,
    head: `#### Shards\n\n${chart}${lines.join('\n')}\n\n| Shard | Predicted | Actual per run | Job test time |\n|---|--:|--:|--:|\n`,
    rowCount: shards.length,
    row: (i) => {
      const s = shards[i];
      const predicted = s.predictedSeconds === undefined ? '—' : formatDuration(s.predictedSeconds * 1000);
      return `| ${chartLabel(s.label)} | ${predicted} | ${formatDuration(s.actualSeconds * 1000)} | ${formatDuration(s.jobTestSeconds * 1000)} |`;
    },
  };
}
