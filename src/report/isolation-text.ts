/**
 * A test's cause (from the isolation checks) as the summary and the annotations show it. Generic over the
 * causes: the class, its kind, the evidence and the reproduction, whatever the class is.
 */
import type { IsolationCause, Reproduction } from '../verdict/isolation.js';
import type { IsolationRun, TestVerdict, Verdict } from '../verdict/verdict.js';
import { capText } from './cap-text.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatCount, formatDuration } from './format-units.js';
import type { SummarySection } from './summary-budget.js';

/** Tests listed as having run before a failing one, nearest last: more is noise in a summary cell. */
const BEFORE_SHOWN = 5;
const MAX_COMMAND_CHARS = 500;

/** "order-dependent (victim)", "parallel-dependent". */
export function causeName(cause: IsolationCause): string {
  return cause.kind ? `${cause.class} (${cause.kind})` : cause.class;
}

/** "seed 42, 2 workers, shard 1/3". */
function reproductionFacts(r: Reproduction): string {
  return [
    r.seed !== undefined ? `seed ${r.seed}` : '',
    `${r.workers} worker${r.workers === 1 ? '' : 's'}`,
    r.shard ? `shard ${r.shard.index}/${r.shard.total}` : '',
  ]
    .filter((p) => p !== '')
    .join(', ');
}

function beforeList(before: readonly string[]): string {
  const shown = before.slice(-BEFORE_SHOWN);
  const more = before.length - shown.length;
  return `${more > 0 ? `… ${formatCount(more)} more, ` : ''}${shown.join(', ')}`;
}

/** Plain text for an annotation: why, and how to get the failing run back. */
export function causeText(cause: IsolationCause): string {
  const lines = [`Why: ${causeName(cause)}: ${cause.evidence}.`];
  const r = cause.reproduction;
  if (r) {
    lines.push(`Reproduce (${reproductionFacts(r)}): ${capText(r.command, MAX_COMMAND_CHARS)}`);
    if (r.before?.length) lines.push(`Ran before it: ${capText(beforeList(r.before), 400)}`);
  }
  return lines.join('\n');
}

function reproductionCell(r: Reproduction | undefined): string {
  if (!r) return '';
  // <code> rather than backticks: entities stay entities inside an HTML element, but not in a code span.
  const before = r.before?.length ? `; ran after: ${escapeMarkdown(beforeList(r.before), 400)}` : '';
  return `<code>${escapeMarkdown(r.command, MAX_COMMAND_CHARS)}</code> (${reproductionFacts(r)})${before}`;
}

function causeRow(test: TestVerdict & { cause: IsolationCause }): string {
  const name = test.displayId ?? test.name;
  return `| ${escapeMarkdown(name)} | ${escapeMarkdown(causeName(test.cause))} | ${escapeMarkdown(test.cause.evidence, 400)} | ${reproductionCell(test.cause.reproduction)} |`;
}

/** The summary's "why" table: every test the isolation checks found a cause for. */
export function causesTable(verdict: Verdict, importance: number): SummarySection {
  const tests = verdict.tests.filter(
    (t): t is TestVerdict & { cause: IsolationCause } => t.cause !== undefined,
  );
  return {
    name: 'the isolation-findings table',
    rowNoun: 'isolation-finding rows',
    importance,
    head:
      tests.length > 0
        ? `#### Why they fail: isolation checks (${formatCount(tests.length)})\n\n| Test | Cause | Evidence | Reproduce |\n|---|---|---|---|\n`
        : '',
    rowCount: tests.length,
    row: (i) => causeRow(tests[i]),
  };
}

function isolationRunRow(run: IsolationRun): string {
  const exit = run.exitCode === null ? '—' : String(run.exitCode);
  const seed = run.seed === undefined ? '' : String(run.seed);
  return `| ${escapeMarkdown(run.name)} | ${run.check} | ${run.workers} | ${seed} | ${exit}${run.reportMissing ? ', no report' : ''} | ${formatDuration(run.wallMs)} |`;
}

/** The isolation checks' extra runs, apart from the per-run table: their results are in no total. */
export function isolationRunsTable(verdict: Verdict, importance: number): SummarySection {
  const runs = verdict.isolationRuns ?? [];
  return {
    name: 'the isolation-runs table',
    rowNoun: 'isolation-run rows',
    importance,
    head:
      runs.length > 0
        ? '#### Isolation check runs (not in the totals)\n\n| Run | Check | Workers | Seed | Exit | Duration |\n|---|---|--:|--:|---|--:|\n'
        : '',
    rowCount: runs.length,
    row: (i) => isolationRunRow(runs[i]),
  };
}
