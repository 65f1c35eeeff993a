import type { TestVerdict, Verdict } from '../verdict/verdict.js';
import { confidenceSentence, DEFAULT_CONFIDENCE } from '../verdict/confidence.js';
import { loadedOnRerun } from '../verdict/file-errors.js';
import { patternLegend } from '../verdict/outcome-pattern.js';
import type { AnnotationLevel } from './annotations.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatCount } from './format-units.js';
import { SUMMARY_BYTE_BUDGET, renderWithinBudget, type SummarySection } from './summary-budget.js';
import { causesTable, isolationRunsTable } from './isolation-text.js';
import { runsTable, slowestTests } from './run-summary-tables.js';

export interface RunSummaryOptions {
  /** Whether flaky tests fail the step: decides ❌ or ⚠️ in the headline. Default true. */
  failOnFlaky?: boolean;
  /** Confidence for the headline's bound. Default 0.95. */
  confidence?: number;
  /** From selectAnnotations: said out loud so that no test silently goes unannotated. */
  omitted?: Record<AnnotationLevel, number>;
  /** The test command as configured, for the "to reproduce" line. */
  reproduceCommand?: string;
  /** UTF-8 bytes the summary may take. Default 1,000,000 (GitHub's limit is 1 MiB). */
  byteBudget?: number;
  /** The report job's own sections (completeness, shard timing), placed after the headline and budgeted
   * with the rest. */
  extraSections?: SummarySection[];
  /** Replaces "shardproof" in the headline, e.g. "shardproof report". */
  title?: string;
  /** Something beyond the verdict fails the step (the report's missing shards): the headline says ❌. */
  failing?: boolean;
}

// Kept longest first when the summary must shrink (lower = more important).
export const IMPORTANCE = {
  headline: 0,
  runFailures: 1,
  fileErrors: 1,
  notAnnotated: 2,
  reproduce: 2,
  runs: 3,
  failed: 4,
  flaky: 5,
  causes: 5,
  isolationRuns: 6,
  slowest: 6,
} as const;

const TEST_TABLE_HEAD = '| Test | Runs | Location | First failure |\n|---|---|---|---|\n';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function headline(verdict: Verdict, options: RunSummaryOptions): SummarySection {
  const { failed, flaky, passed, skipped, total, fileErrors } = verdict.counts;
  const flakyFiles = verdict.tests.filter(loadedOnRerun).length;
  const failing =
    options.failing === true ||
    failed > 0 ||
    fileErrors > flakyFiles ||
    (flakyFiles > 0 && options.failOnFlaky !== false) ||
    verdict.runFailures.length > 0 ||
    (flaky > 0 && options.failOnFlaky !== false);
  const icon = failing ? '❌' : flaky > 0 || flakyFiles > 0 ? '⚠️' : '✅';
  const counts = `${formatCount(failed)} failed, ${formatCount(flaky)} flaky, ${formatCount(passed)} passed, ${formatCount(skipped)} skipped`;
  const unloaded =
    (fileErrors > flakyFiles
      ? `; ${plural(fileErrors - flakyFiles, 'test file')} failed to load, their tests did not run`
      : '') +
    (flakyFiles > 0
      ? `; ${plural(flakyFiles, 'test file')} failed to load and then loaded on rerun (flaky at the file level)`
      : '');
  const scope = `${plural(total, 'test')}, ${plural(verdict.runs.length, 'run')}${unloaded}`;
  const sentence = confidenceSentence(verdict, options.confidence ?? DEFAULT_CONFIDENCE);
  return {
    name: 'the headline',
    importance: IMPORTANCE.headline,
    head: `### ${icon} ${options.title ?? 'shardproof'}: ${counts} (${scope})\n\n${sentence}\n`,
    rowCount: 0,
    row: () => '',
  };
}

function runFailures(verdict: Verdict): SummarySection {
  const failures = verdict.runFailures;
  return {
    name: 'the run-failure list',
    rowNoun: 'run-failure lines',
    importance: IMPORTANCE.runFailures,
    head: failures.length > 0 ? '**Runs that failed as a whole:**\n\n' : '',
    rowCount: failures.length,
    row: (i) => `- ${escapeMarkdown(failures[i].message, 500)}`,
  };
}

function location(test: TestVerdict): string {
  if (test.file === undefined) return '';
  return escapeMarkdown(test.line === undefined ? test.file : `${test.file}:${test.line}`);
}

function testRow(test: TestVerdict): string {
  const name = test.displayId ?? (test.suite === undefined ? test.name : `${test.suite} › ${test.name}`);
  const message = escapeMarkdown(test.message ?? '');
  return `| ${escapeMarkdown(name)} | ${test.pattern} | ${location(test)} | ${message} |`;
}

// Most failing runs first, so that cutting rows from the end drops the rarest failures.
function byRunsFailed(a: TestVerdict, b: TestVerdict): number {
  return b.runsFailed - a.runsFailed || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function testTable(
  verdict: Verdict,
  cls: 'failed' | 'flaky' | 'file-error',
  title: string,
  importance: number,
): SummarySection {
  const tests = verdict.tests.filter((t) => t.class === cls).sort(byRunsFailed);
  const legend = patternLegend(...new Set(tests.slice(0, 1000).map((t) => t.pattern)));
  return {
    name: `the ${cls}-tests table`,
    rowNoun: `${cls}-test rows`,
    importance,
    head:
      tests.length > 0
        ? `#### ${title} (${formatCount(tests.length)})\n\nRuns: ${legend}\n\n${TEST_TABLE_HEAD}`
        : '',
    rowCount: tests.length,
    row: (i) => testRow(tests[i]),
  };
}

function notAnnotated(options: RunSummaryOptions): SummarySection {
  const omitted = options.omitted ?? { error: 0, warning: 0, notice: 0 };
  const parts = [
    omitted.error > 0 ? plural(omitted.error, 'error') : '',
    omitted.warning > 0 ? plural(omitted.warning, 'warning') : '',
    omitted.notice > 0 ? plural(omitted.notice, 'notice') : '',
  ].filter((p) => p !== '');
  return {
    name: 'the not-annotated line',
    importance: IMPORTANCE.notAnnotated,
    head:
      parts.length > 0
        ? `Not annotated: ${parts.join(', ')} (GitHub shows at most 10 annotations per level per step); the tables list them.\n`
        : '',
    rowCount: 0,
    row: () => '',
  };
}

function reproduce(options: RunSummaryOptions): SummarySection {
  const command = options.reproduceCommand?.trim() ?? '';
  return {
    name: 'the reproduce line',
    importance: IMPORTANCE.reproduce,
    // <code> rather than backticks: entities stay entities inside an HTML element, but not in a code span.
    head: command !== '' ? `To reproduce: <code>${escapeMarkdown(command, 500)}</code>\n` : '',
    rowCount: 0,
    row: () => '',
  };
}

/**
 * The run step's job summary: headline with the confidence sentence, runs that failed as a whole, the
 * per-run table, failed and flaky tests with their run patterns, the slowest tests, what was not
 * annotated and how to reproduce. Always within `byteBudget` UTF-8 bytes; what was cut is said at the end.
 */
export function renderRunSummary(verdict: Verdict, options: RunSummaryOptions = {}): string {
  const sections: SummarySection[] = [
    headline(verdict, options),
    ...(options.extraSections ?? []),
    runFailures(verdict),
    runsTable(verdict, IMPORTANCE.runs),
    testTable(verdict, 'file-error', 'Test files that failed to load', IMPORTANCE.fileErrors),
    testTable(verdict, 'failed', 'Failed every run', IMPORTANCE.failed),
    testTable(verdict, 'flaky', 'Flaky', IMPORTANCE.flaky),
    causesTable(verdict, IMPORTANCE.causes),
    isolationRunsTable(verdict, IMPORTANCE.isolationRuns),
    slowestTests(verdict, IMPORTANCE.slowest),
    notAnnotated(options),
    reproduce(options),
  ].filter((s) => s.head !== '' || s.rowCount > 0);
  return renderWithinBudget(sections, options.byteBudget ?? SUMMARY_BYTE_BUDGET);
}
