import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import { rebaseReportPaths } from '../../src/results/rebase-paths.js';

const t = (file: string, name = 'works'): TestResult => ({
  id: `${file}::${name}`,
  file,
  name,
  outcome: 'passed',
  duration: 0,
});

describe('rebaseReportPaths', () => {
  it("maps paths relative to the framework's own root (playwright testDir) to the given files", () => {
    const given = ['tests/a.spec.ts', 'tests/x/a.spec.ts', 'tests/api.spec.ts'];
    const out = rebaseReportPaths([t('a.spec.ts'), t('x/a.spec.ts'), t('api.spec.ts')], given);
    // a.spec.ts could be tests/ or tests/x/; the root that explains every path is tests/.
    expect(out.map((r) => [r.file, r.id])).toEqual([
      ['tests/a.spec.ts', 'tests/a.spec.ts::works'],
      ['tests/x/a.spec.ts', 'tests/x/a.spec.ts::works'],
      ['tests/api.spec.ts', 'tests/api.spec.ts::works'],
    ]);
  });

  it('leaves paths that are given already, or that no given file explains', () => {
    const out = rebaseReportPaths([t('tests/a.spec.ts'), t('elsewhere.ts')], ['tests/a.spec.ts', 'b/c.ts']);
    expect(out.map((r) => r.file)).toEqual(['tests/a.spec.ts', 'elsewhere.ts']);
  });

  it('renames a file that failed to load, which the report names after its root-relative path', () => {
    const broken = { ...t('test/broken.test.ts', 'test/broken.test.ts'), suite: 'Test suite failed to run' };
    broken.id = 'test/broken.test.ts::Test suite failed to run::test/broken.test.ts';
    const out = rebaseReportPaths(
      [broken, t('test/a.test.ts')],
      ['web/test/broken.test.ts', 'web/test/a.test.ts'],
    );
    expect(out[0]).toMatchObject({
      file: 'web/test/broken.test.ts',
      name: 'web/test/broken.test.ts',
      id: 'web/test/broken.test.ts::Test suite failed to run::web/test/broken.test.ts',
    });
    expect(out[1].name).toBe('works');
  });
});
