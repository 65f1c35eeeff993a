import type { TestVerdict, Verdict } from '../verdict/verdict.js';

// XML 1.0 allows tab, LF, CR and these ranges; anything else (NUL, other C0 controls, lone surrogates,
// U+FFFE/U+FFFF) makes the whole document unreadable, so it is replaced.
const NOT_XML = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe inside an XML attribute or element: the five special characters escaped, invalid ones replaced. */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '\uFFFD').replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

function attributes(values: Record<string, string | number | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${escapeXml(String(v))}"`)
    .join('');
}

function seconds(value: number): string {
  return value.toFixed(3);
}

function testcase(test: TestVerdict): string {
  const attrs = attributes({
    name: test.name,
    classname: test.suite ?? test.file ?? '',
    file: test.file,
    line: test.line,
    time: seconds(test.medianDurationSec),
  });
  const message = test.message ?? '';
  const details = escapeXml(test.details ?? test.message ?? '');
  const pattern = `<properties><property${attributes({ name: 'shardproof.pattern', value: test.pattern })}/></properties>`;
  if (test.class === 'failed') {
    return `    <testcase${attrs}>${pattern}<failure${attributes({ message })}>${details}</failure></testcase>\n`;
  }
  if (test.class === 'passed') return `    <testcase${attrs}>${pattern}</testcase>\n`;
  if (test.class !== 'skipped') {
    // Surefire's <flakyFailure>: a pass that failed on another try. Tools that know it show the test as flaky;
    // classes added later (isolation) are treated like flaky, as verdict.ts asks of consumers.
    return `    <testcase${attrs}>${pattern}<flakyFailure${attributes({ message })}>${details}</flakyFailure></testcase>\n`;
  }
  return `    <testcase${attrs}>${pattern}<skipped/></testcase>\n`;
}

/** Tests grouped by file (or suite when a framework reports no file), in id order within each group. */
function groups(verdict: Verdict): Map<string, TestVerdict[]> {
  const byGroup = new Map<string, TestVerdict[]>();
  for (const test of verdict.tests) {
    const key = test.file ?? test.suite ?? '';
    const list = byGroup.get(key);
    if (list) list.push(test);
    else byGroup.set(key, [test]);
  }
  return byGroup;
}

/**
 * The merged verdict as one JUnit XML document, one <testsuite> per file: a test's median time, its failure
 * text, flaky tests as Surefire <flakyFailure>, and each test's run pattern as a property. Yielded in pieces.
 */
export function* junitXmlChunks(verdict: Verdict): Generator<string> {
  const { counts } = verdict;
  const total = verdict.tests.reduce((s, t) => s + t.medianDurationSec, 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attributes({ name: 'shardproof', tests: counts.total, failures: counts.failed, skipped: counts.skipped, time: seconds(total) })}>\n`;
  for (const [name, tests] of groups(verdict)) {
    const failures = tests.filter((t) => t.class === 'failed').length;
    const skipped = tests.filter((t) => t.class === 'skipped').length;
    const time = tests.reduce((s, t) => s + t.medianDurationSec, 0);
    yield `  <testsuite${attributes({ name, tests: tests.length, failures, errors: 0, skipped, time: seconds(time) })}>\n`;
    for (const test of tests) yield testcase(test);
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
