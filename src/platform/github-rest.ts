import type { getOctokit } from '@actions/github';

export type Octokit = ReturnType<typeof getOctokit>;

/**
 * @actions/github's octokit, loaded on first use so a bundle that never calls the REST API starts without it.
 * The base URL is passed explicitly: @actions/github reads GITHUB_API_URL once, when the module is loaded.
 */
export async function loadOctokit(token: string, apiUrl: string): Promise<Octokit> {
  const github = await import('@actions/github');
  return github.getOctokit(token, { baseUrl: apiUrl });
}

/** The HTTP status of an octokit RequestError, if the error is one. */
export function httpStatus(error: unknown): number | undefined {
  const status = (error as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/**
 * A 403 that means "this token may not do that" (GitHub says "Resource not accessible by integration" to a
 * GITHUB_TOKEN without the permission), as opposed to a rate limit, which GitHub also answers with 403.
 */
export function isPermissionDenied(error: unknown): boolean {
  if (httpStatus(error) !== 403) return false;
  const headers = (error as { response?: { headers?: Record<string, unknown> } }).response?.headers ?? {};
  if (String(headers['x-ratelimit-remaining'] ?? '') === '0') return false;
  return !/rate limit/i.test(messageOf(error));
}

/**
 * One line for a warning: the status and GitHub's message, with the token cut out wherever it appears
 * (a token must never reach a log line, even through an error message of a library).
 */
export function describeRequestError(error: unknown, token: string): string {
  const status = httpStatus(error);
  const firstLine = messageOf(error).split(/\r?\n/)[0].slice(0, 500);
  const text = status === undefined ? firstLine : `HTTP ${status}: ${firstLine}`;
  return redactToken(text, token);
}

/** Replaces every occurrence of the token in `text`. */
export function redactToken(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('***') : text;
}

/** An error for the caller to warn with: its message is redacted and it keeps no request (headers) with it. */
export function requestFailure(what: string, error: unknown, token: string): Error {
  return new Error(`${what} failed: ${describeRequestError(error, token)}`);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
