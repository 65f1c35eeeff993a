import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { loadOperations, validate } from '../harness/openapi-validator.js';
import { httpStatus, loadOctokit, type Octokit } from '../../src/platform/github-rest.js';
import { startGitHubApiProcess } from '../harness/github-api-process.js';
import { BOT, HEAD_SHA, READ_TOKEN, startApi, WRITE_TOKEN } from './github-fixture.js';

// The stand-in must refuse what GitHub refuses, or the feedback tests passing against it would prove nothing.

let api: GitHubApiServer;
let octokit: Octokit;
const repo = { owner: 'octo-org', repo: 'shop' };

beforeAll(async () => {
  api = await startApi();
  octokit = await loadOctokit(WRITE_TOKEN, api.url);
});
afterAll(() => api.close());
afterEach(() => {
  api.requests.length = 0;
});

const annotation = (i: number) => ({
  path: 'a.py',
  start_line: i + 1,
  end_line: i + 1,
  annotation_level: 'failure' as const,
  message: 'm',
});

/** A request whose parameters TypeScript does not check: the server must. */
const unchecked = (route: string, params: Record<string, unknown>) => octokit.request(route, params);

async function statusOf(call: Promise<unknown>): Promise<number | undefined> {
  try {
    await call;
    return 200;
  } catch (error) {
    return httpStatus(error);
  }
}

describe('the GitHub REST stand-in', () => {
  it('refuses 51 annotations in one create or update with 422, and accepts 50', async () => {
    const output = (n: number) => ({
      title: 't',
      summary: 's',
      annotations: Array.from({ length: n }, (_, i) => annotation(i)),
    });
    const create = (n: number) =>
      octokit.rest.checks.create({ ...repo, name: 'x', head_sha: HEAD_SHA, output: output(n) });
    expect(await statusOf(create(51))).toBe(422);
    expect(api.requests[0].problems).toContain('body.output.annotations: 51 items, at most 50');
    const { data } = await create(50);
    expect(
      await statusOf(octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(51) })),
    ).toBe(422);
    expect(
      await statusOf(octokit.rest.checks.update({ ...repo, check_run_id: data.id, output: output(50) })),
    ).toBe(200);
    expect(api.state.checkRuns.get(data.id)?.annotations).toHaveLength(100);
  });

  it('validates bodies against the description: a missing head_sha, an unknown conclusion, a summary too long', async () => {
    const body = { ...repo, name: 'x', head_sha: HEAD_SHA, output: { title: 't', summary: 's' } };
    const { head_sha: _omit, ...noSha } = body;
    expect(await statusOf(unchecked('POST /repos/{owner}/{repo}/check-runs', noSha))).toBe(422);
    expect(api.requests.at(-1)?.problems).toEqual(['body.head_sha: required']);
    expect(
      await statusOf(unchecked('POST /repos/{owner}/{repo}/check-runs', { ...body, conclusion: 'green' })),
    ).toBe(422);
    expect(api.requests.at(-1)?.problems[0]).toMatch(/^body.conclusion: "green" is not one of/);
    const long = { ...body, output: { title: 't', summary: 'x'.repeat(65_536) } };
    expect(await statusOf(octokit.rest.checks.create(long))).toBe(422);
    expect(api.requests.at(-1)?.problems).toEqual(['body.output.summary: 65536 characters, at most 65535']);
    const patch = (output: object) =>
      statusOf(
        unchecked('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
          ...repo,
          check_run_id: 1,
          output,
        }),
      );
    expect(await patch({ summary: 's' })).toBe(422);
    expect(api.requests.at(-1)?.problems).toEqual(['body.output.title: required']);
    expect(await patch({ title: 't' })).toBe(422);
    expect(api.requests.at(-1)?.problems).toEqual(['body.output.summary: required']);
  });

  it("refuses an annotation message over 64 KB, GitHub's documented limit", async () => {
    const output = {
      title: 't',
      summary: 's',
      annotations: [{ ...annotation(0), message: 'é'.repeat(40_000) }],
    };
    expect(
      await statusOf(octokit.rest.checks.create({ ...repo, name: 'x', head_sha: HEAD_SHA, output })),
    ).toBe(422);
    expect(api.requests.at(-1)?.problems).toEqual([
      'body.output.annotations[0].message: 80000 bytes, at most 65536',
    ]);
  });

  it('refuses a comment over 65,536 characters with 422 and accepts one of exactly 65,536', async () => {
    const post = (body: string) => octokit.rest.issues.createComment({ ...repo, issue_number: 1, body });
    expect(await statusOf(post('x'.repeat(65_537)))).toBe(422);
    expect(await statusOf(post('x'.repeat(65_536)))).toBe(200);
    expect(api.state.commentsOf(1)).toHaveLength(1);
  });

  it('answers 403 to a write with a read-only token, 401 without a known token, 404 off its routes', async () => {
    const readOnly = await loadOctokit(READ_TOKEN, api.url);
    expect(await statusOf(readOnly.rest.issues.createComment({ ...repo, issue_number: 3, body: 'x' }))).toBe(
      403,
    );
    expect(await statusOf(readOnly.rest.issues.listComments({ ...repo, issue_number: 3 }))).toBe(200);
    const stranger = await loadOctokit('ghs_unknown', api.url);
    expect(await statusOf(stranger.rest.issues.listComments({ ...repo, issue_number: 3 }))).toBe(401);
    expect(await statusOf(octokit.request('GET /repos/{owner}/{repo}/branches', repo))).toBe(404);
    expect(
      await statusOf(octokit.rest.issues.listComments({ owner: 'other', repo: 'shop', issue_number: 3 })),
    ).toBe(404);
    expect(api.state.commentsOf(3)).toHaveLength(0);
  });

  it('pages listings with Link headers, 30 a page by default and at most 100', async () => {
    for (let i = 0; i < 250; i++) api.state.seedComment(2, `c${i}`, { login: 'someone', type: 'User' });
    const first = await octokit.rest.issues.listComments({ ...repo, issue_number: 2 });
    expect(first.data).toHaveLength(30);
    expect(first.headers.link).toMatch(/page=2>; rel="next".*page=9>; rel="last"/);
    const big = await octokit.rest.issues.listComments({ ...repo, issue_number: 2, per_page: 500 });
    expect(big.data).toHaveLength(100);
    const all = await octokit.paginate(octokit.rest.issues.listComments, {
      ...repo,
      issue_number: 2,
      per_page: 100,
    });
    expect(all.map((c) => c.body)).toEqual(Array.from({ length: 250 }, (_, i) => `c${i}`));
  });
});

describe('the OpenAPI subset validator', () => {
  it('throws on a schema keyword it does not implement instead of skipping it', () => {
    expect(() => validate({ type: 'string', multipleOf: 2 }, 'x')).toThrow(
      /does not implement the schema keyword "multipleOf"/,
    );
  });

  it('reads the operations shardproof calls from the description, with their limits', () => {
    const ops = loadOperations(['checks/create', 'issues/create-comment']);
    const create = ops.get('checks/create');
    expect(create?.method).toBe('POST');
    expect(create?.path).toBe('/repos/{owner}/{repo}/check-runs');
    expect(
      validate(create?.body?.schema ?? {}, {
        name: 'n',
        head_sha: 's',
        output: { title: 't', summary: 's', annotations: [{}] },
      }),
    ).toEqual([
      'body.output.annotations[0].path: required',
      'body.output.annotations[0].start_line: required',
      'body.output.annotations[0].end_line: required',
      'body.output.annotations[0].annotation_level: required',
      'body.output.annotations[0].message: required',
    ]);
    expect(() => loadOperations(['checks/no-such-operation'])).toThrow(/not in GitHub's description/);
  });
});

describe('the stand-in in a child process (for bundles started with spawnSync)', () => {
  it('starts seeded, serves the real octokit, and reports its requests and state', async () => {
    const child = await startGitHubApiProcess({
      options: { repository: 'octo-org/shop', tokens: { [WRITE_TOKEN]: BOT } },
      comments: [{ issue: 4, body: 'seeded', user: { login: 'someone', type: 'User' } }],
    });
    try {
      const remote = await loadOctokit(WRITE_TOKEN, child.url);
      await remote.rest.issues.createComment({ ...repo, issue_number: 4, body: 'posted' });
      expect((await child.snapshot()).comments['4'].map((c) => c.body)).toEqual(['seeded', 'posted']);
      expect((await child.requests()).map((r) => [r.operationId, r.status])).toEqual([
        ['issues/create-comment', 201],
      ]);
    } finally {
      child.stop();
    }
  });
});
