import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundle } from './run-bundle.js';

interface Results {
  tests: { id: string; class: string }[];
}
const classes = (resultsJson: string) =>
  Object.fromEntries(
    (JSON.parse(readFileSync(resultsJson, 'utf8')) as Results).tests.map((t) => [t.id, t.class]).sort(),
  );

describe('the bundled pytest example', () => {
  const tests = 'tests/**/test_*.py';
  const env = { PATH: DEBIAN_PYTHON_PATH };

  it('gives the same results with pytest-xdist workers and without xdist (-p no:xdist)', () => {
    const withXdist = runBundle(
      'run',
      { framework: 'pytest', tests, workers: '2', 'fail-on-flaky': 'false' },
      { cwd: copyExample('pytest-suite'), env },
    );
    expect(withXdist.outputs.workers).toBe('2');
    const manifest = JSON.parse(readFileSync(`${withXdist.outputs['proof-dir']}/manifest.json`, 'utf8'));
    expect(manifest.command).toEqual(expect.arrayContaining(['-n', '2']));

    const withoutXdist = runBundle(
      'run',
      {
        framework: 'pytest',
        tests,
        command: 'python3 -m pytest -p no:xdist -p no:cacheprovider --junitxml={results} {files}',
        'fail-on-flaky': 'false',
      },
      { cwd: copyExample('pytest-suite'), env },
    );
    expect(withoutXdist.stdout).not.toContain("fixture 'worker_id' not found");

    // 13 tests: the example's one failing test (a rounding bug it shows off) and one skipped test included.
    const expected = classes(withXdist.outputs['results-json']);
    expect(Object.values(expected).sort()).toEqual([...Array(11).fill('passed'), 'failed', 'skipped'].sort());
    expect(classes(withoutXdist.outputs['results-json'])).toEqual(expected);
    for (const run of [withXdist, withoutXdist]) {
      expect(run.outputs).toMatchObject({ passed: '11', failed: '1', skipped: '1', flaky: '0' });
    }
  });
});
