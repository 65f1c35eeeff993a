import { loadedOnRerun } from './file-errors.js';
import type { TestVerdict, Verdict } from './verdict.js';

export interface StepFailureOptions {
  /** Fail the step when a test is flaky (not only when one fails every run). */
  failOnFlaky: boolean;
  /** How many test names to list per class before "and N more". */
  maxListed?: number;
}

// Test names come from pull requests: keep the failure message to one line per item.
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function listTests(
  tests: readonly TestVerdict[],
  max: number,
  withPattern: boolean,
  total = tests.length,
): string {
  const shown = tests.slice(0, max).map((t) => oneLine(t.id) + (withPattern ? ` (${t.pattern})` : ''));
  const more = total - shown.length;
  return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/**
 * The message the step fails with, or undefined when it passes: tests that failed every run, flaky tests
 * (when `failOnFlaky`), and runs whose command crashed, timed out or left no report.
 */
export function stepFailure(verdict: Verdict, options: StepFailureOptions): string | undefined {
  const max = options.maxListed ?? 10;
  const failed = verdict.tests.filter((t) => t.class === 'failed');
  const flaky = options.failOnFlaky ? verdict.tests.filter((t) => t.class === 'flaky') : [];
  const fileErrors = verdict.tests.filter((t) => t.class === 'file-error');
  const asFiles = (tests: TestVerdict[]) => tests.map((t) => ({ ...t, id: t.file ?? t.id }));
  const lasting = fileErrors.filter((t) => !loadedOnRerun(t));
  const flakyFiles = options.failOnFlaky ? fileErrors.filter(loadedOnRerun) : [];
  // A compact verdict (VerdictBuilder) lists the notable tests only; its counts have them all.
  const failedCount = Math.max(failed.length, verdict.counts.failed);
  const flakyCount = options.failOnFlaky ? Math.max(flaky.length, verdict.counts.flaky) : 0;
  const lines: string[] = [];
  if (lasting.length > 0) {
    const noun = lasting.length === 1 ? '1 test file' : `${lasting.length} test files`;
    lines.push(
      `${noun} failed to load, so their tests did not run: ${listTests(asFiles(lasting), max, false)}.`,
    );
  }
  if (flakyFiles.length > 0) {
    const noun = flakyFiles.length === 1 ? '1 test file' : `${flakyFiles.length} test files`;
    lines.push(
      `${noun} failed to load and then loaded on rerun (flaky at the file level): ` +
        `${listTests(asFiles(flakyFiles), max, true)}.`,
    );
  }
  if (failedCount > 0) {
    const noun = failedCount === 1 ? '1 test' : `${failedCount} tests`;
    lines.push(`${noun} failed in every run: ${listTests(failed, max, false, failedCount)}.`);
  }
  if (flakyCount > 0) {
    const noun = flakyCount === 1 ? '1 test is' : `${flakyCount} tests are`;
    lines.push(`${noun} flaky: ${listTests(flaky, max, true, flakyCount)}.`);
  }
  for (const failure of verdict.runFailures) lines.push(`${failure.message}.`);
  return lines.length > 0 ? lines.join('\n') : undefined;
}
