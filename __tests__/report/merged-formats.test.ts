/* eslint-disable no-control-regex -- the test feeds control characters on purpose */
import { describe, expect, it } from 'vitest';
import { ctrfJsonChunks } from '../../src/report/ctrf-json.js';
import { escapeXml, junitXmlChunks } from '../../src/report/junit-xml.js';
import { parseReportText } from '../../src/results/index.js';
import type { TestVerdict, Verdict } from '../../src/verdict/verdict.js';

const verdictOf = (tests: Partial<TestVerdict>[]): Verdict => {
  const full = tests.map((t, i) => ({
    id: `f.py::t${i}`,
    name: `t${i}`,
    file: 'f.py',
    class: 'passed' as const,
    pattern: '✓✓',
    runsFailed: 0,
    runsPassed: 2,
    runsPresent: 2,
    missingRuns: 0,
    failures: 0,
    medianDurationSec: 0.5,
    ...t,
  }));
  const count = (c: string) => full.filter((t) => t.class === c).length;
  return {
    runs: [],
    runsWithReport: 2,
    tests: full,
    counts: {
      passed: count('passed'),
      failed: count('failed'),
      flaky: count('flaky'),
      skipped: count('skipped'),
      total: full.length,
      fileErrors: 0,
    },
    runFailures: [],
  };
};

const hostile =
  'x"/><injected a="1" &amp; ]]> \u0000\u001b[31m \uD800 <!ENTITY e SYSTEM "file:///etc/passwd">';

describe('the merged JUnit XML', () => {
  it('escapes every name and message, drops characters XML cannot hold, and reads back to the same verdicts', () => {
    const verdict = verdictOf([
      {
        name: hostile,
        id: `f.py::${hostile}`,
        class: 'failed',
        pattern: '✗✗',
        message: hostile,
        details: `${hostile}\nstack`,
      },
      { class: 'flaky', pattern: '✓✗', message: 'once' },
      { class: 'skipped', pattern: '––' },
      {},
    ]);
    const xml = [...junitXmlChunks(verdict)].join('');
    expect(xml).not.toContain('<injected');
    expect(xml).not.toContain('<!ENTITY');
    expect(xml).not.toMatch(/[\u0000\u001b]/);
    const parsed = parseReportText(xml, 'junit.xml');
    expect(parsed.tests.map((t) => [t.outcome, t.retriedFailures ?? 0])).toEqual([
      ['failed', 0],
      ['passed', 1],
      ['skipped', 0],
      ['passed', 0],
    ]);
    expect(parsed.tests[0].name).toBe(hostile.replace(/[\u0000\u001b\uD800]/g, '\uFFFD'));
    expect(parsed.tests[0].message).toContain('<injected a="1" &amp; ]]>');
  });

  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;');
  });
});

describe('the merged CTRF report', () => {
  it('counts by CTRF status, marks flaky tests, and is read back by the CTRF parser', () => {
    const verdict = verdictOf([
      { class: 'failed', message: 'no' },
      { class: 'flaky' },
      { class: 'skipped' },
      {},
    ]);
    const text = [...ctrfJsonChunks(verdict, { start: 1, stop: 2 })].join('');
    const doc = JSON.parse(text);
    expect(doc.results.summary).toEqual({
      tests: 4,
      passed: 2,
      failed: 1,
      skipped: 1,
      pending: 0,
      other: 0,
      start: 1,
      stop: 2,
    });
    expect(doc.results.tests.map((t: { flaky: boolean }) => t.flaky)).toEqual([false, true, false, false]);
    const parsed = parseReportText(text, 'ctrf.json');
    expect(parsed.format).toBe('ctrf');
    expect(parsed.tests.map((t) => t.outcome)).toEqual(['failed', 'passed', 'skipped', 'passed']);
  });
});
