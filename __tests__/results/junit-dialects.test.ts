import { describe, expect, it } from 'vitest';
import { parseReportText, type TestResult } from '../../src/results/index.js';

const junit = (xml: string, options = {}): TestResult[] => parseReportText(xml, 'r.xml', options).tests;

describe('JUnit dialects', () => {
  it('surefire flakyFailure: passed in the end, with the retried failures counted and explained', () => {
    const [test] = junit(`<testsuite name="S"><testcase name="t" classname="com.acme.FooTest" time="0.5">
      <flakyFailure message="first try" type="E"><stackTrace>at Foo.java:1</stackTrace></flakyFailure>
      <flakyError message="second try"/></testcase></testsuite>`);
    expect(test).toEqual({
      id: 'com.acme.FooTest::t',
      suite: 'com.acme.FooTest',
      name: 't',
      outcome: 'passed',
      duration: 0.5,
      retriedFailures: 2,
      message: 'first try',
      details: 'at Foo.java:1',
    });
  });

  it('surefire rerunFailure with a final failure: failed, reruns counted', () => {
    const [test] = junit(`<testsuite><testcase name="t" classname="C"><failure message="final">f</failure>
      <rerunFailure message="again">r</rerunFailure><rerunFailure message="again"/></testcase></testsuite>`);
    expect(test).toMatchObject({ outcome: 'failed', retriedFailures: 2, message: 'final', details: 'f' });
  });

  it('error beats failure beats skipped on one testcase', () => {
    const outcomes = junit(`<testsuites><testsuite name="s">
      <testcase name="a"><skipped/><failure/><error/></testcase>
      <testcase name="b"><skipped/><failure/></testcase>
      <testcase name="c"><skipped message="later"/></testcase>
      <testcase name="d"/></testsuite></testsuites>`).map((t) => t.outcome);
    expect(outcomes).toEqual(['error', 'failed', 'skipped', 'passed']);
  });

  it('vitest/playwright: a classname that is a file path becomes the file, the suite name stays', () => {
    const [test] = junit(`<testsuites><testsuite name="src/a.test.ts">
      <testcase classname="src/a.test.ts" name="adds &gt; two numbers" time="0.002"/></testsuite></testsuites>`);
    expect(test).toEqual({
      id: 'src/a.test.ts::adds > two numbers',
      file: 'src/a.test.ts',
      name: 'adds > two numbers',
      outcome: 'passed',
      duration: 0.002,
    });
  });

  it('pytest without a file attribute: the dotted test module becomes the path', () => {
    const [test] = junit(
      `<testsuite name="pytest"><testcase classname="tests.unit.test_math.TestAdd" name="test_one" line="12"/></testsuite>`,
    );
    expect(test).toMatchObject({
      file: 'tests/unit/test_math.py',
      suite: 'tests.unit.test_math.TestAdd',
      line: 12,
    });
  });

  it('a file attribute wins, on the testcase or inherited from the nearest suite, made relative to rootDir', () => {
    const tests = junit(
      `<testsuites><testsuite name="outer" file="/work/repo/spec/a_spec.rb"><testsuite name="inner">
        <testcase name="x" classname="A"/><testcase name="y" classname="A" file="C:\\work\\other.rb"/>
      </testsuite></testsuite></testsuites>`,
      { rootDir: '/work/repo' },
    );
    expect(tests.map((t) => t.id)).toEqual(['spec/a_spec.rb::A::x', 'C:/work/other.rb::A::y']);
  });

  it('Java classnames are never guessed into paths', () => {
    const [test] = junit(
      `<testsuite><testcase classname="com.acme.test_utils.FooTest" name="t"/></testsuite>`,
    );
    expect(test.file).toBeUndefined();
  });

  it.each([
    ['1,234.5', 1234.5],
    ['0,5', 0.5],
    ['', 0],
    ['garbage', 0],
    ['-345345', 0],
    ['12', 12],
  ])('time=%j is %d seconds', (time, seconds) => {
    expect(junit(`<testsuite><testcase name="t" time="${time}"/></testsuite>`)[0].duration).toBe(seconds);
  });

  it('message is the first line of the message attribute, else of the text; details keep the body and output', () => {
    const tests = junit(`<testsuite name="s">
      <testcase name="a"><failure message="&#10;  first line&#10;second">stack</failure><system-err>err!</system-err></testcase>
      <testcase name="b"><error><![CDATA[
        TypeError: x is undefined
          at y.js:1]]></error></testcase></testsuite>`);
    expect(tests[0]).toMatchObject({ message: 'first line', details: 'stack\n\n--- system-err ---\nerr!' });
    expect(tests[1]).toMatchObject({
      outcome: 'error',
      message: 'TypeError: x is undefined',
      details: 'TypeError: x is undefined\n          at y.js:1',
    });
  });

  it('passing tests keep no output, and a nameless testcase is named and warned about', () => {
    const report = parseReportText(
      `<testsuite name="s">\n<testcase name="ok"><system-out>noise</system-out></testcase>\n<testcase classname="C"/></testsuite>`,
      'r.xml',
    );
    expect(report.tests[0].details).toBeUndefined();
    expect(report.tests[1].name).toBe('(unnamed testcase 1)');
    expect(report.warnings).toEqual([
      'r.xml:3: a <testcase> has no name; reported as "(unnamed testcase 1)".',
    ]);
  });

  it('streams results to onTest instead of collecting them', () => {
    const seen: string[] = [];
    const report = parseReportText(
      `<testsuite><testcase name="a"/><testcase name="b"/></testsuite>`,
      'r.xml',
      {
        onTest: (t: TestResult) => seen.push(t.name),
      },
    );
    expect(seen).toEqual(['a', 'b']);
    expect(report.tests).toEqual([]);
  });

  it('refuses XML that is not JUnit, naming the root element', () => {
    expect(() => junit('<?xml version="1.0"?>\n<test-run/>')).toThrow(
      'r.xml:2: not a JUnit XML report: the root element is <test-run>, expected <testsuites> or <testsuite>.',
    );
  });
});
