import { readRunContext, type GitHubRunContext } from './github-context.js';
import { isPermissionDenied, loadOctokit, requestFailure } from './github-rest.js';
import type { ArtifactStore, HistoryArtifacts } from './types.js';

/** The fields of a repository artifact listing (GET /repos/{owner}/{repo}/actions/artifacts) that matter here. */
export interface ListedArtifact {
  id: number;
  name: string;
  expired: boolean;
  created_at?: string | null;
  workflow_run?: {
    id?: number;
    repository_id?: number;
    head_repository_id?: number;
    head_branch?: string | null;
  } | null;
}

/**
 * Whether an artifact may feed the next plan: the right name, not expired, made by a run on the default branch
 * of this repository. A fork's branch can be called `main` too, so a run whose head repository is another one
 * (a fork's pull request) never counts: its contents are the fork's to choose.
 */
export function fromDefaultBranch(artifact: ListedArtifact, name: string, branch: string): boolean {
  const run = artifact.workflow_run;
  if (artifact.name !== name || artifact.expired || !run || run.id === undefined) return false;
  if (run.head_branch !== branch) return false;
  return run.head_repository_id === undefined || run.repository_id === undefined
    ? false
    : run.head_repository_id === run.repository_id;
}

/** The newer of two artifacts: later creation time, then the higher id (ids grow with time). */
export function newer(a: ListedArtifact, b: ListedArtifact | undefined): ListedArtifact {
  if (!b) return a;
  const at = Date.parse(a.created_at ?? '') || 0;
  const bt = Date.parse(b.created_at ?? '') || 0;
  if (at !== bt) return at > bt ? a : b;
  return a.id > b.id ? a : b;
}

/**
 * The newest accepted artifact of a listing, read a page at a time. GitHub lists artifacts newest first; while
 * the listing keeps that order nothing after a match can be newer, so reading stops at the end of the page
 * that had one. A listing out of that order is read to its last page.
 */
export async function newestOf(
  pages: AsyncIterable<{ data: ListedArtifact[] }>,
  accept: (artifact: ListedArtifact) => boolean,
): Promise<ListedArtifact | undefined> {
  let best: ListedArtifact | undefined;
  let previous = Number.POSITIVE_INFINITY;
  let ordered = true;
  for await (const page of pages) {
    for (const artifact of page.data) {
      const created = Date.parse(artifact.created_at ?? '');
      if (created <= previous) previous = created;
      else ordered = false;
      if (accept(artifact)) best = newer(artifact, best);
    }
    if (best && ordered) break;
  }
  return best;
}

/**
 * The newest history artifact of the default branch on GitHub. The listing is read 100 a page, page after page (the
 * default 30 a page, first page only, silently loses older history), keeping only the best so far; the
 * download goes through @actions/artifact's download by id with a token (the artifact belongs to another run;
 * that client's octokit takes its API URL from GITHUB_API_URL when @actions/github is first loaded, as on a runner).
 */
export class GitHubHistoryArtifacts implements HistoryArtifacts {
  private readonly run: GitHubRunContext;

  constructor(
    private readonly token: string,
    env: NodeJS.ProcessEnv,
    private readonly log: (message: string) => void,
  ) {
    this.run = readRunContext(env);
  }

  async newestFromDefaultBranch(name: string, dir: string): Promise<boolean> {
    if (!this.token) {
      this.log(`no github-token: the artifact ${name} of earlier runs is not looked for`);
      return false;
    }
    const { owner, repo } = this.run;
    try {
      const octokit = await loadOctokit(this.token, this.run.apiUrl);
      const branch =
        this.run.defaultBranch ?? (await octokit.rest.repos.get({ owner, repo })).data.default_branch;
      const query = { owner, repo, name, per_page: 100 };
      const pages = octokit.paginate.iterator(octokit.rest.actions.listArtifactsForRepo, query);
      const best = await newestOf(pages, (artifact) => fromDefaultBranch(artifact, name, branch));
      if (!best) {
        this.log(`no unexpired artifact ${name} from the ${branch} branch`);
        return false;
      }
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(best.id, {
        path: dir,
        findBy: {
          token: this.token,
          workflowRunId: best.workflow_run?.id as number,
          repositoryOwner: owner,
          repositoryName: repo,
        },
      });
      this.log(
        `artifact ${name} (id ${best.id}) from ${branch}, made ${best.created_at ?? 'at an unknown time'}`,
      );
      return true;
    } catch (error) {
      if (isPermissionDenied(error)) {
        this.log(
          `the token may not read artifacts (403; the job needs \`permissions: actions: read\`): ${name} not used`,
        );
        return false;
      }
      throw requestFailure(`fetching the artifact ${name} of the default branch`, error, this.token);
    }
  }
}

/** Off GitHub there are no branches: the artifact folder of that name is the newest there is. */
export class LocalHistoryArtifacts implements HistoryArtifacts {
  constructor(private readonly store: ArtifactStore) {}

  newestFromDefaultBranch(name: string, dir: string): Promise<boolean> {
    return this.store.download(name, dir);
  }
}
