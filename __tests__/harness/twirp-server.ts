import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { verifyRuntimeToken, type RuntimeClaims } from './runtime-token.js';

/** A Twirp error: its HTTP status and its JSON body `{code, msg}`, as GitHub's results service sends them. */
export class TwirpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export type TwirpHandler = (body: Record<string, unknown>, claims: RuntimeClaims) => Promise<object> | object;

/** One request as the stand-in answered it, for tests that check what the client did (a retry, say). */
export interface TwirpCall {
  method: string;
  status: number;
}

const MAX_BODY = 1024 * 1024;

/**
 * Twirp JSON over HTTP on loopback: `POST /twirp/<package.Service>/<Method>` with a JSON body and the runtime
 * token as a bearer credential. Faults can be injected per method: the next N calls answer 500.
 */
export class TwirpServer {
  readonly calls: TwirpCall[] = [];
  private readonly server: Server;
  private readonly faults = new Map<string, number>();

  constructor(
    private readonly handlers: Record<string, TwirpHandler>,
    private readonly tokenKey: string,
  ) {
    this.server = createServer((req, res) => void this.handle(req, res));
  }

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** The next `count` calls of `method` (e.g. 'CreateArtifact') answer HTTP 500 before reaching the handler. */
  failNext(method: string, count: number): void {
    if (!Object.keys(this.handlers).some((path) => path.endsWith(`/${method}`)))
      throw new Error(`the stand-in has no method ${method}`);
    this.faults.set(method, (this.faults.get(method) ?? 0) + count);
  }

  close(): Promise<void> {
    return new Promise((resolve) => {
      this.server.close(() => resolve());
      this.server.closeAllConnections();
    });
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const match = /^\/twirp\/([\w.]+\/(\w+))$/.exec(req.url ?? '');
    const method = match?.[2] ?? req.url ?? '';
    try {
      const body = await readJson(req);
      if (req.method !== 'POST' || !match || !this.handlers[match[1]])
        throw new TwirpError(404, 'bad_route', `no handler for ${req.method} ${req.url}`);
      const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
      const claims = token ? verifyRuntimeToken(token, this.tokenKey) : undefined;
      if (!claims) throw new TwirpError(401, 'unauthenticated', 'missing or invalid runtime token');
      const pending = this.faults.get(method) ?? 0;
      if (pending > 0) {
        this.faults.set(method, pending - 1);
        throw new TwirpError(500, 'internal', `injected fault (${pending - 1} more to come)`);
      }
      this.reply(res, method, 200, await this.handlers[match[1]](body, claims));
    } catch (error) {
      if (!(error instanceof TwirpError)) {
        this.reply(res, method, 500, { code: 'internal', msg: String(error) });
        return;
      }
      this.reply(res, method, error.status, { code: error.code, msg: error.message }, error.headers);
    }
  }

  private reply(
    res: ServerResponse,
    method: string,
    status: number,
    body: object,
    headers: Record<string, string> = {},
  ): void {
    this.calls.push({ method, status });
    res.writeHead(status, { 'content-type': 'application/json', ...headers });
    res.end(JSON.stringify(body));
  }
}

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY) throw new TwirpError(400, 'invalid_argument', 'request body too large');
    chunks.push(chunk);
  }
  if (size === 0) return {};
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
  } catch {
    throw new TwirpError(400, 'malformed', 'the body is not JSON');
  }
}
