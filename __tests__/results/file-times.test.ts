import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/results/index.js';

const junit = (body: string) => parseReportText(`<?xml version="1.0"?>\n${body}`, 'report.xml').fileTimes;

describe("a file's own measured time from the report", () => {
  it('takes the time of a testsuite whose tests all share one file (jest-junit: one suite per file)', () => {
    const times = junit(
      `<testsuites>
        <testsuite name="math" time="3.5"><testcase classname="math adds" name="adds" file="test/math.test.js" time="0.1"/>
          <testcase classname="math" name="subtracts" file="test/math.test.js" time="0.2"/></testsuite>
        <testsuite name="io" time="2"><testcase name="reads" file="test/io.test.js" time="1.5"/></testsuite>
      </testsuites>`,
    );
    expect(times).toEqual([
      { file: 'test/math.test.js', seconds: 3.5 },
      { file: 'test/io.test.js', seconds: 2 },
    ]);
  });

  it('gives nothing when one testsuite spans several files (pytest), or has no time', () => {
    expect(
      junit(
        `<testsuites><testsuite name="pytest" time="9.1">
          <testcase classname="tests.test_a" name="t1" file="tests/test_a.py" time="1"/>
          <testcase classname="tests.test_b" name="t2" file="tests/test_b.py" time="1"/>
        </testsuite></testsuites>`,
      ),
    ).toBeUndefined();
    expect(
      junit(`<testsuite name="x"><testcase name="t" file="a.py" time="1"/></testsuite>`),
    ).toBeUndefined();
    expect(
      junit(`<testsuite name="x" time="Infinity"><testcase name="t" file="a.py" time="1"/></testsuite>`),
    ).toBeUndefined();
  });

  it('takes the outermost single-file suite of nested ones, and the inner ones of a mixed parent', () => {
    // Outer suite of one file: its time includes the nested describe blocks and the file's setup.
    expect(
      junit(
        `<testsuite name="file" time="5" file="a.test.ts">
          <testsuite name="describe 1" time="1"><testcase name="t1" time="0.5"/></testsuite>
          <testsuite name="describe 2" time="2"><testcase name="t2" time="0.5"/></testsuite>
        </testsuite>`,
      ),
    ).toEqual([{ file: 'a.test.ts', seconds: 5 }]);
    // A mixed parent: each file's own suite counts.
    expect(
      junit(
        `<testsuite name="all" time="9">
          <testsuite name="a" time="4" file="a.test.ts"><testcase name="t1" time="1"/></testsuite>
          <testsuite name="b" time="3" file="b.test.ts"><testcase name="t2" time="1"/></testsuite>
        </testsuite>`,
      ),
    ).toEqual([
      { file: 'a.test.ts', seconds: 4 },
      { file: 'b.test.ts', seconds: 3 },
    ]);
  });

  it('keys a suite of one Java class by the class, as the timing history does', () => {
    const times = junit(
      `<testsuite name="org.acme.FooTest" time="12.25">
        <testcase classname="org.acme.FooTest" name="a" time="1"/><testcase classname="org.acme.FooTest" name="b" time="1"/>
      </testsuite>`,
    );
    expect(times).toEqual([{ file: 'org.acme.FooTest', seconds: 12.25 }]);
  });

  it('sums the suites of one file that a report lists apart', () => {
    const times = junit(
      `<testsuites>
        <testsuite name="a1" time="1.5"><testcase name="t1" file="a.py" time="1"/></testsuite>
        <testsuite name="a2" time="2"><testcase name="t2" file="a.py" time="1"/></testsuite>
      </testsuites>`,
    );
    expect(times).toEqual([{ file: 'a.py', seconds: 3.5 }]);
  });

  it("takes a go package's elapsed time, only for packages that ran tests", () => {
    const events = [
      { Action: 'run', Package: 'example.com/m/calc', Test: 'TestAdd' },
      { Action: 'pass', Package: 'example.com/m/calc', Test: 'TestAdd', Elapsed: 0.01 },
      { Action: 'pass', Package: 'example.com/m/calc', Elapsed: 1.25 },
      { Action: 'skip', Package: 'example.com/m/notests', Elapsed: 0.002 },
    ];
    const parsed = parseReportText(events.map((e) => JSON.stringify(e)).join('\n'), 'go.json');
    expect(parsed.fileTimes).toEqual([{ file: 'example.com/m/calc', seconds: 1.25 }]);
    expect(parsed.tests.map((t) => t.suite)).toEqual(['example.com/m/calc']);
  });
});
