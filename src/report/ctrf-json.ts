import { everyTest } from '../verdict/verdict-builder.js';
import type { TestVerdict, Verdict } from '../verdict/verdict.js';

type CtrfStatus = 'passed' | 'failed' | 'skipped' | 'pending' | 'other';

function status(test: TestVerdict): CtrfStatus {
  if (test.class === 'failed') return 'failed';
  // CTRF marks a test that passed after failing as passed with `flaky: true`.
  if (test.class === 'passed' || test.class === 'flaky') return 'passed';
  if (test.class === 'skipped') return 'skipped';
  return 'other';
}

function ctrfTest(test: TestVerdict): Record<string, unknown> {
  return {
    name: test.name,
    status: status(test),
    duration: Math.round(test.medianDurationSec * 1000),
    ...(test.suite !== undefined ? { suite: test.suite } : {}),
    ...(test.file !== undefined ? { filePath: test.file } : {}),
    ...(test.line !== undefined ? { line: test.line } : {}),
    ...(test.message !== undefined ? { message: test.message } : {}),
    ...(test.details !== undefined ? { trace: test.details } : {}),
    flaky: test.class === 'flaky',
    retries: Math.max(0, test.runsPresent - 1),
    extra: {
      id: test.id,
      class: test.class,
      pattern: test.pattern,
      runsFailed: test.runsFailed,
      runsPassed: test.runsPassed,
    },
  };
}

/**
 * The merged verdict as a CTRF report (ctrf.io), for tools that read it: JSON.stringify escapes every string,
 * and the document is yielded test by test. `start`/`stop` are the report's own time, in ms since the epoch.
 */
export function* ctrfJsonChunks(verdict: Verdict, times: { start: number; stop: number }): Generator<string> {
  // Counted in a pass of their own: the summary comes before the tests, which are built one at a time.
  const by: Record<CtrfStatus, number> = { passed: 0, failed: 0, skipped: 0, pending: 0, other: 0 };
  let tests = 0;
  for (const test of everyTest(verdict)) {
    by[status(test)]++;
    tests++;
  }
  const summary = {
    tests,
    ...by,
    start: times.start,
    stop: times.stop,
  };
  yield `{"reportFormat":"CTRF","specVersion":"0.0.0","results":{"tool":{"name":"shardproof"},"summary":${JSON.stringify(summary)},"tests":[`;
  let first = true;
  for (const test of everyTest(verdict)) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(ctrfTest(test))}`;
    first = false;
  }
  yield '\n]}}\n';
}
