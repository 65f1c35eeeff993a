import { everyTest } from '../verdict/verdict-builder.js';
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

interface Group {
  name: string;
  tests: number;
  failures: number;
  skipped: number;
  time: number;
}

/**
 * Tests grouped by file (or suite when a framework reports no file), as the runs of one key in id order:
 * the ids of a file's tests start with the file, so a file is one group. Counted in a pass of their own,
 * because a <testsuite> states its counts before its tests, which are then built again one at a time.
 */
function groups(verdict: Verdict): Group[] {
  const list: Group[] = [];
  let current: Group | undefined;
  for (const test of everyTest(verdict)) {
    const key = test.file ?? test.suite ?? '';
    if (current?.name !== key)
      list.push((current = { name: key, tests: 0, failures: 0, skipped: 0, time: 0 }));
    current.tests++;
    if (test.class === 'failed') current.failures++;
    if (test.class === 'skipped') current.skipped++;
    current.time += test.medianDurationSec;
  }
  return list;
}

/**
 * The merged verdict as one JUnit XML document, one <testsuite> per file: a test's median time, its failure
 * text, flaky tests as Surefire <flakyFailure>, and each test's run pattern as a property. Yielded in pieces.
 */
export function* junitXmlChunks(verdict: Verdict): Generator<string> {
  const { counts } = verdict;
  const suites = groups(verdict);
  const total = suites.reduce((s, g) => s + g.time, 0);
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield `<testsuites${attributes({ name: 'shardproof', tests: counts.total, failures: counts.failed, skipped: counts.skipped, time: seconds(total) })}>\n`;
  const tests = everyTest(verdict)[Symbol.iterator]();
  for (const { name, tests: count, failures, skipped, time } of suites) {
    yield `  <testsuite${attributes({ name, tests: count, failures, errors: 0, skipped, time: seconds(time) })}>\n`;
    for (let i = 0; i < count; i++) yield testcase(tests.next().value as TestVerdict);
    yield '  </testsuite>\n';
  }
  yield '</testsuites>\n';
}
