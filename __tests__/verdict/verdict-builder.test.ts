import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import { testId } from '../../src/results/model.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { countRun } from '../../src/verdict/count-run.js';
import { isFailure, resultsById } from '../../src/verdict/results-by-id.js';
import type { RunRecord } from '../../src/verdict/run-record.js';
import { everyTest, VerdictBuilder } from '../../src/verdict/verdict-builder.js';

const result = fc
  .record({
    file: fc.constantFrom(undefined, 'a.py', 'b.py', 'a'),
    suite: fc.constantFrom(undefined, 'S', 'py::S'),
    name: fc.constantFrom('t1', 't2', '::t3', 'x', '(file failed to load)'),
    outcome: fc.constantFrom('passed', 'failed', 'error', 'skipped'),
    duration: fc.constantFrom(0, 0.5, 1, 2.25, 0.001, 0.0123, 3.3),
    retriedFailures: fc.constantFrom(undefined, 0, 1),
    message: fc.constantFrom(undefined, 'boom'),
    line: fc.constantFrom(undefined, 3),
  })
  .map((r) => {
    const test = { ...r, id: testId(r) } as TestResult;
    for (const key of Object.keys(test) as (keyof TestResult)[])
      if (test[key] === undefined) delete test[key];
    // A file that failed to load has an id of its own (numberRunResults), so the flag goes with the id.
    if (test.name === '(file failed to load)') {
      test.outcome = 'error';
      test.fileError = true;
    }
    if (test.outcome === 'failed' || test.outcome === 'error') test.details = `stack of ${test.id}`;
    return test;
  });

const record = fc.record({
  tests: fc.array(result, { maxLength: 8 }),
  reruns: fc.array(fc.array(result, { maxLength: 3 }), { maxLength: 2 }),
  exitCode: fc.constantFrom(0, 1, 137),
  reportMissing: fc.boolean(),
});

function build(records: RunRecord[]) {
  const builder = new VerdictBuilder({ slowest: 0 });
  const counts = [];
  const failedIds: string[][] = [];
  for (const r of records) {
    builder.startRun();
    for (const t of r.tests) builder.add(t);
    (r.reruns ?? []).forEach((rerun, i) => rerun.forEach((t) => builder.addRerun(i + 1, t)));
    counts.push(builder.runCounts());
    failedIds.push(builder.failedInRun().map((t) => t.id));
    const { tests: _tests, reruns: _reruns, ...outline } = r;
    builder.endRun(outline, r.reruns?.length);
  }
  return { verdict: builder.finish(), counts, failedIds };
}

describe('VerdictBuilder', () => {
  it('gives the verdicts, run counts and run failures classifyRuns gives', () => {
    fc.assert(
      fc.property(fc.array(record, { minLength: 1, maxLength: 4 }), (generated) => {
        const records: RunRecord[] = generated.map((g, i) => ({
          run: i + 1,
          exitCode: g.exitCode,
          timedOut: false,
          wallMs: 1,
          reportMissing: g.reportMissing && g.tests.length === 0,
          tests: g.tests,
          reruns: g.reruns,
        }));
        const expected = classifyRuns(records);
        const { verdict, counts, failedIds } = build(records);
        // Durations are kept as float32 and given to the microsecond.
        const micro = (t: { medianDurationSec: number }) => ({
          ...t,
          medianDurationSec: Math.round(t.medianDurationSec * 1e6) / 1e6,
        });
        expect([...everyTest(verdict)]).toEqual(expected.tests.map(micro));
        expect(verdict.counts).toEqual(expected.counts);
        expect(verdict.runs).toEqual(expected.runs);
        expect(verdict.runFailures).toEqual(expected.runFailures);
        expect(verdict.runsWithReport).toBe(expected.runsWithReport);
        expect(counts).toEqual(records.map((r) => countRun(r.tests, r.reruns)));
        expect(failedIds.map((ids) => ids.sort())).toEqual(
          records.map((r) =>
            [...resultsById(r.tests).values()]
              .filter(isFailure)
              .map((t) => t.id)
              .sort(),
          ),
        );
        // The notable tests are the failed, flaky, file-error and partly absent ones, in id order.
        const named = ['failed', 'flaky', 'file-error'];
        expect(verdict.tests).toEqual(
          expected.tests.filter((t) => named.includes(t.class) || t.missingRuns > 0).map(micro),
        );
      }),
      {
        numRuns: 300,
        examples: [
          [
            [
              {
                tests: [
                  {
                    file: 'a.py',
                    name: 't1',
                    outcome: 'failed',
                    duration: 0,
                    id: 'a.py::t1',
                    details: 's',
                  } as TestResult,
                ],
                reruns: [
                  [
                    {
                      file: 'a.py',
                      name: 't1',
                      outcome: 'passed',
                      duration: 0,
                      id: 'a.py::t1',
                    } as TestResult,
                    {
                      file: 'a.py',
                      name: 't1',
                      outcome: 'error',
                      duration: 0,
                      id: 'a.py::t1',
                      details: 's',
                    } as TestResult,
                  ],
                ],
                exitCode: 0,
                reportMissing: false,
              },
            ],
          ],
        ],
      },
    );
  });

  it('keeps details for the first N failing tests only, messages for all', () => {
    const builder = new VerdictBuilder({ maxDetailedFailures: 2 });
    builder.startRun();
    for (let i = 0; i < 4; i++) {
      builder.add({
        id: `t${i}`,
        name: `t${i}`,
        outcome: 'failed',
        duration: 0,
        message: `m${i}`,
        details: `d${i}`,
      });
    }
    builder.endRun({ run: 1, exitCode: 1, timedOut: false, wallMs: 1, reportMissing: false });
    expect([...builder.finish().eachTest()].map((t) => [t.message, t.details])).toEqual([
      ['m0', 'd0'],
      ['m1', 'd1'],
      ['m2', undefined],
      ['m3', undefined],
    ]);
  });
});

describe('VerdictBuilder.seenInRun', () => {
  it('tells a test already added to this run from a new one, also when the new one grows the table', () => {
    const builder = new VerdictBuilder();
    builder.startRun();
    const t = (i: number): TestResult => ({ id: `t${i}`, name: `t${i}`, outcome: 'passed', duration: 0 });
    // The table starts with room for 1,024 rows: the 1,025th grows it.
    for (let i = 0; i < 3000; i++) {
      expect(builder.seenInRun(t(i))).toBe(false);
      builder.add(t(i));
      expect(builder.seenInRun(t(i))).toBe(true);
    }
    builder.startRun();
    expect(builder.seenInRun(t(5))).toBe(false);
  });
});
