/**
 * Which timing history a plan reads and its report job writes. One per workflow file: two workflows of a
 * repository plan different suites, and sharing one history made each report prune the other's files.
 * GITHUB_WORKFLOW_REF is `owner/repo/.github/workflows/ci.yml@refs/heads/main`; the ref is left out, so
 * a pull request reads the history its default branch saved. Off GitHub there is one history.
 */
export function historyScope(env: NodeJS.ProcessEnv): string {
  const ref = env.GITHUB_WORKFLOW_REF;
  if (!ref) return 'default';
  const path = ref.split('@')[0];
  const file = path.slice(path.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
  return file ? `workflow-${file}` : 'default';
}
