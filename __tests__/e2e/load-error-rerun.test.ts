import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { DEBIAN_PYTHON_PATH, copyExample } from './example-suite.js';
import { plainLog, readProofResults } from './framework-counts.js';
import { runBundle } from './run-bundle.js';

const LONG = { timeoutMs: 300_000 };

/** A file whose import fails on a run's first attempt and works when shardproof reruns it, as an import
 * racing a slow fixture server would. */
const COLD = (framework: string) =>
  `import { expect, test } from '${framework}';\n` +
  "if (!process.env.SHARDPROOF_RERUN) throw new Error('cold start: the fixture server was not up yet');\n" +
  "test('answers once warm', () => expect(1).toBe(1));\n";

describe('a file that fails to load and then loads on rerun', () => {
  for (const [framework, example, file, other, imports] of [
    ['vitest', 'vitest-suite', 'test/cold.test.ts', 'test/a.test.ts', 'vitest'],
    ['jest', 'jest-suite', 'test/cold.test.ts', 'test/widget.test.ts', '@jest/globals'],
  ] as const) {
    it(`${framework}: is flaky at the file level, said so, and fails the step only with fail-on-flaky`, () => {
      const suite = installedExample(example);
      writeFileSync(join(suite, file), COLD(imports));
      const inputs = { framework, files: `${file}\n${other}`, 'rerun-failed': '1' };
      const run = runBundle('run', { ...inputs, 'fail-on-flaky': 'false' }, { cwd: suite, ...LONG });
      expect(run.status, run.stdout).toBe(0);
      const results = readProofResults(run.outputs['results-json']);
      expect(results.tests.filter((t) => t.class === 'file-error')).toMatchObject([{ file, pattern: '✗↻✓' }]);
      expect(results.counts.fileErrors).toBe(1);
      expect(run.summary).toContain(
        '1 test file failed to load and then loaded on rerun (flaky at the file level)',
      );
      expect(run.stdout).toContain(`::warning title=Loaded on rerun%3A ${file},file=${file}`);

      const strict = runBundle('run', { ...inputs, 'fail-on-flaky': 'true' }, { cwd: suite, ...LONG });
      expect(strict.status).toBe(1);
      expect(strict.stdout).toContain(
        `1 test file failed to load and then loaded on rerun (flaky at the file level): ${file} (✗↻✓).`,
      );
    }, 300_000);
  }

  it("pytest: the other files still run, the counts are pytest's own, and each load error is judged by its rerun", () => {
    const suite = copyExample('pytest-suite');
    writeFileSync(
      join(suite, 'tests', 'test_cold.py'),
      'import os\n\nif not os.environ.get("SHARDPROOF_RERUN"):\n    raise ImportError("fixture server not up yet")\n\n\ndef test_warm():\n    pass\n',
    );
    writeFileSync(
      join(suite, 'tests', 'test_broken.py'),
      'import no_such_module\n\n\ndef test_never():\n    pass\n',
    );
    const run = runBundle(
      'run',
      {
        framework: 'pytest',
        files: 'tests/test_cold.py\ntests/test_broken.py\ntests/test_text.py',
        'rerun-failed': '1',
        'fail-on-flaky': 'false',
      },
      { cwd: suite, env: { PATH: DEBIAN_PYTHON_PATH }, ...LONG },
    );
    expect(run.status).toBe(1);
    // pytest's own summary of run 1: `3 passed, 1 skipped, 2 errors in 0.05s`.
    const own = /=+ (\d[^=]*) in [\d.]+s =+/.exec(plainLog(run.outputs['proof-dir'], 'run-1.log'))![1];
    expect(own).toMatch(/^3 passed, 1 skipped, 2 errors$/);
    const results = readProofResults(run.outputs['results-json']);
    expect(results.counts).toEqual({ passed: 3, failed: 0, flaky: 0, skipped: 1, total: 4, fileErrors: 2 });
    const patterns = results.tests.filter((t) => t.class === 'file-error').map((t) => [t.file, t.pattern]);
    expect(patterns).toEqual([
      ['tests/test_broken.py', '✗↻✗'],
      ['tests/test_cold.py', '✗↻✓'],
    ]);
    expect(run.stdout).toContain(
      '1 test file failed to load, so their tests did not run: tests/test_broken.py.',
    );
  }, 300_000);
});
