/**
 * The environment the test command starts from. A JavaScript action receives credentials that a plain
 * `run:` step never sees: the Actions runtime token and service URLs (artifacts, cache, results) and, with
 * `id-token: write`, the OIDC request token. Test code from a pull request must not get them: with the
 * runtime token it could poison the cache or upload artifacts in the workflow's name. Nor does it get the
 * runner's command files (GITHUB_ENV, GITHUB_PATH, GITHUB_OUTPUT, GITHUB_STATE, GITHUB_STEP_SUMMARY), through
 * which it could set variables for later steps (the file form of the workflow commands its output cannot
 * issue), nor the action's own inputs (INPUT_*).
 *
 * This is defence in depth, not a sandbox: the tests run as the same user as this process and could still
 * read its environment from /proc. Untrusted code belongs in workflows whose tokens are read-only.
 */
const WITHHELD = new RegExp(
  '^(' +
    [
      'ACTIONS_RUNTIME_TOKEN',
      'ACTIONS_RUNTIME_URL',
      'ACTIONS_RESULTS_URL',
      'ACTIONS_CACHE_URL',
      'ACTIONS_CACHE_SERVICE_V2',
      'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
      'ACTIONS_ID_TOKEN_REQUEST_URL',
      'GITHUB_ENV',
      'GITHUB_PATH',
      'GITHUB_OUTPUT',
      'GITHUB_STATE',
      'GITHUB_STEP_SUMMARY',
      'INPUT_.*',
    ].join('|') +
    ')$',
  'i',
);

export function childEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !WITHHELD.test(key)) out[key] = value;
  }
  return out;
}
