import { describe, expect, it } from 'vitest';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { stepFailure } from '../../src/verdict/step-failure.js';
import { VerdictBuilder } from '../../src/verdict/verdict-builder.js';
import { result, run } from './make-runs.js';

describe('stepFailure', () => {
  it('passes a clean verdict', () => {
    const verdict = classifyRuns([run(1, [result('a', 'passed')]), run(2, [result('a', 'passed')])]);
    expect(stepFailure(verdict, { failOnFlaky: true })).toBeUndefined();
  });

  it('names failed and flaky tests and run failures', () => {
    const verdict = classifyRuns([
      run(1, [result('a', 'failed'), result('b', 'passed')]),
      run(2, [result('a', 'failed'), result('b', 'failed')]),
      run(3, [], { exitCode: 137, reportMissing: true }),
    ]);
    expect(stepFailure(verdict, { failOnFlaky: true })).toBe(
      [
        '1 test failed in every run: a.',
        '1 test is flaky: b (✓✗·).',
        'run 3 produced no report (exit 137: killed, probably out of memory — try fewer workers or memory-per-worker).',
      ].join('\n'),
    );
  });

  it('lets flaky tests pass when failOnFlaky is off', () => {
    const verdict = classifyRuns([run(1, [result('b', 'passed')]), run(2, [result('b', 'failed')])]);
    expect(stepFailure(verdict, { failOnFlaky: false })).toBeUndefined();
    expect(stepFailure(verdict, { failOnFlaky: true })).toBe('1 test is flaky: b (✓✗).');
  });

  it('caps the list and says how many more', () => {
    const names = Array.from({ length: 13 }, (_, i) => `t${String(i).padStart(2, '0')}`);
    const verdict = classifyRuns([
      run(
        1,
        names.map((n) => result(n, 'failed')),
      ),
    ]);
    expect(stepFailure(verdict, { failOnFlaky: true, maxListed: 3 })).toBe(
      '13 tests failed in every run: t00, t01, t02 and 10 more.',
    );
  });

  it('keeps a hostile test name on one line', () => {
    const verdict = classifyRuns([run(1, [result('evil\nname\r\n::error::x', 'failed')])]);
    expect(stepFailure(verdict, { failOnFlaky: true })).toBe(
      '1 test failed in every run: evil name ::error::x.',
    );
  });

  it('a file that failed to load and loaded on rerun is flaky at the file level, not a broken file', () => {
    const broken = (outcome: 'error' | 'passed') =>
      result('t/cold.test.ts::(file failed to load)', outcome, { file: 't/cold.test.ts', fileError: true });
    const stays = result('t/gone.test.ts::(file failed to load)', 'error', {
      file: 't/gone.test.ts',
      fileError: true,
    });
    const verdict = classifyRuns([
      run(1, [result('a', 'passed'), broken('error'), stays], { reruns: [[broken('passed')]] }),
    ]);
    const cold = verdict.tests.find((t) => t.file === 't/cold.test.ts')!;
    expect(cold).toMatchObject({ class: 'file-error', pattern: '✗↻✓', runsPassed: 1 });
    expect(stepFailure(verdict, { failOnFlaky: false })).toBe(
      '1 test file failed to load, so their tests did not run: t/gone.test.ts.',
    );
    expect(stepFailure(verdict, { failOnFlaky: true })).toBe(
      [
        '1 test file failed to load, so their tests did not run: t/gone.test.ts.',
        '1 test file failed to load and then loaded on rerun (flaky at the file level): t/cold.test.ts (✗↻✓).',
      ].join('\n'),
    );
    const alone = classifyRuns([run(1, [broken('error')], { reruns: [[broken('passed')]] })]);
    expect(stepFailure(alone, { failOnFlaky: false })).toBeUndefined();
  });

  it('counts every failed test of a compact verdict, which lists only the notable ones', () => {
    const builder = new VerdictBuilder({ maxNotablePerKind: 5, slowest: 0 });
    builder.startRun();
    for (let i = 0; i < 30; i++) builder.add(result(`t${String(i).padStart(2, '0')}`, 'failed'));
    builder.endRun({ run: 1, exitCode: 1, timedOut: false, reportMissing: false, wallMs: 1 });
    const verdict = builder.finish();
    expect(verdict.tests.length).toBeLessThan(30);
    expect(stepFailure(verdict, { failOnFlaky: false, maxListed: 2 })).toBe(
      '30 tests failed in every run: t00, t01 and 28 more.',
    );
  });
});
