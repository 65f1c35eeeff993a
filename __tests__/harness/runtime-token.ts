import { createHmac, timingSafeEqual } from 'node:crypto';

/** One cache scope of a runtime token: a git ref and what the job may do there. */
export interface CacheScope {
  scope: string;
  read: boolean;
  write: boolean;
}

export interface RuntimeClaims {
  workflowRunBackendId: string;
  workflowJobRunBackendId: string;
  /** In the order the service searches them: the job's own ref first, then its base, then the default branch. */
  cacheScopes: CacheScope[];
}

// GitHub's runtime token carries cache permissions as bit flags in its `ac` claim.
const READ = 1;
const WRITE = 2;

const base64url = (data: string | Buffer) => Buffer.from(data).toString('base64url');

/**
 * A JWT shaped like the runner's ACTIONS_RUNTIME_TOKEN: the artifact client reads the backend ids from the
 * `Actions.Results:<run>:<job>` entry of the `scp` claim; the cache service reads the `ac` claim (a JSON string
 * of `{Scope, Permission}`). Signed with the harness's own key, so the stand-in can refuse a forged token.
 */
export function signRuntimeToken(claims: RuntimeClaims, key: string): string {
  const header = base64url(JSON.stringify({ alg: 'HS256', typ: 'JWT' }));
  const now = Math.floor(Date.now() / 1000);
  const payload = base64url(
    JSON.stringify({
      scp: `Actions.ExampleScope Actions.Results:${claims.workflowRunBackendId}:${claims.workflowJobRunBackendId}`,
      ac: JSON.stringify(
        claims.cacheScopes.map((s) => ({
          Scope: s.scope,
          Permission: (s.read ? READ : 0) | (s.write ? WRITE : 0),
        })),
      ),
      iat: now,
      exp: now + 6 * 3600,
    }),
  );
  return `${header}.${payload}.${sign(`${header}.${payload}`, key)}`;
}

/** The claims of a token this harness signed, or undefined for anything else. */
export function verifyRuntimeToken(token: string, key: string): RuntimeClaims | undefined {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) return undefined;
  const expected = Buffer.from(sign(`${header}.${payload}`, key));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  const body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { scp: string; ac: string };
  const results = body.scp.split(' ').find((s) => s.startsWith('Actions.Results:'));
  if (!results) return undefined;
  const [, workflowRunBackendId, workflowJobRunBackendId] = results.split(':');
  const scopes = JSON.parse(body.ac) as Array<{ Scope: string; Permission: number }>;
  return {
    workflowRunBackendId,
    workflowJobRunBackendId,
    cacheScopes: scopes.map((s) => ({
      scope: s.Scope,
      read: (s.Permission & READ) !== 0,
      write: (s.Permission & WRITE) !== 0,
    })),
  };
}

function sign(data: string, key: string): string {
  return createHmac('sha256', key).update(data).digest('base64url');
}
