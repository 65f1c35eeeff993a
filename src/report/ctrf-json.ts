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
  const by = (s: CtrfStatus) => verdict.tests.filter((t) => status(t) === s).length;
  const summary = {
    tests: verdict.tests.length,
    passed: by('passed'),
    failed: by('failed'),
    skipped: by('skipped'),
    pending: by('pending'),
    other: by('other'),
    start: times.start,
    stop: times.stop,
  };
  yield `{"reportFormat":"CTRF","specVersion":"0.0.0","results":{"tool":{"name":"shardproof"},"summary":${JSON.stringify(summary)},"tests":[`;
  let first = true;
  for (const test of verdict.tests) {
    yield `${first ? '\n' : ',\n'}${JSON.stringify(ctrfTest(test))}`;
    first = false;
  }
  yield '\n]}}\n';
}
