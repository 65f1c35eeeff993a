import { join } from 'node:path';
import { GitHubArtifactStore, LocalArtifactStore } from './artifact-store.js';
import { cacheAvailable, CacheTimingStore, FileTimingStore, type StoreLog } from './timing-store.js';
import type { ArtifactStore, TimingStore } from './types.js';

/** Where local twins keep their state when GitHub's services are not there. */
export function localStateDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.SHARDPROOF_STATE_DIR || join(process.cwd(), '.shardproof');
}

/** GitHub's artifact service when the runner granted it (only JavaScript actions get these), else a folder. */
export function chooseArtifactStore(env: NodeJS.ProcessEnv = process.env): ArtifactStore {
  if (env.ACTIONS_RUNTIME_TOKEN && env.ACTIONS_RESULTS_URL) return new GitHubArtifactStore(env);
  return new LocalArtifactStore(localStateDir(env));
}

/** The Actions cache when available (never off GitHub), else a file in the local state folder. */
export function chooseTimingStore(
  scope: string,
  log: StoreLog,
  env: NodeJS.ProcessEnv = process.env,
): TimingStore {
  if (cacheAvailable(env)) {
    const unique = `${env.GITHUB_RUN_ID ?? 'run'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}-${env.GITHUB_JOB ?? 'job'}`;
    return new CacheTimingStore(scope, env.RUNNER_TEMP || localStateDir(env), unique, log, env);
  }
  return new FileTimingStore(join(localStateDir(env), `timings-${scope}.json`));
}
