import { describe, expect, it } from 'vitest';
import { describeRequestError, isPermissionDenied, requestFailure } from '../../src/platform/github-rest.js';

const TOKEN = 'ghs_0123456789abcdefSECRET';

/** The shape of an octokit RequestError: a status, a message, the response headers. */
function requestError(status: number, message: string, headers: Record<string, string> = {}): Error {
  return Object.assign(new Error(message), {
    status,
    response: { headers },
    request: { headers: { authorization: `token ${TOKEN}` } },
  });
}

describe('REST errors', () => {
  it('cut the token out of a message wherever a library put it, and keep no request with it', () => {
    const error = requestError(
      500,
      `proxy refused https://x-access-token:${TOKEN}@api.github.com\nsecond line ${TOKEN}`,
    );
    const failure = requestFailure('writing the comment', error, TOKEN);
    expect(failure.message).toBe(
      'writing the comment failed: HTTP 500: proxy refused https://x-access-token:***@api.github.com',
    );
    expect(JSON.stringify(failure)).not.toContain(TOKEN);
    expect(failure).not.toHaveProperty('request');
    expect(failure).not.toHaveProperty('cause');
  });

  it('a network error without a status is described by its message alone', () => {
    expect(describeRequestError(new Error('connect ECONNREFUSED 127.0.0.1:1'), TOKEN)).toBe(
      'connect ECONNREFUSED 127.0.0.1:1',
    );
  });

  it('tell a missing permission from a rate limit, both 403', () => {
    expect(isPermissionDenied(requestError(403, 'Resource not accessible by integration'))).toBe(true);
    expect(isPermissionDenied(requestError(403, 'API rate limit exceeded for installation'))).toBe(false);
    expect(isPermissionDenied(requestError(403, 'You have exceeded a secondary rate limit'))).toBe(false);
    expect(isPermissionDenied(requestError(403, 'Forbidden', { 'x-ratelimit-remaining': '0' }))).toBe(false);
    expect(isPermissionDenied(requestError(404, 'Not Found'))).toBe(false);
  });
});
