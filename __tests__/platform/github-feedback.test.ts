import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { GitHubApiServer } from '../harness/github-api-server.js';
import { GitHubFeedback } from '../../src/platform/github-feedback.js';
import type { CheckAnnotation, CheckRunReport } from '../../src/platform/types.js';
import {
  BOT,
  EXHAUSTED_TOKEN,
  HEAD_SHA,
  PAT,
  pullRequestEvent,
  READ_TOKEN,
  runnerEnv,
  startApi,
  WRITE_TOKEN,
} from './github-fixture.js';

const MARKER = '<!-- shardproof-report -->';

let api: GitHubApiServer;
beforeAll(async () => {
  api = await startApi();
});
afterAll(() => api.close());
afterEach(() => {
  api.requests.length = 0;
});

function annotations(n: number): CheckAnnotation[] {
  return Array.from({ length: n }, (_, i) => ({
    path: `tests/test_${i}.py`,
    startLine: i + 1,
    endLine: i + 1,
    level: i % 2 ? 'warning' : 'failure',
    message: `test_${i} failed`,
    title: `test_${i}`,
  }));
}

function report(n: number, extra: Partial<CheckRunReport> = {}): CheckRunReport {
  return {
    name: 'shardproof',
    conclusion: 'failure',
    title: '3 failed',
    summary: 'summary',
    annotations: annotations(n),
    ...extra,
  };
}

function feedback(token: string, pr = 7, headRepo?: string): GitHubFeedback {
  return new GitHubFeedback(token, runnerEnv(api, 'pull_request', pullRequestEvent(pr, headRepo)));
}

describe('check runs', () => {
  it('sends 120 annotations as 3 requests of at most 50, every body valid, on the pull request head', async () => {
    const result = await feedback(WRITE_TOKEN).publishCheckRun(report(120));
    expect(result.skipped).toBeUndefined();
    const calls = api.requests.map((r) => [r.method, r.operationId, r.status]);
    expect(calls).toEqual([
      ['POST', 'checks/create', 201],
      ['PATCH', 'checks/update', 200],
      ['PATCH', 'checks/update', 200],
    ]);
    const batches = api.requests.map(
      (r) => (r.body as { output: { annotations: unknown[] } }).output.annotations.length,
    );
    expect(batches).toEqual([50, 50, 20]);
    expect(api.requests.every((r) => r.problems.length === 0)).toBe(true);
    for (const r of api.requests)
      expect((r.body as { output: object }).output).toMatchObject({ title: '3 failed', summary: 'summary' });
    const stored = api.state.checkRuns.get(result.id as number);
    expect(stored?.head_sha).toBe(HEAD_SHA);
    expect(stored?.conclusion).toBe('failure');
    expect(stored?.annotations.map((a) => (a as { path: string }).path)).toEqual(
      annotations(120).map((a) => a.path),
    );
    expect(result.url).toContain(`/runs/${result.id}`);
  });

  it("updates the job's own check run by id with PATCH only, leaving its conclusion to Actions", async () => {
    const own = api.state.nextId();
    api.state.checkRuns.set(own, {
      id: own,
      name: 'test (1)',
      head_sha: HEAD_SHA,
      status: 'in_progress',
      output: {},
      annotations: [],
    });
    const result = await feedback(WRITE_TOKEN).publishCheckRun(report(60, { checkRunId: own }));
    expect(result.id).toBe(own);
    expect(api.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual([
      `PATCH /repos/octo-org/shop/check-runs/${own} 200`,
      `PATCH /repos/octo-org/shop/check-runs/${own} 200`,
    ]);
    expect(api.state.checkRuns.get(own)?.status).toBe('in_progress');
    expect(api.requests.map((r) => Object.keys(r.body as object))).toEqual([['output'], ['output']]);
    expect(api.state.checkRuns.get(own)?.annotations).toHaveLength(60);
  });

  it('creates the check run on GITHUB_SHA for a push, with no annotations field when there are none', async () => {
    const env = runnerEnv(api, 'push', { repository: { default_branch: 'main' } });
    const github = new GitHubFeedback(WRITE_TOKEN, env);
    expect(await github.capabilities()).toMatchObject({ checks: true, comment: false });
    const result = await github.publishCheckRun(report(0, { conclusion: 'success' }));
    expect(api.state.checkRuns.get(result.id as number)?.head_sha).toBe(env.GITHUB_SHA);
    expect(api.requests).toHaveLength(1);
    expect((api.requests[0].body as { output: object }).output).not.toHaveProperty('annotations');
  });

  it('an outage between batches is an error that says how many annotations made it', async () => {
    api.failNext('checks/update', 502);
    const failure = await feedback(WRITE_TOKEN)
      .publishCheckRun(report(120))
      .catch((e: Error) => e);
    expect((failure as Error).message).toBe(
      'publishing the check run (after 50 of 120 annotations) failed: HTTP 502: Server Error',
    );
  });

  it('cuts an annotation message over 64 KB so GitHub takes it', async () => {
    const long = annotations(1).map((a) => ({
      ...a,
      message: 'ü'.repeat(50_000),
      rawDetails: 'x'.repeat(70_000),
    }));
    const result = await feedback(WRITE_TOKEN).publishCheckRun(report(0, { annotations: long }));
    expect(api.requests.map((r) => [r.status, r.problems])).toEqual([[201, []]]);
    const [stored] = api.state.checkRuns.get(result.id as number)?.annotations as { message: string }[];
    expect(Buffer.byteLength(stored.message)).toBeLessThanOrEqual(64 * 1024);
    expect(stored.message.endsWith('…')).toBe(true);
  });

  it('cuts a summary over 65,535 characters and says so', async () => {
    const result = await feedback(WRITE_TOKEN).publishCheckRun(
      report(1, { summary: 'line\n'.repeat(20_000) }),
    );
    const summary = api.state.checkRuns.get(result.id as number)?.output.summary ?? '';
    expect(summary.length).toBeLessThanOrEqual(65_535);
    expect(summary).toContain("Cut to fit GitHub's limit of 65,535 characters");
    expect(api.requests[0].problems).toEqual([]);
  });
});

describe('the sticky comment', () => {
  it('is created once, then updated in place', async () => {
    const github = feedback(WRITE_TOKEN, 11);
    const first = await github.upsertComment(MARKER, `${MARKER}\nfirst`);
    const second = await github.upsertComment(MARKER, `${MARKER}\nsecond`);
    const comments = api.state.commentsOf(11);
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ body: `${MARKER}\nsecond`, updated: 1, user: { login: BOT.login } });
    expect(second.url).toBe(first.url);
    expect(api.writes().map((r) => `${r.method} ${r.operationId}`)).toEqual([
      'POST issues/create-comment',
      'PATCH issues/update-comment',
    ]);
  });

  it('is found on page 3 of a 250-comment pull request, and a person quoting the marker is left alone', async () => {
    const pr = 12;
    let own = 0;
    for (let i = 0; i < 250; i++) {
      if (i === 5) api.state.seedComment(pr, `quoting ${MARKER}`, { login: 'someone', type: 'User' });
      else if (i === 230)
        own = api.state.seedComment(pr, `${MARKER}\nold report`, { login: BOT.login, type: 'Bot' });
      else api.state.seedComment(pr, `comment ${i}`, { login: 'someone', type: 'User' });
    }
    await feedback(WRITE_TOKEN, pr).upsertComment(MARKER, 'new report');
    const pages = api.requests
      .filter((r) => r.operationId === 'issues/list-comments')
      .map((r) => r.query.page ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(
      api.requests.every((r) => r.operationId !== 'issues/list-comments' || r.query.per_page === '100'),
    ).toBe(true);
    expect(api.writes().map((r) => r.path)).toEqual([`/repos/octo-org/shop/issues/comments/${own}`]);
    expect(api.state.findComment(own)?.body).toBe(`${MARKER}\nnew report`);
    expect(api.state.commentsOf(pr)[5].body).toBe(`quoting ${MARKER}`);
  });

  it("with a personal token, finds the comment by the token's own user", async () => {
    const pr = 13;
    api.state.seedComment(pr, `${MARKER} by someone else`, { login: 'mallory', type: 'User' });
    const own = api.state.seedComment(pr, `${MARKER} mine`, { login: 'octocat', type: 'User' });
    await feedback(PAT, pr).upsertComment(MARKER, `${MARKER} updated`);
    expect(api.writes().map((r) => r.path)).toEqual([`/repos/octo-org/shop/issues/comments/${own}`]);
  });

  it('cuts a 70,000-character body to at most 65,536, keeping the marker, and GitHub accepts it', async () => {
    await feedback(WRITE_TOKEN, 14).upsertComment(MARKER, `${MARKER}\n${'| row | 😀 |\n'.repeat(6_000)}`);
    const [write] = api.writes();
    expect(write.status).toBe(201);
    const body = api.state.commentsOf(14)[0].body;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body.startsWith(MARKER)).toBe(true);
    expect(body).toMatch(/of 78,027 not shown/);
  });
});

describe('forks and read-only tokens', () => {
  it('a fork pull request: both capabilities off with a reason, and no request is sent at all', async () => {
    const github = feedback(WRITE_TOKEN, 15, 'someone/shop');
    const caps = await github.capabilities();
    expect(caps).toMatchObject({ checks: false, comment: false });
    expect(caps.reason).toMatch(/^the pull request comes from a fork: its token is read-only/);
    expect((await github.publishCheckRun(report(3))).skipped).toBe(caps.reason);
    expect((await github.upsertComment(MARKER, 'x')).skipped).toBe(caps.reason);
    expect(api.requests).toEqual([]);
  });

  it('a read-only token: the 403 turns the capability off with a reason, never an exception', async () => {
    const github = feedback(READ_TOKEN, 16);
    expect(await github.capabilities()).toMatchObject({ checks: true, comment: true });
    const check = await github.publishCheckRun(report(3));
    expect(check.skipped).toMatch(
      /may not write check runs \(403; the job needs `permissions: checks: write`\)/,
    );
    const comment = await github.upsertComment(MARKER, 'x');
    expect(comment.skipped).toMatch(/may not comment on the pull request \(403/);
    const caps = await github.capabilities();
    expect(caps).toMatchObject({ checks: false, comment: false });
    expect(caps.reason).toContain('checks: write');
    // Once refused, the calls are not sent again.
    const before = api.requests.length;
    await github.publishCheckRun(report(3));
    expect(api.requests.length).toBe(before);
    expect(api.writes().map((r) => r.status)).toEqual([403, 403]);
  });

  it('a rate limit (also a 403) is an error to warn about, not a missing permission', async () => {
    const github = feedback(EXHAUSTED_TOKEN, 19);
    const failure = await github.publishCheckRun(report(1)).catch((e: Error) => e);
    expect(failure).toBeInstanceOf(Error);
    expect((failure as Error).message).toMatch(/failed: HTTP 403: API rate limit exceeded/);
    expect(await github.capabilities()).toMatchObject({ checks: true, comment: true });
  });

  it('no comment on a push event, and no token at all means no request', async () => {
    const push = new GitHubFeedback(WRITE_TOKEN, runnerEnv(api, 'push', {}));
    expect(await push.upsertComment(MARKER, 'x')).toEqual({ skipped: expect.stringContaining('push event') });
    const none = new GitHubFeedback('', runnerEnv(api, 'pull_request', pullRequestEvent(17)));
    expect((await none.publishCheckRun(report(1))).skipped).toMatch(/^no github-token/);
    expect(api.requests).toEqual([]);
  });
});

describe('the token', () => {
  it('is sent to GitHub and appears in no error message or log line', async () => {
    const written: string[] = [];
    const out = process.stdout.write.bind(process.stdout);
    const err = process.stderr.write.bind(process.stderr);
    process.stdout.write = ((chunk: string | Uint8Array) => (
      written.push(String(chunk)),
      true
    )) as typeof process.stdout.write;
    process.stderr.write = ((chunk: string | Uint8Array) => (
      written.push(String(chunk)),
      true
    )) as typeof process.stderr.write;
    const messages: string[] = [];
    try {
      const github = feedback(WRITE_TOKEN, 18);
      // An unknown check run id answers 404; 51 annotations sent raw would be a 422 — both must fail cleanly.
      const failure = await github.publishCheckRun(report(2, { checkRunId: 999_999 })).catch((e: Error) => e);
      expect(failure).toBeInstanceOf(Error);
      messages.push((failure as Error).message, (failure as Error).stack ?? '', JSON.stringify(failure));
      expect((failure as Error).message).toMatch(
        /^publishing check run 999999 \(after 0 of 2 annotations\) failed: HTTP 404: Not Found/,
      );
      messages.push(
        String((await github.capabilities()).reason),
        JSON.stringify(await github.upsertComment(MARKER, 'x')),
      );
      const ro = feedback(READ_TOKEN, 18);
      messages.push(
        String((await ro.publishCheckRun(report(1))).skipped),
        String((await ro.capabilities()).reason),
      );
    } finally {
      process.stdout.write = out;
      process.stderr.write = err;
    }
    expect(
      api.requests.every(
        (r) => r.authorization === `token ${WRITE_TOKEN}` || r.authorization === `token ${READ_TOKEN}`,
      ),
    ).toBe(true);
    for (const text of [...messages, ...written]) {
      expect(text).not.toContain(WRITE_TOKEN);
      expect(text).not.toContain(READ_TOKEN);
    }
  });
});

describe('a workflow_run event after a fork pull request', () => {
  const forkHead = { full_name: 'mallory/shop', owner: { login: 'mallory' } };
  const event = (sha: string) => ({
    workflow_run: {
      event: 'pull_request',
      head_sha: sha,
      head_branch: 'fix',
      head_repository: forkHead,
      pull_requests: [],
    },
    repository: { default_branch: 'main' },
  });

  it('finds the pull request by head repository, branch and commit, and comments there', async () => {
    api.state.pulls.push(
      { number: 30, state: 'open', head: { ref: 'fix', sha: HEAD_SHA, repo: { full_name: 'eve/shop' } } },
      {
        number: 31,
        state: 'closed',
        head: { ref: 'fix', sha: HEAD_SHA, repo: { full_name: 'mallory/shop' } },
      },
      { number: 32, state: 'open', head: { ref: 'fix', sha: HEAD_SHA, repo: { full_name: 'mallory/shop' } } },
    );
    const github = new GitHubFeedback(WRITE_TOKEN, runnerEnv(api, 'workflow_run', event(HEAD_SHA)));
    expect(await github.capabilities()).toEqual({ checks: true, comment: true, reason: undefined });
    await github.upsertComment(MARKER, 'from the trusted workflow');
    const check = await github.publishCheckRun(report(1));
    expect(api.state.commentsOf(32).map((c) => c.body)).toEqual([`${MARKER}\nfrom the trusted workflow`]);
    expect(api.state.checkRuns.get(check.id as number)?.head_sha).toBe(HEAD_SHA);
    const lookup = api.requests.filter((r) => r.operationId === 'pulls/list');
    expect(lookup.map((r) => [r.query.head, r.query.state])).toEqual([['mallory:fix', 'open']]);
  });

  it('a pull request that moved on to another commit gets no comment, and the reason says why', async () => {
    const github = new GitHubFeedback(WRITE_TOKEN, runnerEnv(api, 'workflow_run', event('f'.repeat(40))));
    const caps = await github.capabilities();
    expect(caps).toMatchObject({ checks: true, comment: false });
    expect(caps.reason).toBe(`no open pull request has the head mallory/shop:fix at ffffffffffff`);
    expect((await github.upsertComment(MARKER, 'x')).skipped).toBe(caps.reason);
    expect(api.writes()).toEqual([]);
  });
});
