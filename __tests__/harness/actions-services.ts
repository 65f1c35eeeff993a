import { randomBytes } from 'node:crypto';
import { ArtifactService } from './artifact-service.js';
import { startAzurite } from './azurite.js';
import { BlobSigner } from './blob-signer.js';
import { CacheService } from './cache-service.js';
import { signRuntimeToken, type CacheScope } from './runtime-token.js';
import { TwirpServer, type TwirpCall } from './twirp-server.js';

export const REPOSITORY = 'octo-org/octo-repo';
export const DEFAULT_BRANCH = 'refs/heads/main';

/** Which job of which workflow run the environment is for. */
export interface JobOptions {
  /** GITHUB_RUN_ID; attempts of one run share its artifacts (a re-run keeps the earlier attempt's). */
  runId?: number;
  /** GITHUB_RUN_ATTEMPT */
  attempt?: number;
  /** GITHUB_JOB; with the run and attempt it makes the job's backend id. */
  job?: string;
  /** GITHUB_REF, the job's own cache scope (e.g. refs/pull/7/merge); default: the default branch. */
  ref?: string;
  /** A pull request's base branch (refs/heads/...), readable after the job's own ref. */
  baseRef?: string;
  /** A fork's pull request: the token may read caches but never write them. */
  readOnlyCache?: boolean;
  /** ACTIONS_CACHE_MODE as the runner exports it (none, read, write, write-only); unset by default. */
  cacheMode?: string;
}

export interface ActionsServices {
  /** The environment of run 1, attempt 1, job `test` on the default branch. */
  env: Record<string, string>;
  envFor(job: JobOptions): Record<string, string>;
  /** The next `count` calls of a Twirp method (e.g. 'CreateArtifact', 'CreateCacheEntry') answer 500. */
  failNext(method: string, count: number): void;
  /** Every Twirp call answered, in order, with its status. */
  calls: TwirpCall[];
  artifacts: ArtifactService;
  cache: CacheService;
  stop(): Promise<void>;
}

export interface ServiceOptions {
  /** GitHub allows 200 cache uploads per minute per repository. */
  cacheUploadsPerMinute?: number;
}

/**
 * Starts Azurite and, in this process, a stand-in for GitHub's results service (the Twirp artifact and cache
 * services that the real @actions/artifact and @actions/cache clients call), both on 127.0.0.1 only.
 * Everything a test started is stopped by `stop()`.
 */
export async function startActionsServices(options: ServiceOptions = {}): Promise<ActionsServices> {
  const azurite = await startAzurite();
  let server: TwirpServer | undefined;
  try {
    const blobs = new BlobSigner(azurite.accountUrl, 'actions-results');
    await blobs.create();
    const artifacts = new ArtifactService(blobs);
    const cache = new CacheService(blobs, options.cacheUploadsPerMinute);
    const tokenKey = randomBytes(32).toString('hex');
    server = new TwirpServer({ ...artifacts.handlers(), ...cache.handlers() }, tokenKey);
    const resultsUrl = await server.listen();
    const twirp = server;
    const envFor = (job: JobOptions) => jobEnvironment(job, resultsUrl, tokenKey);
    return {
      env: envFor({}),
      envFor,
      failNext: (method, count) => twirp.failNext(method, count),
      calls: twirp.calls,
      artifacts,
      cache,
      stop: async () => {
        await twirp.close();
        await azurite.stop();
      },
    };
  } catch (error) {
    await server?.close();
    await azurite.stop();
    throw error;
  }
}

/** The results service's id of a workflow run (GITHUB_RUN_ID); its attempts share it. */
export function runBackendId(runId: number): string {
  return `run-${runId}`;
}

function jobEnvironment(job: JobOptions, resultsUrl: string, tokenKey: string): Record<string, string> {
  const runId = job.runId ?? 1;
  const attempt = job.attempt ?? 1;
  const name = job.job ?? 'test';
  const ref = job.ref ?? DEFAULT_BRANCH;
  const scopes: CacheScope[] = [{ scope: ref, read: true, write: !job.readOnlyCache }];
  for (const readable of [job.baseRef, DEFAULT_BRANCH])
    if (readable && !scopes.some((s) => s.scope === readable))
      scopes.push({ scope: readable, read: true, write: false });
  const token = signRuntimeToken(
    {
      workflowRunBackendId: runBackendId(runId),
      workflowJobRunBackendId: `run-${runId}-attempt-${attempt}-${name}`,
      cacheScopes: scopes,
    },
    tokenKey,
  );
  return {
    GITHUB_ACTIONS: 'true',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_RUN_ID: String(runId),
    GITHUB_RUN_ATTEMPT: String(attempt),
    GITHUB_JOB: name,
    GITHUB_REF: ref,
    ACTIONS_RUNTIME_TOKEN: token,
    ACTIONS_RESULTS_URL: resultsUrl,
    ACTIONS_CACHE_URL: resultsUrl,
    ACTIONS_CACHE_SERVICE_V2: 'true',
    ...(job.cacheMode ? { ACTIONS_CACHE_MODE: job.cacheMode } : {}),
  };
}
