import type { ArtifactStore } from '../platform/types.js';

/** The artifact the plan job uploads and every shard job and the report job download. */
export const PLAN_ARTIFACT = 'shardproof-plan';
export const PLAN_FILE_NAME = 'plan.json';

/**
 * `shardproof-plan` in the first attempt of a workflow run, `shardproof-plan-a<k>` when "Re-run all jobs"
 * makes the plan again: the first attempt's artifact stays in the run, and a second one of its name is a 409.
 */
export function planArtifactName(attempt: number): string {
  return attempt > 1 ? `${PLAN_ARTIFACT}-a${attempt}` : PLAN_ARTIFACT;
}

export function runAttempt(env: NodeJS.ProcessEnv): number {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return Number.isInteger(attempt) && attempt > 0 ? attempt : 1;
}

/**
 * Downloads the newest plan of this workflow run made no later than `attempt` ("Re-run failed jobs" re-runs
 * a shard in attempt 2 against the plan of attempt 1). Returns the artifact's name, or undefined.
 */
export async function downloadNewestPlan(
  artifacts: ArtifactStore,
  dir: string,
  attempt: number,
): Promise<string | undefined> {
  const attemptOf = (name: string): number | undefined => {
    if (name === PLAN_ARTIFACT) return 1;
    const match = /^shardproof-plan-a(\d+)$/.exec(name);
    return match ? Number(match[1]) : undefined;
  };
  const candidates = (await artifacts.list())
    .map((a) => ({ name: a.name, attempt: attemptOf(a.name) }))
    .filter((c): c is { name: string; attempt: number } => c.attempt !== undefined && c.attempt <= attempt)
    .sort((a, b) => b.attempt - a.attempt);
  for (const candidate of candidates) {
    if (await artifacts.download(candidate.name, dir)) return candidate.name;
  }
  return undefined;
}
