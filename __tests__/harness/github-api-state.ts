/**
 * The state behind the GitHub REST stand-in: check runs, issue comments and artifacts, served consistently
 * (what one request writes, the next reads) with GitHub's pagination.
 */

export interface TokenGrant {
  /**
   * `none`: a token whose job gave it no permission for these endpoints (every call answers 403);
   * `exhausted`: a token past its rate limit (every call answers 403 with x-ratelimit-remaining: 0).
   */
  permission: 'write' | 'read' | 'none' | 'exhausted';
  login: string;
  type: 'Bot' | 'User';
}

export interface StoredComment {
  id: number;
  body: string;
  user: { login: string; type: 'Bot' | 'User' };
  updated: number;
}

export interface StoredCheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: string;
  conclusion?: string;
  output: { title?: string; summary?: string };
  annotations: unknown[];
}

export interface StoredArtifactRecord {
  id: number;
  name: string;
  expired: boolean;
  created_at: string;
  workflow_run: {
    id: number;
    repository_id: number;
    head_repository_id: number;
    head_branch: string;
    head_sha: string;
  };
  files: Record<string, string>;
}

export interface StoredPullRequest {
  number: number;
  state: 'open' | 'closed';
  head: { ref: string; sha: string; repo: { full_name: string } };
}

export interface Page<T> {
  items: T[];
  /** The Link header GitHub sends with a paginated listing, or undefined on a single page. */
  link?: string;
}

/** GitHub's pagination: per_page defaults to 30 and is capped at 100, pages count from 1. */
export function paginate<T>(items: readonly T[], url: URL): Page<T> {
  const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30));
  const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1);
  const last = Math.max(1, Math.ceil(items.length / perPage));
  const at = (n: number) => {
    const target = new URL(url);
    target.searchParams.set('per_page', String(perPage));
    target.searchParams.set('page', String(n));
    return target.toString();
  };
  const links: string[] = [];
  if (page > 1) links.push(`<${at(page - 1)}>; rel="prev"`, `<${at(1)}>; rel="first"`);
  if (page < last) links.push(`<${at(page + 1)}>; rel="next"`, `<${at(last)}>; rel="last"`);
  return {
    items: items.slice((page - 1) * perPage, page * perPage),
    link: links.length ? links.join(', ') : undefined,
  };
}

export class GitHubApiState {
  readonly checkRuns = new Map<number, StoredCheckRun>();
  /** Comments by issue (pull request) number, oldest first. */
  readonly comments = new Map<number, StoredComment[]>();
  readonly artifacts: StoredArtifactRecord[] = [];
  readonly pulls: StoredPullRequest[] = [];
  private lastId = 1000;

  nextId(): number {
    return ++this.lastId;
  }

  /** Adds a comment as if someone had written it earlier; returns its id. */
  seedComment(issue: number, body: string, user: StoredComment['user']): number {
    const id = this.nextId();
    this.commentsOf(issue).push({ id, body, user, updated: 0 });
    return id;
  }

  commentsOf(issue: number): StoredComment[] {
    let list = this.comments.get(issue);
    if (!list) this.comments.set(issue, (list = []));
    return list;
  }

  findComment(id: number): StoredComment | undefined {
    for (const list of this.comments.values()) {
      const found = list.find((c) => c.id === id);
      if (found) return found;
    }
    return undefined;
  }

  addArtifact(record: Omit<StoredArtifactRecord, 'id'> & { id?: number }): StoredArtifactRecord {
    const stored = { ...record, id: record.id ?? this.nextId() };
    this.artifacts.push(stored);
    return stored;
  }
}
