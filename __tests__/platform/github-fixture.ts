import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GitHubApiServer, type TokenGrant } from '../harness/github-api-server.js';

export const REPOSITORY = 'octo-org/shop';
export const WRITE_TOKEN = 'ghs_writeTOKEN0123456789abcdefWRITE';
export const READ_TOKEN = 'ghs_readTOKEN0123456789abcdefREAD';
export const NO_PERMISSION_TOKEN = 'ghs_noneTOKEN0123456789abcdefNONE';
export const EXHAUSTED_TOKEN = 'ghs_exhaustedTOKEN0123456789abcdefRATE';
export const PAT = 'ghp_personalTOKEN0123456789abcdefPAT';
export const HEAD_SHA = 'a'.repeat(40);
export const MERGE_SHA = 'b'.repeat(40);
export const BOT: TokenGrant = { permission: 'write', login: 'github-actions[bot]', type: 'Bot' };

export function startApi(): Promise<GitHubApiServer> {
  return GitHubApiServer.start({
    repository: REPOSITORY,
    defaultBranch: 'main',
    tokens: {
      [WRITE_TOKEN]: BOT,
      [READ_TOKEN]: { ...BOT, permission: 'read' },
      [NO_PERMISSION_TOKEN]: { ...BOT, permission: 'none' },
      [EXHAUSTED_TOKEN]: { ...BOT, permission: 'exhausted' },
      [PAT]: { permission: 'write', login: 'octocat', type: 'User' },
    },
  });
}

/** A pull_request event payload; `headRepo` is where the branch lives (another name: a fork). */
export function pullRequestEvent(number: number, headRepo = REPOSITORY): object {
  const [owner] = headRepo.split('/');
  return {
    pull_request: {
      number,
      head: {
        sha: HEAD_SHA,
        repo: { full_name: headRepo, fork: headRepo !== REPOSITORY, owner: { login: owner } },
      },
    },
    repository: { full_name: REPOSITORY, default_branch: 'main' },
  };
}

/** The runner's environment for an event: the payload written where GITHUB_EVENT_PATH points. */
export function runnerEnv(api: GitHubApiServer, eventName: string, payload: object): NodeJS.ProcessEnv {
  const dir = mkdtempSync(join(tmpdir(), 'shardproof-event-'));
  const path = join(dir, 'event.json');
  writeFileSync(path, JSON.stringify(payload));
  return {
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: path,
    GITHUB_SHA: MERGE_SHA,
    GITHUB_API_URL: api.url,
    GITHUB_ACTIONS: 'true',
  };
}
