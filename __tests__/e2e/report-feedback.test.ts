import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHubApiProcess, type GitHubApiProcess } from '../harness/github-api-process.js';
import { copyExample, DEBIAN_PYTHON_PATH } from './example-suite.js';
import { runBundle } from './run-bundle.js';
import { scratchDir } from './scratch.js';

const TOKEN = 'ghs_e2eTOKEN0123456789abcdefREPORT';
const READ_ONLY = 'ghs_e2eTOKEN0123456789abcdefREADONLY';
const REPOSITORY = 'octo-org/shop';
const HEAD_SHA = 'a'.repeat(40);
const tests = 'tests/**/test_*.py';
const bot = { login: 'github-actions[bot]', type: 'Bot' as const };

let api: GitHubApiProcess;
beforeAll(async () => {
  api = await startGitHubApiProcess({
    options: {
      repository: REPOSITORY,
      tokens: { [TOKEN]: { ...bot, permission: 'write' }, [READ_ONLY]: { ...bot, permission: 'read' } },
    },
  });
});
afterAll(() => api?.stop());

/** A runner's environment for a pull_request event of this repository. */
function pullRequestEnv(state: string, headRepo = REPOSITORY): Record<string, string> {
  const event = join(scratchDir('event'), 'event.json');
  const [owner] = headRepo.split('/');
  const head = {
    sha: HEAD_SHA,
    repo: { full_name: headRepo, fork: headRepo !== REPOSITORY, owner: { login: owner } },
  };
  writeFileSync(
    event,
    JSON.stringify({ pull_request: { number: 7, head }, repository: { default_branch: 'main' } }),
  );
  return {
    PATH: DEBIAN_PYTHON_PATH,
    SHARDPROOF_STATE_DIR: state,
    GITHUB_ACTIONS: 'true',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: event,
    GITHUB_SHA: 'b'.repeat(40),
    GITHUB_API_URL: api.url,
  };
}

describe('the report bundle answers on the pull request through the REST API', () => {
  it('creates the check run and the sticky comment, every body valid, and updates the comment on the next run', async () => {
    const suite = copyExample('pytest-suite');
    const state = scratchDir('state');
    const local = { PATH: DEBIAN_PYTHON_PATH, SHARDPROOF_STATE_DIR: state };
    expect(
      runBundle('plan', { framework: 'pytest', tests, shards: '2' }, { cwd: suite, env: local }).status,
    ).toBe(0);
    for (const shard of ['1', '2'])
      runBundle('run', { framework: 'pytest', shard, 'fail-on-flaky': 'false' }, { cwd: suite, env: local });

    const inputs = { 'fail-on-flaky': 'false', comment: 'true', 'github-token': TOKEN };
    const first = runBundle('report', inputs, { cwd: suite, env: pullRequestEnv(state) });
    expect(first.stdout).toContain('proofs: 2 found');
    expect(first.stdout).toMatch(
      /check run: \d+ annotations — https:\/\/github.com\/octo-org\/shop\/runs\/\d+/,
    );
    expect(first.stdout).toContain('pull-request comment updated');
    const second = runBundle('report', inputs, { cwd: suite, env: pullRequestEnv(state) });
    expect(second.stdout).toContain('pull-request comment updated');

    const requests = await api.requests();
    expect(requests.every((r) => r.problems.length === 0 && r.status < 300)).toBe(true);
    expect(requests.filter((r) => r.method !== 'GET').map((r) => r.operationId)).toEqual([
      'checks/create',
      'issues/create-comment',
      'checks/create',
      'issues/update-comment',
    ]);
    const { checkRuns, comments } = await api.snapshot();
    expect(checkRuns.map((c) => c.head_sha)).toEqual([HEAD_SHA, HEAD_SHA]);
    expect(comments['7']).toHaveLength(1);
    expect(comments['7'][0].body.startsWith('<!-- shardproof-report -->')).toBe(true);
    expect(comments['7'][0].body.length).toBeLessThanOrEqual(65_536);
    for (const run of [first, second]) expect(run.stdout + run.stderr).not.toContain(TOKEN);
    expect(readFileSync(join(state, 'artifacts', 'shardproof-report', 'comment.md'), 'utf8')).toContain(
      'shardproof',
    );
  });

  it('a fork pull request: no check-run or comment request, annotations go to workflow commands, and the log says why', async () => {
    const suite = copyExample('pytest-suite');
    const state = scratchDir('state');
    const local = { PATH: DEBIAN_PYTHON_PATH, SHARDPROOF_STATE_DIR: state };
    runBundle('run', { framework: 'pytest', tests, 'fail-on-flaky': 'false' }, { cwd: suite, env: local });
    const before = (await api.requests()).length;
    const report = runBundle(
      'report',
      { 'fail-on-flaky': 'false', comment: 'true', 'github-token': READ_ONLY },
      { cwd: suite, env: pullRequestEnv(state, 'mallory/shop') },
    );
    expect(report.stdout).toContain(
      'No check run (the pull request comes from a fork: its token is read-only',
    );
    expect(report.stdout).toContain('No pull-request comment (the pull request comes from a fork');
    // The only call is a read: the history fallback looking for the default branch's report artifact.
    const sent = (await api.requests()).slice(before);
    expect(sent.map((r) => `${r.method} ${r.operationId}`)).toEqual(['GET actions/list-artifacts-for-repo']);
  });
});
