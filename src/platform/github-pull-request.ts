import type { PullRequestHead } from './github-context.js';
import type { Octokit } from './github-rest.js';

/**
 * The open pull request whose head is exactly this repository, branch and commit, for a workflow_run event
 * that followed a pull_request run. Matching the commit too means a pull request that moved on since (a new
 * push) gets no comment about an older commit; matching the repository means another fork's branch of the
 * same name never does.
 */
export async function findPullRequestByHead(
  octokit: Octokit,
  base: { owner: string; repo: string },
  head: PullRequestHead,
): Promise<number | undefined> {
  const query = { ...base, state: 'open' as const, head: `${head.owner}:${head.branch}`, per_page: 100 };
  for await (const page of octokit.paginate.iterator(octokit.rest.pulls.list, query)) {
    for (const pr of page.data) {
      if (pr.head.sha === head.sha && pr.head.repo?.full_name === head.repo) return pr.number;
    }
  }
  return undefined;
}
