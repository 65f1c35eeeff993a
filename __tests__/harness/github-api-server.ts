import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  GitHubApiState,
  paginate,
  type StoredCheckRun,
  type StoredComment,
  type TokenGrant,
} from './github-api-state.js';
import { loadOperations, validate, type Operation } from './openapi-validator.js';
import { storedZip } from './stored-zip.js';

export type { TokenGrant } from './github-api-state.js';

/** One request as the stand-in saw it, for assertions. */
export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  operationId?: string;
  authorization?: string;
  body?: unknown;
  status: number;
  /** Why the body or parameters were refused (schema or limit), empty when they were valid. */
  problems: string[];
}

export interface GitHubApiServerOptions {
  /** `owner/name` of the one repository served; others answer 404. */
  repository: string;
  tokens: Record<string, TokenGrant>;
  defaultBranch?: string;
}

interface Call {
  url: URL;
  params: Record<string, string>;
  body: Record<string, unknown>;
  grant: TokenGrant;
}

interface Reply {
  status: number;
  json?: unknown;
  headers?: Record<string, string>;
}

const COMMENT_MAX_CHARS = 65_536;
const ANNOTATIONS_PER_REQUEST = 50;

const OPERATIONS = loadOperations([
  'checks/create',
  'checks/update',
  'issues/list-comments',
  'issues/create-comment',
  'issues/update-comment',
  'users/get-authenticated',
  'repos/get',
  'pulls/list',
  'actions/list-artifacts-for-repo',
  'actions/download-artifact',
]);

/**
 * A stand-in for api.github.com on 127.0.0.1, for the real octokit: routes come from GitHub's OpenAPI
 * description, each request's parameters and body are validated against it, GitHub's limits are enforced
 * (51 annotations in one request, a comment over 65,536 characters: 422; a write with a read-only token: 403;
 * an unknown route: 404), and every request is recorded.
 */
export class GitHubApiServer {
  readonly requests: RecordedRequest[] = [];
  readonly state = new GitHubApiState();
  url = '';
  private readonly server: Server;

  private constructor(private readonly options: GitHubApiServerOptions) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  static async start(options: GitHubApiServerOptions): Promise<GitHubApiServer> {
    const api = new GitHubApiServer(options);
    await new Promise<void>((resolve) => api.server.listen(0, '127.0.0.1', resolve));
    api.url = `http://127.0.0.1:${(api.server.address() as AddressInfo).port}`;
    return api;
  }

  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  /** Requests that would change something (everything but GET/HEAD). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      authorization: req.headers.authorization,
      status: 0,
      problems: [],
    };
    this.requests.push(record);
    const blob = /^\/_blob\/(\d+)\.zip$/.exec(url.pathname);
    if (blob && record.method === 'GET') return this.sendBlob(Number(blob[1]), res, record);
    const reply = this.route(record, url, raw);
    record.status = reply.status;
    res.writeHead(reply.status, { 'content-type': 'application/json; charset=utf-8', ...reply.headers });
    res.end(reply.json === undefined ? '' : JSON.stringify(reply.json));
  }

  private route(record: RecordedRequest, url: URL, raw: string): Reply {
    const match = findOperation(record.method, url.pathname);
    if (!match) return notFound();
    record.operationId = match.op.operationId;
    const { owner, repo } = match.params;
    if (owner !== undefined && `${owner}/${repo}`.toLowerCase() !== this.options.repository.toLowerCase())
      return notFound();
    const token = /^(?:token|bearer)\s+(.+)$/i.exec(record.authorization ?? '')?.[1];
    const grant = token === undefined ? undefined : this.options.tokens[token];
    if (!grant) return { status: 401, json: { message: 'Bad credentials' } };
    if (grant.permission === 'none' || (record.method !== 'GET' && grant.permission !== 'write')) {
      return { status: 403, json: { message: 'Resource not accessible by integration' } };
    }
    let body: Record<string, unknown> = {};
    if (raw !== '') {
      try {
        record.body = body = JSON.parse(raw) as Record<string, unknown>;
      } catch {
        return { status: 400, json: { message: 'Problems parsing JSON' } };
      }
    }
    record.problems = [
      ...checkParameters(match.op, match.params, url),
      ...checkBody(match.op, raw === '' ? undefined : body),
      ...documentedRules(match.op.operationId, body),
    ];
    if (record.problems.length)
      return { status: 422, json: { message: 'Invalid request.', errors: record.problems } };
    return this.operate(match.op.operationId, { url, params: match.params, body, grant });
  }

  private operate(operationId: string, call: Call): Reply {
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
            full_name: this.options.repository,
            default_branch: this.options.defaultBranch ?? 'main',
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
      url: `${this.url}/repos/${this.options.repository}/actions/artifacts/${a.id}`,
      archive_download_url: `${this.url}/repos/${this.options.repository}/actions/artifacts/${a.id}/zip`,
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
    return { status: 302, headers: { location: `${this.url}/_blob/${artifact.id}.zip` } };
  }

  private sendBlob(id: number, res: ServerResponse, record: RecordedRequest): void {
    const artifact = this.state.artifacts.find((a) => a.id === id);
    record.status = artifact ? 200 : 404;
    if (!artifact) return void res.writeHead(404).end();
    const zip = storedZip(artifact.files);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
    res.end(zip);
  }

  private listed<T>(page: { items: T[]; link?: string }, render: (item: T) => unknown): Reply {
    return { status: 200, json: page.items.map(render), headers: page.link ? { link: page.link } : {} };
  }

  private checkRun(run: StoredCheckRun): unknown {
    const { annotations, ...rest } = run;
    return {
      ...rest,
      html_url: `https://github.com/${this.options.repository}/runs/${run.id}`,
      output: { ...run.output, annotations_count: annotations.length },
    };
  }

  private comment(c: StoredComment): unknown {
    return {
      id: c.id,
      body: c.body,
      user: { login: c.user.login, type: c.user.type },
      html_url: `https://github.com/${this.options.repository}/pull/0#issuecomment-${c.id}`,
    };
  }
}

function findOperation(
  method: string,
  path: string,
): { op: Operation; params: Record<string, string> } | undefined {
  for (const op of OPERATIONS.values()) {
    if (op.method !== method) continue;
    const m = op.pattern.exec(path);
    if (!m) continue;
    const params = Object.fromEntries(op.pathParams.map((name, i) => [name, decodeURIComponent(m[i + 1])]));
    return { op, params };
  }
  return undefined;
}

/** Path and query parameters, typed as the description says (they arrive as text). */
function checkParameters(op: Operation, pathParams: Record<string, string>, url: URL): string[] {
  const problems: string[] = [];
  for (const p of op.parameters) {
    const text =
      p.in === 'path' ? pathParams[p.name] : p.in === 'query' ? url.searchParams.get(p.name) : undefined;
    if (text === undefined || text === null) {
      if (p.required) problems.push(`${p.in} parameter ${p.name}: required`);
      continue;
    }
    const value =
      p.schema.type === 'integer' || p.schema.type === 'number'
        ? Number(text)
        : p.schema.type === 'boolean'
          ? text === 'true'
          : text;
    problems.push(...validate(p.schema, value, `${p.in} parameter ${p.name}`));
  }
  return problems;
}

function checkBody(op: Operation, body: unknown): string[] {
  if (!op.body) return body === undefined ? [] : ['body: this operation takes none'];
  if (body === undefined) return op.body.required ? ['body: required'] : [];
  return validate(op.body.schema, body);
}

/** Requirements GitHub states only in a description's prose, not in the schema. */
function documentedRules(operationId: string, body: Record<string, unknown>): string[] {
  const output = body.output as Record<string, unknown> | undefined;
  // checks/update: output.title is "**Required**." in the text; the schema requires only summary.
  if (operationId === 'checks/update' && output && !('title' in output))
    return ['body.output.title: required'];
  return [];
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

function notFound(): Reply {
  return { status: 404, json: { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' } };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
