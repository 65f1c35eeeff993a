import { join } from 'node:path';
import { LocalArtifactStore } from './artifact-store.js';
import { GitHubFeedback } from './github-feedback.js';
import { GitHubHistoryArtifacts, LocalHistoryArtifacts } from './history-artifacts.js';
import { LocalFeedback } from './local-feedback.js';
import { localStateDir } from './select.js';
import type { HistoryArtifacts, PullRequestFeedback } from './types.js';

/**
 * The REST API's twins on a GitHub runner (GITHUB_REPOSITORY is set there): with no token they say so, in one
 * line, instead of quietly writing files nobody sees. Anywhere else the local twins write under `.shardproof/`.
 */
function onGitHub(token: string, env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.GITHUB_REPOSITORY) && (token !== '' || env.GITHUB_ACTIONS === 'true');
}

export function chooseFeedback(token: string, env: NodeJS.ProcessEnv = process.env): PullRequestFeedback {
  if (onGitHub(token, env)) return new GitHubFeedback(token, env);
  return new LocalFeedback(join(localStateDir(env), 'feedback'));
}

export function chooseHistoryArtifacts(
  token: string,
  log: (message: string) => void,
  env: NodeJS.ProcessEnv = process.env,
): HistoryArtifacts {
  if (onGitHub(token, env)) return new GitHubHistoryArtifacts(token, env, log);
  return new LocalHistoryArtifacts(new LocalArtifactStore(localStateDir(env)));
}
