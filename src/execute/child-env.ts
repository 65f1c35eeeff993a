/**
 * The environment the test command starts from. A JavaScript action receives credentials that a plain
 * `run:` step never sees: the Actions runtime token and service URLs (artifacts, cache, results) and, with
 * `id-token: write`, the OIDC request token. Test code from a pull request must not get them: with the runtime
 * token it could poison the cache or upload artifacts in the workflow's name. The action's own inputs
 * (INPUT_*) are no business of the tests either.
 */
const WITHHELD =
  /^(ACTIONS_RUNTIME_TOKEN|ACTIONS_RUNTIME_URL|ACTIONS_RESULTS_URL|ACTIONS_CACHE_URL|ACTIONS_CACHE_SERVICE_V2|ACTIONS_ID_TOKEN_REQUEST_TOKEN|ACTIONS_ID_TOKEN_REQUEST_URL|INPUT_.*)$/i;

export function childEnvironment(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    if (value !== undefined && !WITHHELD.test(key)) out[key] = value;
  }
  return out;
}
