import type { RunOverview, TestVerdict, Verdict } from '../verdict/verdict.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatBytes, formatCount, formatDuration } from './format-units.js';
import type { SummarySection } from './summary-budget.js';

const SLOWEST_SHOWN = 10;

/** "137, OOM-killed, no report": everything that was unusual about how the run ended. */
function exitCell(run: RunOverview): string {
  const parts: string[] = [];
  if (run.exitCode !== null) parts.push(String(run.exitCode));
  else if (run.signal) parts.push(escapeMarkdown(run.signal, 20));
  else parts.push('—');
  if (run.timedOut) parts.push('timed out');
  if (run.oomKilled) parts.push('OOM-killed');
  if (run.reportMissing) parts.push('no report');
  return parts.join(', ');
}

function runRow(run: RunOverview): string {
  const { passed, failed, skipped, flaky } = run.counts;
  const memory = run.peakRssBytes === undefined ? '—' : formatBytes(run.peakRssBytes);
  const reruns = run.reruns > 0 ? ` (+${run.reruns} rerun${run.reruns === 1 ? '' : 's'})` : '';
  return `| ${run.run}${reruns} | ${exitCell(run)} | ${formatDuration(run.wallMs)} | ${formatCount(passed)} | ${formatCount(failed)} | ${formatCount(skipped)} | ${formatCount(flaky)} | ${memory} |`;
}

export function runsTable(verdict: Verdict, importance: number): SummarySection {
  return {
    name: 'the per-run table',
    rowNoun: 'per-run rows',
    importance,
    head:
      verdict.runs.length > 0
        ? '#### Runs\n\n| Run | Exit | Duration | Passed | Failed | Skipped | Flaky | Peak memory |\n|--:|---|--:|--:|--:|--:|--:|--:|\n'
        : '',
    rowCount: verdict.runs.length,
    row: (i) => runRow(verdict.runs[i]),
  };
}

function slowest(tests: readonly TestVerdict[]): TestVerdict[] {
  // One pass keeping the top few: a full sort of 100,000 tests to show ten would be wasted work.
  const top: TestVerdict[] = [];
  const slower = (a: TestVerdict, b: TestVerdict) =>
    b.medianDurationSec - a.medianDurationSec || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  for (const test of tests) {
    if (test.medianDurationSec <= 0 || test.class === 'skipped') continue;
    if (top.length === SLOWEST_SHOWN && slower(test, top[top.length - 1]) >= 0) continue;
    top.push(test);
    top.sort(slower);
    if (top.length > SLOWEST_SHOWN) top.pop();
  }
  return top;
}

export function slowestTests(verdict: Verdict, importance: number): SummarySection {
  const tests = slowest(verdict.tests);
  return {
    name: 'the slowest-tests table',
    rowNoun: 'slowest-test rows',
    importance,
    head:
      tests.length > 0
        ? `#### Slowest tests (median across runs)\n\n| Test | Median | Location |\n|---|--:|---|\n`
        : '',
    rowCount: tests.length,
    row: (i) => {
      const t = tests[i];
      const where = t.file === undefined ? '' : escapeMarkdown(t.file);
      return `| ${escapeMarkdown(t.name)} | ${formatDuration(t.medianDurationSec * 1000)} | ${where} |`;
    },
  };
}
