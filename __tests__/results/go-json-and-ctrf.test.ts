import { describe, expect, it } from 'vitest';
import { parseReportText } from '../../src/results/index.js';
import { sniffFormat } from '../../src/results/sniff-format.js';

const go = (events: object[], extra = ''): string =>
  extra + events.map((e) => JSON.stringify(e)).join('\n') + '\n';

describe('go test -json', () => {
  it('turns subtests, skips and failures into results with the failure output as details', () => {
    const text = go(
      [
        { Action: 'run', Package: 'p', Test: 'TestA' },
        { Action: 'run', Package: 'p', Test: 'TestA/sub' },
        { Action: 'output', Package: 'p', Test: 'TestA/sub', Output: '=== RUN   TestA/sub\n' },
        { Action: 'output', Package: 'p', Test: 'TestA/sub', Output: '    a_test.go:9: want 1, got 2\n' },
        { Action: 'fail', Package: 'p', Test: 'TestA/sub', Elapsed: 0.25 },
        { Action: 'fail', Package: 'p', Test: 'TestA', Elapsed: 0.5 },
        { Action: 'run', Package: 'p', Test: 'TestB' },
        { Action: 'output', Package: 'p', Test: 'TestB', Output: '    b_test.go:3: needs docker\n' },
        { Action: 'skip', Package: 'p', Test: 'TestB' },
        { Action: 'fail', Package: 'p', Elapsed: 1 },
      ],
      '# p\ncompiler noise\n',
    );
    const report = parseReportText(text, 'go.out');
    expect(report.format).toBe('go-json');
    expect(report.tests).toEqual([
      {
        id: 'p::TestA/sub',
        suite: 'p',
        name: 'TestA/sub',
        outcome: 'failed',
        duration: 0.25,
        message: 'a_test.go:9: want 1, got 2',
        details: '=== RUN   TestA/sub\n    a_test.go:9: want 1, got 2',
      },
      { id: 'p::TestA', suite: 'p', name: 'TestA', outcome: 'failed', duration: 0.5 },
      {
        id: 'p::TestB',
        suite: 'p',
        name: 'TestB',
        outcome: 'skipped',
        duration: 0,
        message: 'b_test.go:3: needs docker',
      },
    ]);
    expect(report.warnings).toEqual(['go.out: ignored 2 line(s) that are not go test -json events.']);
  });

  it('fails a test left running when the output ends', () => {
    const report = parseReportText(go([{ Action: 'run', Package: 'p', Test: 'TestHang' }]), 'go.out');
    expect(report.tests).toMatchObject([
      {
        name: 'TestHang',
        outcome: 'failed',
        message: 'no result: the output ended while this test was running',
      },
    ]);
  });
});

describe('CTRF', () => {
  it('maps statuses, milliseconds, paths, suites and retries', () => {
    const ctrf = {
      results: {
        tool: { name: 'x' },
        tests: [
          {
            name: 'ok',
            status: 'passed',
            duration: 1500,
            filePath: './src/a.test.ts',
            line: 3,
            suite: 'A',
            retries: 2,
            flaky: true,
          },
          {
            name: 'bad',
            status: 'failed',
            duration: 20,
            message: 'expected 1\nto be 2',
            trace: 'at a.ts:1',
            suite: ['A', 'B'],
          },
          { name: 'later', status: 'pending', duration: 0 },
          { name: 'odd', status: 'other', duration: 0 },
        ],
      },
    };
    const report = parseReportText(JSON.stringify(ctrf, null, 2), 'ctrf.json');
    expect(report.format).toBe('ctrf');
    expect(report.tests).toEqual([
      {
        id: 'src/a.test.ts::A::ok',
        file: 'src/a.test.ts',
        suite: 'A',
        name: 'ok',
        outcome: 'passed',
        duration: 1.5,
        line: 3,
        retriedFailures: 2,
      },
      {
        id: 'A > B::bad',
        suite: 'A > B',
        name: 'bad',
        outcome: 'failed',
        duration: 0.02,
        message: 'expected 1',
        details: 'expected 1\nto be 2\n\nat a.ts:1',
      },
      { id: 'later', name: 'later', outcome: 'skipped', duration: 0 },
      { id: 'odd', name: 'odd', outcome: 'error', duration: 0 },
    ]);
  });

  it('refuses JSON of another shape, naming the formats it expected', () => {
    expect(() => parseReportText('{"stats":{}}', 'mocha.json')).toThrow(
      'mocha.json: JSON, but not a CTRF report ({"results":{"tests":[…]}}) nor go test -json output.',
    );
  });
});

describe('sniffFormat', () => {
  it.each([
    ['  \n<testsuite/>', true, 'junit'],
    ['{"Time":"2024-01-01T00:00:00Z","Action":"start","Package":"p"}\n', true, 'go-json'],
    ['{"ImportPath":"p","Action":"build-output","Output":"# p\\n"}\n', true, 'go-json'],
    ['# build noise\n{"Action":"run","Package":"p"}\n', true, 'go-json'],
    ['{\n  "results": {}', true, 'json'],
    ['{"results"', false, 'need-more'],
    ['\uFEFF', true, 'empty'],
    ['PK\u0003\u0004', true, 'unknown'],
  ])('%j (complete: %s) is %s', (head, complete, format) => {
    expect(sniffFormat(head, complete)).toBe(format);
  });
});
