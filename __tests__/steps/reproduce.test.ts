import { describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/frameworks/index.js';
import { addDisplayIds, reproduceCommand } from '../../src/steps/reproduce.js';
import type { TestVerdict, Verdict } from '../../src/verdict/verdict.js';

function verdict(tests: Partial<TestVerdict>[]): Verdict {
  const full = tests.map(
    (t) =>
      ({ pattern: '✗', runsFailed: 1, runsPassed: 0, runsPresent: 1, missingRuns: 0, failures: 1,
        medianDurationSec: 0, class: 'failed', ...t }) as TestVerdict, // prettier-ignore
  );
  const counts = { passed: 0, failed: full.length, flaky: 0, skipped: 0, total: full.length, fileErrors: 0 };
  return { runs: [], runsWithReport: 1, tests: full, counts, runFailures: [] };
}

describe('ids a user can paste, and the reproduce command', () => {
  it('pytest: node ids, and a command that runs only the failed tests', () => {
    const v = verdict([
      { id: 'tests/test_a.py::tests.test_a.TestX::test_y[1]', file: 'tests/test_a.py', suite: 'tests.test_a.TestX', name: 'test_y[1]' },
      { id: 'tests/test_b.py::x', file: 'tests/test_b.py', name: 'x', class: 'passed' },
    ]); // prettier-ignore
    const preset = resolvePreset('pytest', { workers: 1 });
    addDisplayIds(v, preset);
    expect(v.tests.map((t) => t.displayId)).toEqual([
      'tests/test_a.py::TestX::test_y[1]',
      'tests/test_b.py::x',
    ]);
    expect(reproduceCommand(v, preset, ['python3', 'whole-run'], 1)).toBe(
      "python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 --continue-on-collection-errors --junitxml=report.xml 'tests/test_a.py::TestX::test_y[1]'",
    );
  });

  it('jest: file > describe > test, with the ordinal of a second test of one name', () => {
    const v = verdict([
      { id: 'a.test.ts::Cart > b::adds #2', file: 'a.test.ts', suite: 'Cart > b', name: 'adds' },
    ]);
    addDisplayIds(v, resolvePreset('jest', { workers: 1 }));
    expect(v.tests[0].displayId).toBe('a.test.ts > Cart > b > adds #2');
  });

  it('go: the package and the test path', () => {
    const v = verdict([
      { id: 'example.com/m/pkg::TestA/sub', suite: 'example.com/m/pkg', name: 'TestA/sub' },
    ]);
    addDisplayIds(v, resolvePreset('go', { workers: 1 }));
    expect(v.tests[0].displayId).toBe('example.com/m/pkg TestA/sub');
  });

  it("falls back to the whole run's command when nothing failed or nothing can be selected", () => {
    const passed = verdict([{ id: 'a', name: 'a', file: 'a.py', class: 'passed' }]);
    expect(reproduceCommand(passed, resolvePreset('pytest', { workers: 1 }), ['pytest', 'a.py'], 1)).toBe(
      'pytest a.py',
    );
    const custom = resolvePreset('custom', { workers: 1, command: 'make test {files} {results}' });
    expect(reproduceCommand(verdict([{ id: 'a', name: 'a', file: 'a' }]), custom, ['make', 'test'], 1)).toBe(
      'make test',
    );
  });
});
