import { readRunContext, type GitHubRunContext } from './github-context.js';
import { COMMENT_MAX_CHARS, cutMarkdown } from './github-limits.js';
import { checkRunOutputs } from './check-run-output.js';
import { findOwnComment } from './github-comments.js';
import { findPullRequestByHead } from './github-pull-request.js';
import {
  describeRequestError,
  isPermissionDenied,
  loadOctokit,
  requestFailure,
  type Octokit,
} from './github-rest.js';
import type { CheckRunReport, FeedbackCapabilities, FeedbackResult, PullRequestFeedback } from './types.js';

const FALLBACK = 'feedback goes to the job summary and workflow-command annotations';

/**
 * Check runs and the sticky comment through GitHub's REST API with @actions/github's octokit. Calls that the
 * token or the event cannot make are not sent (fork pull requests get a read-only token); a 403 that comes
 * anyway turns the capability off and is returned as `skipped`, never thrown. The token never leaves this
 * object: errors carry GitHub's message with the token cut out.
 */
export class GitHubFeedback implements PullRequestFeedback {
  private readonly run: GitHubRunContext;
  private client?: Promise<Octokit>;
  private readonly denied: { checks?: string; comment?: string } = {};
  private pull?: Promise<{ number?: number; reason?: string }>;

  /** Where the repository is checked out: annotation paths are made relative to it. */
  private readonly workspace?: string;

  constructor(
    private readonly token: string,
    env: NodeJS.ProcessEnv,
  ) {
    this.run = readRunContext(env);
    this.workspace = env.GITHUB_WORKSPACE || undefined;
  }

  async capabilities(): Promise<FeedbackCapabilities> {
    if (!this.token)
      return { checks: false, comment: false, reason: `no github-token was given: ${FALLBACK}` };
    if (this.run.readOnlyReason) {
      return { checks: false, comment: false, reason: `${this.run.readOnlyReason}: ${FALLBACK}` };
    }
    const reasons: string[] = [];
    const checks = !this.denied.checks && this.run.headSha !== undefined;
    if (this.denied.checks) reasons.push(this.denied.checks);
    else if (!checks) reasons.push('no commit (GITHUB_SHA) to attach a check run to');
    const pull = this.denied.comment ? { reason: this.denied.comment } : await this.pullRequest();
    if (pull.reason) reasons.push(pull.reason);
    return {
      checks,
      comment: pull.number !== undefined,
      reason: reasons.length ? reasons.join('; ') : undefined,
    };
  }

  /** The pull request to comment on: the event's own, or the one a workflow_run event followed, found by its head. */
  private pullRequest(): Promise<{ number?: number; reason?: string }> {
    this.pull ??= (async () => {
      const { eventName, pullNumber, triggeringHead: head } = this.run;
      if (eventName === 'pull_request' && pullNumber !== undefined) return { number: pullNumber };
      if (!head) return { reason: `no pull-request comment on a ${eventName || 'non-pull_request'} event` };
      try {
        const number = await findPullRequestByHead(await this.octokit(), this.run, head);
        if (number !== undefined) return { number };
        return {
          reason: `no open pull request has the head ${head.repo}:${head.branch} at ${head.sha.slice(0, 12)}`,
        };
      } catch (error) {
        return { reason: `could not find the pull request: ${describeRequestError(error, this.token)}` };
      }
    })();
    return this.pull;
  }

  async publishCheckRun(report: CheckRunReport): Promise<FeedbackResult & { id?: number }> {
    const allowed = await this.capabilities();
    if (!allowed.checks) return { skipped: allowed.reason };
    const { owner, repo } = this.run;
    const outputs = checkRunOutputs(report, this.workspace);
    let sent = 0;
    try {
      const octokit = await this.octokit();
      let id = report.checkRunId;
      let url: string | null | undefined;
      if (id !== undefined) {
        // The job's own check run: its status and conclusion belong to Actions, which sets them when the
        // job ends, so only the output is written.
        url = (await octokit.rest.checks.update({ owner, repo, check_run_id: id, output: outputs[0] })).data
          .html_url;
      } else {
        const created = await octokit.rest.checks.create({
          owner,
          repo,
          name: report.name,
          head_sha: this.run.headSha as string,
          status: 'completed',
          conclusion: report.conclusion,
          output: outputs[0],
        });
        id = created.data.id;
        url = created.data.html_url;
      }
      sent = outputs[0].annotations?.length ?? 0;
      // Each update appends its annotations to the ones the check run already has.
      for (const output of outputs.slice(1)) {
        await octokit.rest.checks.update({ owner, repo, check_run_id: id, output });
        sent += output.annotations?.length ?? 0;
      }
      return { id, url: url ?? undefined };
    } catch (error) {
      if (isPermissionDenied(error)) {
        this.denied.checks =
          'the token may not write check runs (403; the job needs `permissions: checks: write`)';
        return { skipped: `${this.denied.checks}: ${FALLBACK}` };
      }
      const total = report.annotations.length;
      const progress = total ? ` (after ${sent} of ${total} annotations)` : '';
      const which = report.checkRunId === undefined ? 'the check run' : `check run ${report.checkRunId}`;
      throw requestFailure(`publishing ${which}${progress}`, error, this.token);
    }
  }

  async upsertComment(marker: string, body: string): Promise<FeedbackResult> {
    const allowed = await this.capabilities();
    if (!allowed.comment) return { skipped: allowed.reason };
    const { owner, repo } = this.run;
    const issue_number = (await this.pullRequest()).number as number;
    const text = commentText(marker, body);
    try {
      const octokit = await this.octokit();
      const existing = await findOwnComment(octokit, { owner, repo, issue_number }, marker);
      if (existing !== undefined) {
        return {
          url: (await octokit.rest.issues.updateComment({ owner, repo, comment_id: existing, body: text }))
            .data.html_url,
        };
      }
      return {
        url: (await octokit.rest.issues.createComment({ owner, repo, issue_number, body: text })).data
          .html_url,
      };
    } catch (error) {
      if (isPermissionDenied(error)) {
        this.denied.comment =
          'the token may not comment on the pull request (403; the job needs `permissions: pull-requests: write`)';
        return { skipped: `${this.denied.comment}: ${FALLBACK}` };
      }
      throw requestFailure('writing the pull-request comment', error, this.token);
    }
  }

  private octokit(): Promise<Octokit> {
    this.client ??= loadOctokit(this.token, this.run.apiUrl);
    return this.client;
  }
}

/** The comment's body: starts with the marker when the body lacks it, cut to GitHub's limit with the marker kept. */
export function commentText(marker: string, body: string): string {
  const marked = body.includes(marker) ? body : `${marker}\n${body}`;
  const cut = cutMarkdown(marked, COMMENT_MAX_CHARS);
  return cut.includes(marker) ? cut : cutMarkdown(`${marker}\n${marked}`, COMMENT_MAX_CHARS);
}
