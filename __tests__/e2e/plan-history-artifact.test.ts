import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiProcess, type GitHubApiProcess } from '../harness/github-api-process.js';
import { serializeHistory } from '../../src/plan/index.js';
import { copyExample } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

const TOKEN = 'ghs_e2eTOKEN0123456789abcdefPLAN';
const seconds: Record<string, number> = {
  'tests/api/test_endpoints.py': 40,
  'tests/test_media.py': 30,
  'tests/test_models.py': 20,
  'tests/test_text.py': 10,
};
const history = {
  version: 1 as const,
  items: Object.fromEntries(
    Object.entries(seconds).map(([k, s]) => [k, { durations: [s], updated: '2026-11-01T00:00:00Z' }]),
  ),
};
const run = (id: number, branch: string, headRepo = 1) => ({
  id,
  repository_id: 1,
  head_repository_id: headRepo,
  head_branch: branch,
  head_sha: 'c'.repeat(40),
});

let api: GitHubApiProcess;
beforeAll(async () => {
  api = await startGitHubApiProcess({
    options: {
      repository: 'octo-org/shop',
      defaultBranch: 'main',
      tokens: { [TOKEN]: { permission: 'read', login: 'github-actions[bot]', type: 'Bot' } },
    },
    artifacts: [
      {
        id: 11,
        name: 'shardproof-report',
        expired: false,
        created_at: '2026-11-20T00:00:00Z',
        workflow_run: run(101, 'main'),
        files: { 'timings.json': serializeHistory(history) },
      },
      // Newer, but from a fork's branch called main: never taken.
      {
        id: 12,
        name: 'shardproof-report',
        expired: false,
        created_at: '2026-11-21T00:00:00Z',
        workflow_run: run(102, 'main', 99),
        files: { 'timings.json': '{"version":1,"items":{}}' },
      },
    ],
  });
});
afterAll(() => api?.stop());

describe('the plan bundle on GitHub with an empty cache', () => {
  it('plans with the timing history of the newest report artifact of the default branch', async () => {
    const suite = copyExample('pytest-suite');
    const plan = runBundle(
      'plan',
      { framework: 'pytest', tests: 'tests/**/test_*.py', shards: '2', 'github-token': TOKEN },
      {
        cwd: suite,
        env: {
          SHARDPROOF_STATE_DIR: scratchDir('state'),
          GITHUB_ACTIONS: 'true',
          GITHUB_REPOSITORY: 'octo-org/shop',
          GITHUB_EVENT_NAME: 'push',
          GITHUB_API_URL: api.url,
        },
      },
    );
    expect(plan.status, plan.stdout + plan.stderr).toBe(0);
    expect(plan.stdout).toContain(
      'timings: 4 items from the newest shardproof-report artifact of the default branch (the cache had none)',
    );
    const summary = JSON.parse(plan.outputs.plan) as { suites: { matchRate: number; lowerBound: number }[] };
    expect(summary.suites[0].matchRate).toBe(1);
    const requests = await api.requests();
    expect(requests.map((r) => `${r.method} ${r.operationId ?? r.path} ${r.status}`)).toEqual([
      'GET repos/get 200',
      'GET actions/list-artifacts-for-repo 200',
      'GET actions/download-artifact 302',
      'GET /_blob/11.zip 200',
    ]);
    expect(requests[1].query).toMatchObject({ name: 'shardproof-report', per_page: '100' });
    expect(requests.slice(0, 3).every((r) => r.authorization === `token ${TOKEN}`)).toBe(true);
    expect(plan.stdout + plan.stderr).not.toContain(TOKEN);
  });
});
