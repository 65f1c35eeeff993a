import { describe, expect, it } from 'vitest';
import { historyScope } from '../../src/plan/index.js';

describe('the timing history a workflow reads and writes', () => {
  it('is one per workflow file, the same on a pull request as on the default branch', () => {
    const main = historyScope({ GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/heads/main' });
    const pr = historyScope({ GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/ci.yml@refs/pull/7/merge' });
    expect(main).toBe('workflow-ci');
    expect(pr).toBe(main);
    expect(historyScope({ GITHUB_WORKFLOW_REF: 'o/r/.github/workflows/nightly.yaml@refs/heads/main' })).toBe(
      'workflow-nightly',
    );
  });

  it('is the one default history off GitHub', () => {
    expect(historyScope({})).toBe('default');
  });
});
