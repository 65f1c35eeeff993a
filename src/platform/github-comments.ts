import { httpStatus, type Octokit } from './github-rest.js';

interface IssueRef {
  owner: string;
  repo: string;
  issue_number: number;
}

interface CommentAuthor {
  login?: string;
  type?: string;
}

/**
 * The id of the oldest comment on the pull request that holds `marker` and was written by a bot (GITHUB_TOKEN
 * writes as github-actions[bot], an app token as its own bot) or by the token's own user (a personal token).
 * Every page is read, 100 comments a page, one page in memory at a time, until the comment is found: on a long
 * pull request the sticky comment is often far from the first page. A marker in a person's comment is ignored:
 * anyone can paste it, and updating their comment would overwrite what they wrote.
 */
export async function findOwnComment(
  octokit: Octokit,
  issue: IssueRef,
  marker: string,
): Promise<number | undefined> {
  let viewer: Promise<string | undefined> | undefined;
  const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, { ...issue, per_page: 100 });
  for await (const page of pages) {
    for (const comment of page.data) {
      if (!comment.body?.includes(marker)) continue;
      const author: CommentAuthor = comment.user ?? {};
      if (author.type === 'Bot') return comment.id;
      viewer ??= viewerLogin(octokit);
      const login = await viewer;
      if (login !== undefined && author.login === login) return comment.id;
    }
  }
  return undefined;
}

/** The token's user (a personal token); an installation token may not ask (403), and then none. */
async function viewerLogin(octokit: Octokit): Promise<string | undefined> {
  try {
    return (await octokit.rest.users.getAuthenticated()).data.login;
  } catch (error) {
    if (httpStatus(error) === 403 || httpStatus(error) === 401) return undefined;
    throw error;
  }
}
