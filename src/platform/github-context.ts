import { existsSync, readFileSync } from 'node:fs';

/** What the feedback calls need to know about this workflow run, read once from the runner's environment. */
export interface GitHubRunContext {
  owner: string;
  repo: string;
  apiUrl: string;
  eventName: string;
  /** The pull request this run is about (pull_request events only). */
  pullNumber?: number;
  /** The commit a check run belongs to: the PR head for pull_request events (GITHUB_SHA is the merge commit). */
  headSha?: string;
  /** The repository's default branch when the event payload names it. */
  defaultBranch?: string;
  /** Why this run's token cannot write (fork pull request, Dependabot); undefined when it may. */
  readOnlyReason?: string;
  /**
   * A workflow_run event after a pull_request run: the head that pull request must have. The pull request is
   * looked up by it, because the run's `pull_requests` list is empty for forks and a number read from an
   * artifact is the fork's to choose.
   */
  triggeringHead?: PullRequestHead;
}

export interface PullRequestHead {
  /** `owner/name` of the repository the branch lives in (a fork's, for a fork). */
  repo: string;
  owner: string;
  branch: string;
  sha: string;
}

interface EventPayload {
  pull_request?: {
    number?: number;
    head?: { sha?: string; repo?: { full_name?: string; fork?: boolean; owner?: { login?: string } } | null };
  };
  repository?: { default_branch?: string };
  workflow_run?: {
    event?: string;
    head_sha?: string;
    head_branch?: string;
    head_repository?: { full_name?: string; owner?: { login?: string } };
  };
}

/** Reads GITHUB_REPOSITORY, GITHUB_EVENT_NAME and the event payload at GITHUB_EVENT_PATH. */
export function readRunContext(env: NodeJS.ProcessEnv): GitHubRunContext {
  const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const eventName = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const pr = isPullRequestEvent(eventName) ? payload.pull_request : undefined;
  const triggeringHead = headOfTriggeringRun(eventName, payload.workflow_run);
  return {
    owner,
    repo,
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
    eventName,
    pullNumber: typeof pr?.number === 'number' ? pr.number : undefined,
    // On workflow_run, GITHUB_SHA is the default branch's tip: the check belongs on the triggering run's commit.
    headSha:
      pr?.head?.sha ||
      (eventName === 'workflow_run' ? payload.workflow_run?.head_sha : undefined) ||
      env.GITHUB_SHA ||
      undefined,
    defaultBranch: payload.repository?.default_branch || undefined,
    readOnlyReason: readOnlyReason(eventName, pr, owner, repo, env.GITHUB_ACTOR),
    triggeringHead,
  };
}

function headOfTriggeringRun(
  eventName: string,
  run: EventPayload['workflow_run'],
): PullRequestHead | undefined {
  if (eventName !== 'workflow_run' || run?.event !== 'pull_request') return undefined;
  const repo = run.head_repository?.full_name;
  const owner = run.head_repository?.owner?.login;
  if (!repo || !owner || !run.head_branch || !run.head_sha) return undefined;
  return { repo, owner, branch: run.head_branch, sha: run.head_sha };
}

function isPullRequestEvent(eventName: string): boolean {
  return eventName === 'pull_request' || eventName === 'pull_request_target';
}

/**
 * GitHub gives pull_request runs from forks (and Dependabot's) a read-only token whatever the workflow's
 * `permissions:` say, so every write would answer 403: better to know before calling.
 */
function readOnlyReason(
  eventName: string,
  pr: EventPayload['pull_request'],
  owner: string,
  repo: string,
  actor: string | undefined,
): string | undefined {
  if (eventName !== 'pull_request' || !pr) return undefined;
  const head = pr.head?.repo;
  const full = `${owner}/${repo}`.toLowerCase();
  if (!head || !head.full_name) return 'the pull request comes from a deleted fork: its token is read-only';
  const fromOtherOwner =
    head.owner?.login !== undefined && head.owner.login.toLowerCase() !== owner.toLowerCase();
  if (head.full_name.toLowerCase() !== full || (head.fork === true && fromOtherOwner)) {
    return 'the pull request comes from a fork: its token is read-only';
  }
  if (actor === 'dependabot[bot]') return 'Dependabot pull requests get a read-only token';
  return undefined;
}

function readPayload(path: string | undefined): EventPayload {
  if (!path || !existsSync(path)) return {};
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
    return parsed && typeof parsed === 'object' ? (parsed as EventPayload) : {};
  } catch {
    // A payload we cannot read means no pull request is known: feedback falls back to the summary.
    return {};
  }
}
