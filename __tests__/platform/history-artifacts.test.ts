import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import type { StoredArtifactRecord } from '../harness/github-api-state.js';
import {
  GitHubHistoryArtifacts,
  LocalHistoryArtifacts,
  newestOf,
  type ListedArtifact,
} from '../../src/platform/history-artifacts.js';
import { NO_PERMISSION_TOKEN, runnerEnv, startApi, WRITE_TOKEN } from './github-fixture.js';

const NAME = 'shardproof-report';
let api: GitHubApiServer;
const logs: string[] = [];

beforeAll(async () => {
  api = await startApi();
  // @actions/artifact's download by id builds its own octokit, whose base URL @actions/github reads from the
  // environment when it is first loaded: this file loads it only after this line (artifact-store.ts, which
  // imports @actions/artifact, is imported inside the test that needs it).
  process.env.GITHUB_API_URL = api.url;
});
afterAll(() => api.close());
afterEach(() => {
  api.requests.length = 0;
  logs.length = 0;
});

function artifact(
  at: string,
  branch: string,
  files: Record<string, string>,
  extra: Partial<StoredArtifactRecord> = {},
) {
  return api.state.addArtifact({
    name: NAME,
    expired: false,
    created_at: at,
    workflow_run: {
      id: Date.parse(at) / 1000,
      repository_id: 1,
      head_repository_id: 1,
      head_branch: branch,
      head_sha: 'c'.repeat(40),
    },
    files,
    ...extra,
  });
}

function history(env: NodeJS.ProcessEnv, token = WRITE_TOKEN) {
  return new GitHubHistoryArtifacts(token, env, (m) => logs.push(m));
}

describe('the newest history artifact of the default branch', () => {
  it('reads every page of the listing and downloads the newest unexpired one made on main by this repository', async () => {
    artifact('2026-11-10T00:00:00Z', 'main', { 'timings.json': '{"old":true}' });
    const good = artifact('2026-11-18T00:00:00Z', 'main', {
      'timings.json': '{"good":true}',
      'nested/deep.txt': 'deep',
    });
    artifact('2026-11-19T00:00:00Z', 'main', { 'timings.json': '{"expired":true}' }, { expired: true });
    // A fork's branch may be called main too: its run's head repository is the fork.
    artifact(
      '2026-11-29T00:00:00Z',
      'main',
      { 'timings.json': '{"fork":true}' },
      {
        workflow_run: {
          id: 77,
          repository_id: 1,
          head_repository_id: 99,
          head_branch: 'main',
          head_sha: 'd'.repeat(40),
        },
      },
    );
    for (let i = 0; i < 130; i++)
      artifact(new Date(Date.parse('2026-11-20T00:00:00Z') + i * 60_000).toISOString(), `feature-${i}`, {
        'timings.json': '{}',
      });
    api.state.addArtifact({
      ...good,
      id: undefined,
      name: 'other-artifact',
      created_at: '2026-11-30T00:00:00Z',
    });

    const dir = mkdtempSync(join(tmpdir(), 'shardproof-history-'));
    // No event payload: the default branch comes from GET /repos/{owner}/{repo}.
    const env = { ...runnerEnv(api, 'schedule', {}), GITHUB_EVENT_PATH: '' };
    expect(await history(env).newestFromDefaultBranch(NAME, dir)).toBe(true);

    expect(readFileSync(join(dir, 'timings.json'), 'utf8')).toBe('{"good":true}');
    expect(readFileSync(join(dir, 'nested', 'deep.txt'), 'utf8')).toBe('deep');
    const listing = api.requests.filter((r) => r.operationId === 'actions/list-artifacts-for-repo');
    expect(listing.map((r) => [r.query.name, r.query.per_page, r.query.page ?? '1'])).toEqual([
      [NAME, '100', '1'],
      [NAME, '100', '2'],
    ]);
    expect(api.requests.map((r) => r.operationId ?? r.path)).toEqual([
      'repos/get',
      'actions/list-artifacts-for-repo',
      'actions/list-artifacts-for-repo',
      'actions/download-artifact',
      `/_blob/${good.id}.zip`,
    ]);
    expect(api.requests.every((r) => r.problems.length === 0)).toBe(true);
    expect(logs.at(-1)).toBe(`artifact ${NAME} (id ${good.id}) from main, made 2026-11-18T00:00:00Z`);
  });

  it('stops reading the newest-first listing after the page that had a match', async () => {
    const name = 'busy-report';
    for (let i = 0; i < 250; i++) {
      const at = new Date(Date.parse('2026-10-01T00:00:00Z') + i * 60_000).toISOString();
      artifact(at, i % 2 ? 'main' : 'feature', { 'n.txt': String(i) }, { name });
    }
    const dir = mkdtempSync(join(tmpdir(), 'shardproof-history-'));
    const env = runnerEnv(api, 'push', { repository: { default_branch: 'main' } });
    expect(await history(env).newestFromDefaultBranch(name, dir)).toBe(true);
    expect(readFileSync(join(dir, 'n.txt'), 'utf8')).toBe('249');
    expect(api.requests.filter((r) => r.operationId === 'actions/list-artifacts-for-repo')).toHaveLength(1);
  });

  it('an entry named ../x in the zip stays inside the folder it is unpacked into', async () => {
    const name = 'hostile-report';
    artifact('2026-11-25T00:00:00Z', 'main', { '../escaped.txt': 'out', 'timings.json': '{}' }, { name });
    const parent = mkdtempSync(join(tmpdir(), 'shardproof-parent-'));
    const dir = join(parent, 'inside');
    const env = runnerEnv(api, 'push', { repository: { default_branch: 'main' } });
    expect(await history(env).newestFromDefaultBranch(name, dir)).toBe(true);
    expect(existsSync(join(parent, 'escaped.txt'))).toBe(false);
    expect(readdirSync(parent)).toEqual(['inside']);
    expect(readFileSync(join(dir, 'timings.json'), 'utf8')).toBe('{}');
  });

  it('answers false when the default branch has none, without downloading anything', async () => {
    const env = runnerEnv(api, 'pull_request', { repository: { default_branch: 'release' } });
    expect(await history(env).newestFromDefaultBranch(NAME, mkdtempSync(join(tmpdir(), 'h-')))).toBe(false);
    expect(api.requests.map((r) => r.operationId)).toEqual([
      'actions/list-artifacts-for-repo',
      'actions/list-artifacts-for-repo',
    ]);
    expect(logs).toEqual([`no unexpired artifact ${NAME} from the release branch`]);
  });

  it('a token without actions: read is a line in the log and false, not an error', async () => {
    const env = runnerEnv(api, 'push', { repository: { default_branch: 'main' } });
    expect(
      await history(env, NO_PERMISSION_TOKEN).newestFromDefaultBranch(
        NAME,
        mkdtempSync(join(tmpdir(), 'h-')),
      ),
    ).toBe(false);
    expect(logs[0]).toMatch(/may not read artifacts \(403; the job needs `permissions: actions: read`\)/);
    expect(api.requests.map((r) => r.status)).toEqual([403]);
  });

  it('off GitHub, the artifact folder of that name is the newest there is', async () => {
    const root = mkdtempSync(join(tmpdir(), 'shardproof-state-'));
    const source = mkdtempSync(join(tmpdir(), 'shardproof-src-'));
    mkdirSync(join(source, 'sub'));
    writeFileSync(join(source, 'sub', 'timings.json'), '{"local":true}');
    const { LocalArtifactStore } = await import('../../src/platform/artifact-store.js');
    const store = new LocalArtifactStore(root);
    await store.upload(NAME, source);
    const dir = join(mkdtempSync(join(tmpdir(), 'h-')), 'out');
    const local = new LocalHistoryArtifacts(store);
    expect(await local.newestFromDefaultBranch(NAME, dir)).toBe(true);
    expect(readFileSync(join(dir, 'sub', 'timings.json'), 'utf8')).toBe('{"local":true}');
    expect(await local.newestFromDefaultBranch('missing', dir)).toBe(false);
  });
});

describe('picking the newest from listing pages', () => {
  const listed = (id: number, day: number): ListedArtifact => ({
    id,
    name: 'r',
    expired: false,
    created_at: `2026-11-${String(day).padStart(2, '0')}T00:00:00Z`,
  });
  async function* pages(...lists: ListedArtifact[][]) {
    for (const data of lists) yield { data };
  }

  it('reads on past a match when the listing is out of order, and finds the newest anyway', async () => {
    const read: number[] = [];
    const accept = (a: ListedArtifact) => (read.push(a.id), a.id % 2 === 1);
    const best = await newestOf(pages([listed(1, 10), listed(2, 20)], [listed(3, 25), listed(4, 5)]), accept);
    expect(best?.id).toBe(3);
    expect(read).toEqual([1, 2, 3, 4]);
  });

  it('stops after the page with a match while the listing is newest first', async () => {
    const read: number[] = [];
    const accept = (a: ListedArtifact) => (read.push(a.id), a.id === 2);
    const best = await newestOf(pages([listed(1, 20), listed(2, 19)], [listed(3, 18)]), accept);
    expect(best?.id).toBe(2);
    expect(read).toEqual([1, 2]);
  });
});
