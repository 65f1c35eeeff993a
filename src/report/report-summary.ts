import type { Completeness } from '../verdict/completeness.js';
import type { Verdict } from '../verdict/verdict.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatCount } from './format-units.js';
import { IMPORTANCE, renderRunSummary, type RunSummaryOptions } from './run-summary.js';
import type { SummarySection } from './summary-budget.js';

const EMPTY: SummarySection = { name: '', importance: 0, head: '', rowCount: 0, row: () => '' };

function rows(c: Completeness): string[] {
  return [
    ...c.missingProofs.map((label) => `- No proof from ${escapeMarkdown(label)}`),
    ...c.missingFiles.map(
      (m) => `- No results for <code>${escapeMarkdown(m.file)}</code> (${escapeMarkdown(m.shard)})`,
    ),
    ...c.partitionFaults.map(
      (f) =>
        `- Partition fault: <code>${escapeMarkdown(f.id)}</code> ran in ${f.shards.map((s) => escapeMarkdown(s)).join(' and ')}`,
    ),
    ...c.otherPlan.map((label) => `- ${escapeMarkdown(label)} ran a different plan`),
  ];
}

/** What is missing or ran twice: right after the headline, and the last thing cut. */
export function completenessSection(c: Completeness): SummarySection {
  const lines = rows(c);
  if (lines.length === 0) return EMPTY;
  return {
    name: 'the completeness list',
    rowNoun: 'completeness lines',
    importance: IMPORTANCE.runFailures,
    head: `**Incomplete: ${formatCount(lines.length)} problem${lines.length === 1 ? '' : 's'} with the shards' proofs**\n\n`,
    rowCount: lines.length,
    row: (i) => lines[i],
  };
}

/** One-line notes (the plan used, the timing history, the feedback fallback), kept with the headline. */
export function notesSection(notes: readonly string[]): SummarySection {
  if (notes.length === 0) return EMPTY;
  return {
    name: 'the notes',
    importance: IMPORTANCE.notAnnotated,
    head: '',
    rowCount: notes.length,
    row: (i) => `- ${escapeMarkdown(notes[i], 500)}`,
  };
}

/**
 * The report job's summary: the run step's summary of the merged verdict (same renderer, same budget) with
 * the completeness list, the shard timing and notes placed after the headline.
 */
export function renderReportSummary(
  verdict: Verdict,
  completeness: Completeness,
  extra: { sections: SummarySection[]; notes: string[]; failing: boolean },
  options: RunSummaryOptions,
): string {
  return renderRunSummary(verdict, {
    ...options,
    title: 'shardproof report',
    failing: extra.failing,
    extraSections: [completenessSection(completeness), ...extra.sections, notesSection(extra.notes)].filter(
      (s) => s.head !== '' || s.rowCount > 0,
    ),
  });
}
