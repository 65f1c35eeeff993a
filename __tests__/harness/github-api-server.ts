import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitHubApiHandlers, notFound, type Reply } from './github-api-handlers.js';
import { GitHubApiState, type TokenGrant } from './github-api-state.js';
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
  private readonly handlers: GitHubApiHandlers;
  private readonly faults: { operationId: string; status: number }[] = [];

  private constructor(private readonly options: GitHubApiServerOptions) {
    this.server = createServer((req, res) => void this.handle(req, res));
    this.handlers = new GitHubApiHandlers(
      this.state,
      options.repository,
      options.defaultBranch ?? 'main',
      () => this.url,
    );
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

  /** Answers the next valid request of this operation with `status` (a GitHub outage mid-way), once. */
  failNext(operationId: string, status: number): void {
    this.faults.push({ operationId, status });
  }

  /** Requests that would change something (everything but GET/HEAD). */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.method !== 'HEAD');
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const raw = await readBody(req);
    // For a test whose stand-in runs in another process (a bundle started with spawnSync blocks its own).
    if (url.pathname.startsWith('/_harness/')) return this.sendHarness(url.pathname, res);
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
    if (grant.permission === 'exhausted') {
      const reset = String(Math.ceil(Date.now() / 1000) + 3600);
      const headers = { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': reset };
      return { status: 403, json: { message: 'API rate limit exceeded for installation ID 1.' }, headers };
    }
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
    const fault = this.faults.findIndex((f) => f.operationId === match.op.operationId);
    if (fault >= 0) {
      const [{ status }] = this.faults.splice(fault, 1);
      return { status, json: { message: 'Server Error' } };
    }
    return this.handlers.operate(match.op.operationId, { url, params: match.params, body, grant });
  }

  /**
   * The recorded requests and the state, for a test in another process. The connection is closed after each
   * answer: that test blocks in spawnSync for seconds, and a kept-alive socket would be gone when it asks again.
   */
  private sendHarness(path: string, res: ServerResponse): void {
    const state = {
      checkRuns: [...this.state.checkRuns.values()],
      comments: Object.fromEntries(this.state.comments),
    };
    const body =
      path === '/_harness/requests' ? this.requests : path === '/_harness/state' ? state : undefined;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json', connection: 'close' });
    res.end(JSON.stringify(body ?? {}));
  }

  private sendBlob(id: number, res: ServerResponse, record: RecordedRequest): void {
    const artifact = this.state.artifacts.find((a) => a.id === id);
    record.status = artifact ? 200 : 404;
    if (!artifact) return void res.writeHead(404).end();
    const zip = storedZip(artifact.files);
    res.writeHead(200, { 'content-type': 'application/zip', 'content-length': String(zip.length) });
    res.end(zip);
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
  if (operationId !== 'checks/update' && operationId !== 'checks/create') return [];
  const problems: string[] = [];
  const output = body.output as { title?: unknown; annotations?: Record<string, unknown>[] } | undefined;
  // checks/update: output.title is "**Required**." in the text; the schema requires only summary.
  if (operationId === 'checks/update' && output && !('title' in output))
    problems.push('body.output.title: required');
  // An annotation's message and raw_details: "The maximum size is 64 KB."
  (output?.annotations ?? []).forEach((a, i) => {
    for (const field of ['message', 'raw_details']) {
      const bytes = typeof a[field] === 'string' ? Buffer.byteLength(a[field]) : 0;
      if (bytes > 64 * 1024)
        problems.push(`body.output.annotations[${i}].${field}: ${bytes} bytes, at most 65536`);
    }
  });
  return problems;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}
