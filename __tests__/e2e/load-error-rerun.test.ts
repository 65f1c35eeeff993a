import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedExample } from './example-deps.js';
import { readProofResults } from './framework-counts.js';
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
});
