import {
  paginate,
  type GitHubApiState,
  type StoredCheckRun,
  type StoredComment,
  type TokenGrant,
} from './github-api-state.js';

/** A validated request, ready for its operation. */
export interface Call {
  url: URL;
  params: Record<string, string>;
  body: Record<string, unknown>;
  grant: TokenGrant;
}

export interface Reply {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

const COMMENT_MAX_CHARS = 65_536;
const ANNOTATIONS_PER_REQUEST = 50;

/** What each GitHub operation does to the stand-in's state, and what it answers. */
export class GitHubApiHandlers {
  constructor(
    private readonly state: GitHubApiState,
    private readonly repository: string,
    private readonly defaultBranch: string,
    private readonly baseUrl: () => string,
  ) {}

  operate(operationId: string, call: Call): Reply {
    switch (operationId) {
      case 'checks/create':
        return this.createCheckRun(call);
      case 'checks/update':
        return this.updateCheckRun(call);
      case 'issues/list-comments':
        return this.listed(paginate(this.state.commentsOf(Number(call.params.issue_number)), call.url), (c) =>
          this.comment(c),
        );
      case 'issues/create-comment':
        return this.createComment(call);
      case 'issues/update-comment':
        return this.updateComment(call);
      case 'users/get-authenticated':
        // GitHub answers an installation token (GITHUB_TOKEN) so: it has no user.
        if (call.grant.type === 'Bot')
          return { status: 403, json: { message: 'Resource not accessible by integration' } };
        return { status: 200, json: { login: call.grant.login, id: 1, type: call.grant.type } };
      case 'repos/get':
        return {
          status: 200,
          json: {
            id: 1,
            full_name: this.repository,
            default_branch: this.defaultBranch,
          },
        };
      case 'pulls/list':
        return this.listed(paginate(this.filterPulls(call.url), call.url), (pr) => ({
          ...pr,
          head: { ...pr.head, label: `${pr.head.repo.full_name.split('/')[0]}:${pr.head.ref}` },
        }));
      case 'actions/list-artifacts-for-repo':
        return this.listArtifacts(call);
      case 'actions/download-artifact':
        return this.downloadArtifact(call);
      default:
        return notFound();
    }
  }

  private createCheckRun({ body }: Call): Reply {
    const output = (body.output ?? {}) as { title?: string; summary?: string; annotations?: unknown[] };
    const annotations = output.annotations ?? [];
    if (annotations.length > ANNOTATIONS_PER_REQUEST) return tooManyAnnotations(annotations.length);
    const run: StoredCheckRun = {
      id: this.state.nextId(),
      name: String(body.name),
      head_sha: String(body.head_sha),
      status: body.conclusion !== undefined ? 'completed' : String(body.status ?? 'queued'),
      conclusion: body.conclusion as string | undefined,
      output: { title: output.title, summary: output.summary },
      annotations: [...annotations],
    };
    this.state.checkRuns.set(run.id, run);
    return { status: 201, json: this.checkRun(run) };
  }

  private updateCheckRun({ body, params }: Call): Reply {
    const run = this.state.checkRuns.get(Number(params.check_run_id));
    if (!run) return notFound();
    const output = body.output as { title?: string; summary?: string; annotations?: unknown[] } | undefined;
    const annotations = output?.annotations ?? [];
    if (annotations.length > ANNOTATIONS_PER_REQUEST) return tooManyAnnotations(annotations.length);
    if (output) {
      run.output = { title: output.title, summary: output.summary };
      // Annotations are appended to the ones the check run has, as GitHub does.
      run.annotations.push(...annotations);
    }
    if (body.conclusion !== undefined)
      Object.assign(run, { conclusion: body.conclusion, status: 'completed' });
    else if (body.status !== undefined) run.status = String(body.status);
    return { status: 200, json: this.checkRun(run) };
  }

  private createComment({ body, params, grant }: Call): Reply {
    const text = String(body.body);
    if ([...text].length > COMMENT_MAX_CHARS) return commentTooLong();
    const issue = Number(params.issue_number);
    const id = this.state.seedComment(issue, text, { login: grant.login, type: grant.type });
    return { status: 201, json: this.comment(this.state.findComment(id) as StoredComment) };
  }

  private updateComment({ body, params }: Call): Reply {
    const comment = this.state.findComment(Number(params.comment_id));
    if (!comment) return notFound();
    const text = String(body.body);
    if ([...text].length > COMMENT_MAX_CHARS) return commentTooLong();
    comment.body = text;
    comment.updated += 1;
    return { status: 200, json: this.comment(comment) };
  }

  /** GitHub's `state` (default open) and `head` (`owner:branch`) filters. */
  private filterPulls(url: URL) {
    const state = url.searchParams.get('state') ?? 'open';
    const head = url.searchParams.get('head');
    return this.state.pulls.filter((pr) => {
      if (state !== 'all' && pr.state !== state) return false;
      if (head === null) return true;
      const [owner, ...ref] = head.split(':');
      return pr.head.repo.full_name.split('/')[0] === owner && pr.head.ref === ref.join(':');
    });
  }

  private listArtifacts({ url }: Call): Reply {
    const name = url.searchParams.get('name');
    const matching = this.state.artifacts
      .filter((a) => name === null || a.name === name)
      .sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at));
    const page = paginate(matching, url);
    const artifacts = page.items.map(({ files: _files, ...a }) => ({
      ...a,
      node_id: `A_${a.id}`,
      size_in_bytes: 100,
      url: `${this.baseUrl()}/repos/${this.repository}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.baseUrl()}/repos/${this.repository}/actions/artifacts/${a.id}/zip`,
      expires_at: a.created_at,
      updated_at: a.created_at,
    }));
    return {
      status: 200,
      json: { total_count: matching.length, artifacts },
      headers: page.link ? { link: page.link } : {},
    };
  }

  private downloadArtifact({ params }: Call): Reply {
    const artifact = this.state.artifacts.find((a) => a.id === Number(params.artifact_id));
    if (!artifact || params.archive_format !== 'zip') return notFound();
    if (artifact.expired) return { status: 410, json: { message: 'Artifact has expired' } };
    return { status: 302, headers: { location: `${this.baseUrl()}/_blob/${artifact.id}.zip` } };
  }

  private listed<T>(page: { items: T[]; link?: string }, render: (item: T) => unknown): Reply {
    return { status: 200, json: page.items.map(render), headers: page.link ? { link: page.link } : {} };
  }

  private checkRun(run: StoredCheckRun): unknown {
    const { annotations, ...rest } = run;
    return {
      ...rest,
      html_url: `https://github.com/${this.repository}/runs/${run.id}`,
      output: { ...run.output, annotations_count: annotations.length },
    };
  }

  private comment(c: StoredComment): unknown {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user.login, type: c.user.type },
      html_url: `https://github.com/${this.repository}/pull/0#issuecomment-${c.id}`,
    };
  }
}

function tooManyAnnotations(count: number): Reply {
  return {
    status: 422,
    json: { message: `Only ${ANNOTATIONS_PER_REQUEST} annotations are allowed per request; got ${count}` },
  };
}

function commentTooLong(): Reply {
  return {
    status: 422,
    json: {
      message: 'Validation Failed',
      errors: [
        {
          resource: 'IssueComment',
          code: 'custom',
          field: 'body',
          message: `body is too long (maximum is ${COMMENT_MAX_CHARS} characters)`,
        },
      ],
    },
  };
}

export function notFound(): Reply {
  return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}
