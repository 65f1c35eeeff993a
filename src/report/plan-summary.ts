import type { Plan, TradeoffRow } from '../plan/model.js';
import { escapeMarkdown } from './escape-markdown.js';

/** What a summary renderer needs, per suite, without digging through the plan. */
export interface SuiteSummary {
  suite: string;
  /** Index i is shard i + 1; overhead included. */
  predictedSeconds: number[];
  lowerBound: number;
  makespan: number;
  quality: number;
  matchRate: number;
  largest: { key: string; seconds: number }[];
  chosenShards: number;
  suggestedShards: number;
  reason: string;
  tradeoffs: TradeoffRow[];
}

export function planSummaryData(plan: Plan): SuiteSummary[] {
  return plan.suites.map((s) => ({
    suite: s.name,
    predictedSeconds: s.shards.map((sh) => sh.predictedSeconds),
    lowerBound: s.lowerBound,
    makespan: s.makespan,
    quality: s.quality,
    matchRate: s.matchRate,
    largest: s.largest,
    chosenShards: s.shardCount.chosen,
    suggestedShards: s.shardCount.suggested,
    reason: s.shardCount.reason,
    tradeoffs: s.shardCount.tradeoffs,
  }));
}

const MAX_PATH = 120;
// Mermaid xychart renders one bar per value; beyond this the chart is unreadable, so the table says the rest.
const MAX_BARS = 64;

/** Paths come from the repository: escaped like every user string, and capped from the left because the
 * end of a path says most. Inside <code> (unlike a markdown code span) the entities render as characters. */
function pathCell(text: string): string {
  const capped = text.length > MAX_PATH ? `…${text.slice(text.length - (MAX_PATH - 1))}` : text;
  return `<code>${escapeMarkdown(capped, Infinity)}</code>`;
}

/** Mermaid labels are double-quoted; quotes and anything markdown-ish inside would break the chart. */
function mermaidLabel(text: string): string {
  return text.replace(/[^A-Za-z0-9 _.:-]/g, '_').slice(0, 40);
}

function seconds(s: number): string {
  return s >= 90 ? `${(s / 60).toFixed(1)} min` : `${s.toFixed(1)} s`;
}

/** Markdown for the job summary: per suite a bar chart of predicted seconds per shard and the key numbers. */
export function renderPlanSummary(plan: Plan): string {
  const out: string[] = ['## shardproof plan', ''];
  out.push(
    `Plan \`${plan.hash.slice(0, 12)}\`: ${plan.totals.items} items in ${plan.totals.shards} shards, ` +
      `timing match rate ${(plan.totals.matchRate * 100).toFixed(1)}%.`,
    '',
  );
  if (plan.runSlots) {
    out.push(
      `Each shard runs in ${plan.runSlots} run slots, one run each: ` +
        `${plan.totals.shards * plan.runSlots} matrix jobs, and a ${plan.runSlots}-run stability check ` +
        `in the wall time of one run.`,
      '',
    );
  }
  for (const w of plan.warnings) out.push(`> [!WARNING]`, `> ${escapeMarkdown(w, 400)}`, '');
  for (const s of planSummaryData(plan)) {
    out.push(`### Suite ${escapeMarkdown(s.suite)}`, '');
    const bars = s.predictedSeconds.slice(0, MAX_BARS);
    if (bars.length > 0) {
      out.push(
        '```mermaid',
        'xychart-beta',
        `  title "${mermaidLabel(`Predicted seconds per shard (${s.suite})`)}"`,
      );
      out.push(`  x-axis [${bars.map((_, i) => `"${i + 1}"`).join(', ')}]`);
      out.push(`  y-axis "seconds"`, `  bar [${bars.map((v) => v.toFixed(1)).join(', ')}]`, '```', '');
      if (s.predictedSeconds.length > MAX_BARS)
        out.push(`Chart shows the first ${MAX_BARS} of ${s.predictedSeconds.length} shards.`, '');
    }
    out.push('| | |', '|---|---|');
    out.push(`| shards | ${s.chosenShards} (suggested ${s.suggestedShards}) |`);
    out.push(`| predicted slowest shard (work) | ${seconds(s.makespan)} |`);
    out.push(`| lower bound max(total/N, largest) | ${seconds(s.lowerBound)} |`);
    out.push(`| makespan / lower bound | ${s.quality.toFixed(3)} |`);
    out.push(`| timing match rate | ${(s.matchRate * 100).toFixed(1)}% |`, '');
    out.push('| shards | wall time | runner minutes | billed minutes |', '|---:|---:|---:|---:|');
    for (const r of s.tradeoffs) {
      out.push(
        `| ${r.shards} | ${seconds(r.wallSeconds)} | ${r.runnerMinutes.toFixed(1)} | ${r.billedMinutes} |`,
      );
    }
    out.push('');
    if (s.largest.length > 0) {
      out.push('<details><summary>Largest items</summary>', '', '| item | estimate |', '|---|---:|');
      for (const l of s.largest) out.push(`| ${pathCell(l.key)} | ${seconds(l.seconds)} |`);
      out.push('', '</details>', '');
    }
  }
  return out.join('\n');
}
