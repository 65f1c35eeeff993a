import { describe, expect, it } from 'vitest';
import { parseRecordLine } from '../../src/proof/record-lines.js';
import { selectAnnotations } from '../../src/report/annotations.js';
import { causeText } from '../../src/report/isolation-text.js';
import { renderRunSummary } from '../../src/report/run-summary.js';
import { testsBefore } from '../../src/steps/isolation-evidence.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import type { IsolationCause } from '../../src/verdict/isolation.js';
import { result, run } from '../verdict/make-runs.js';

const victim: IsolationCause = {
  class: 'order-dependent',
  kind: 'victim',
  evidence: 'failed again in 2 of 2 repeats with the same seed (the same order)',
  reproduction: {
    command: 'SHARDPROOF_ORDER_SEED=7 python3 -m pytest -p shardproof_order t.py',
    workers: 2,
    seed: 7,
    shard: { index: 2, total: 3 },
    before: ['t.py::a', 't.py::b', 't.py::c', 't.py::d', 't.py::e', 't.py::f'],
  },
};

function verdictWithCause(name: string, cause: IsolationCause) {
  const failing = result(name, 'failed', { file: 't.py', message: 'assert [] == ["x"]' });
  const verdict = classifyRuns([run(1, [failing, result('ok', 'passed')], { seed: 7 })]);
  verdict.tests.find((t) => t.id === name)!.cause = cause;
  verdict.isolationRuns = [
    {
      name: 'run-1-same-seed-1',
      check: 'same-seed',
      workers: 2,
      seed: 7,
      exitCode: 1,
      wallMs: 900,
      reportMissing: false,
    },
    { name: 'run-1-alone-1', check: 'alone', workers: 1, exitCode: 0, wallMs: 300, reportMissing: false },
  ];
  return verdict;
}

describe('a cause as the renderers show it', () => {
  it('annotation text: the class and kind, the evidence, the seed, workers, shard, command and the last five tests before it', () => {
    expect(causeText(victim).split('\n')).toEqual([
      'Why: order-dependent (victim): failed again in 2 of 2 repeats with the same seed (the same order).',
      'Reproduce (seed 7, 2 workers, shard 2/3): SHARDPROOF_ORDER_SEED=7 python3 -m pytest -p shardproof_order t.py',
      'Ran before it: … 1 more, t.py::b, t.py::c, t.py::d, t.py::e, t.py::f',
    ]);
  });

  it("the failed test's annotation carries the cause before the failure text", () => {
    const { annotations } = selectAnnotations(verdictWithCause('test_victim', victim));
    expect(annotations).toHaveLength(1);
    expect(annotations[0].message).toContain('\nWhy: order-dependent (victim)');
    expect(annotations[0].message.indexOf('Why:')).toBeLessThan(annotations[0].message.indexOf('assert'));
  });

  it('the summary has a why table and the extra runs apart, and the headline counts only the stability run', () => {
    const summary = renderRunSummary(verdictWithCause('test_victim', victim));
    expect(summary).toMatch(/### ❌ shardproof: 1 failed, 0 flaky, 1 passed, 0 skipped \(2 tests, 1 run\)/);
    expect(summary).toContain('#### Why they fail: isolation checks (1)');
    expect(summary).toContain('| test&#95;victim | order-dependent (victim) |');
    expect(summary).toContain('(seed 7, 2 workers, shard 2/3)');
    expect(summary).toContain('#### Isolation check runs (not in the totals)');
    expect(summary).toContain('| run-1-same-seed-1 | same-seed | 2 | 7 | 1 |');
    expect(summary).toContain('| run-1-alone-1 | alone | 1 |  | 0 |');
  });

  it('a hostile test name and command stay text in the summary', () => {
    const hostile: IsolationCause = {
      class: 'parallel-dependent',
      evidence: 'failed in 1 of 1 parallel runs',
      reproduction: { command: 'pytest "<img src=x onerror=alert(1)>|`x`"', workers: 2 },
    };
    const summary = renderRunSummary(verdictWithCause('<script>|x', hostile));
    expect(summary).not.toContain('<script>');
    expect(summary).not.toContain('<img');
    expect(summary).toContain('&lt;script&gt;&#124;x');
  });

  it('no isolation checks: no why table, no extra-runs table', () => {
    const summary = renderRunSummary(classifyRuns([run(1, [result('a', 'failed')])]));
    expect(summary).not.toContain('Why they fail');
    expect(summary).not.toContain('Isolation check runs');
  });
});

describe('the tests that ran before a failing one', () => {
  const tests = [
    result('x1', 'passed', { file: 'x.py' }),
    result('a1', 'passed', { file: 'a.py' }),
    result('s', 'skipped', { file: 'a.py' }),
    result('x2', 'failed', { file: 'x.py' }),
    result('a2', 'failed', { file: 'a.py' }),
  ];
  const failed = new Set([tests[3], tests[4]]);
  it('one worker: every test listed before it that ran, failed ones included', () => {
    const found = testsBefore(tests, failed, 1);
    expect(found.get(tests[3])!.before).toEqual(['x1', 'a1']);
    expect(found.get(tests[4])!.before).toEqual(['x1', 'a1', 'x2']);
  });
  it('several workers: only its own file, which one worker ran', () => {
    const found = testsBefore(tests, failed, 2);
    expect(found.get(tests[4])!.before).toEqual(['a1']);
    expect(found.get(tests[3])!.beforeTests).toEqual([tests[0]]);
  });
  it('keeps the nearest 50 of a long run', () => {
    const long = Array.from({ length: 500 }, (_, i) => result(`t${i}`, 'passed', { file: 'f.py' }));
    const last = result('victim', 'failed', { file: 'f.py' });
    const before = testsBefore([...long, last], new Set([last]), 2).get(last)!.before;
    expect(before).toHaveLength(50);
    expect(before[0]).toBe('t450');
    expect(before.at(-1)).toBe('t499');
  });
});

describe('a run line read back from records.jsonl', () => {
  it('keeps a whole seed and drops one that is not', () => {
    const line = (seed: unknown) =>
      parseRecordLine(
        JSON.stringify({
          type: 'run',
          run: 1,
          exitCode: 0,
          timedOut: false,
          reportMissing: false,
          wallMs: 1,
          seed,
        }),
      );
    expect(line(12345)).toMatchObject({ seed: 12345 });
    for (const bad of [-1, 1.5, 2 ** 31, '7']) expect(line(bad)).not.toHaveProperty('seed');
  });
});
