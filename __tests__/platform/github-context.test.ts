import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRunContext } from '../../src/platform/github-context.js';

function context(eventName: string, payload: unknown, extra: NodeJS.ProcessEnv = {}) {
  const path = join(mkdtempSync(join(tmpdir(), 'shardproof-ctx-')), 'event.json');
  writeFileSync(path, typeof payload === 'string' ? payload : JSON.stringify(payload));
  return readRunContext({
    GITHUB_REPOSITORY: 'octo-org/shop',
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_SHA: 'merge',
    ...extra,
  });
}

const pr = (repo: unknown) => ({ pull_request: { number: 4, head: { sha: 'head', repo } } });

describe('reading the run context', () => {
  it('a same-repository pull request may write, on its head commit', () => {
    const c = context(
      'pull_request',
      pr({ full_name: 'octo-org/shop', fork: false, owner: { login: 'octo-org' } }),
    );
    expect(c).toMatchObject({
      owner: 'octo-org',
      repo: 'shop',
      pullNumber: 4,
      headSha: 'head',
      readOnlyReason: undefined,
    });
  });

  it.each([
    [
      'another repository',
      { full_name: 'mallory/shop', fork: true, owner: { login: 'mallory' } },
      /from a fork/,
    ],
    [
      'the same name under another owner',
      { full_name: 'octo-org/shop', fork: true, owner: { login: 'mallory' } },
      /from a fork/,
    ],
    ['a deleted fork', null, /deleted fork/],
  ])('a pull request from %s is read-only', (_what, repo, reason) => {
    expect(context('pull_request', pr(repo)).readOnlyReason).toMatch(reason);
  });

  it('Dependabot pull requests are read-only', () => {
    const same = { full_name: 'octo-org/shop', owner: { login: 'octo-org' } };
    expect(context('pull_request', pr(same), { GITHUB_ACTOR: 'dependabot[bot]' }).readOnlyReason).toMatch(
      /Dependabot/,
    );
  });

  it('a push uses GITHUB_SHA and has no pull request; an unreadable payload is no payload', () => {
    expect(context('push', { repository: { default_branch: 'trunk' } })).toMatchObject({
      headSha: 'merge',
      pullNumber: undefined,
      defaultBranch: 'trunk',
    });
    expect(context('pull_request', '{not json')).toMatchObject({
      headSha: 'merge',
      pullNumber: undefined,
      readOnlyReason: undefined,
    });
  });

  it('a workflow_run event: checks on the triggering commit, and the head to find a pull request by', () => {
    const head = { full_name: 'mallory/shop', owner: { login: 'mallory' } };
    const run = (event: string) => ({
      workflow_run: { event, head_sha: 'trigger', head_branch: 'fix', head_repository: head },
    });
    expect(context('workflow_run', run('pull_request'))).toMatchObject({
      headSha: 'trigger',
      triggeringHead: { repo: 'mallory/shop', owner: 'mallory', branch: 'fix', sha: 'trigger' },
    });
    expect(context('workflow_run', run('push'))).toMatchObject({
      headSha: 'trigger',
      triggeringHead: undefined,
    });
  });

  it('the API URL comes from GITHUB_API_URL without a trailing slash, else api.github.com', () => {
    expect(context('push', {}, { GITHUB_API_URL: 'https://ghe.example/api/v3/' }).apiUrl).toBe(
      'https://ghe.example/api/v3',
    );
    expect(context('push', {}).apiUrl).toBe('https://api.github.com');
  });
});
