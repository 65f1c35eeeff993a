import { GitHubIO } from './github-io.js';
import { LocalIO } from './local-io.js';
import { chooseArtifactStore, chooseTimingStore, localStateDir } from './select.js';
import { join } from 'node:path';
import { LocalFeedback } from './local-feedback.js';
import { LocalHistoryArtifacts } from './history-artifacts.js';
import { chooseFeedback, chooseHistoryArtifacts } from './select-github.js';
import type { ActionIO, ArtifactStore, HistoryArtifacts, PullRequestFeedback, TimingStore } from './types.js';

/** Everything a step needs from the outside world, chosen once by the entry. */
export interface Services {
  io: ActionIO;
  artifacts: ArtifactStore;
  timings(scope: string): TimingStore;
  /** Check runs and the sticky comment (GitHub's REST API, or files locally). */
  feedback: PullRequestFeedback;
  /** The newest artifact of a name from the default branch: the timing history's fallback when the cache lost it. */
  history: HistoryArtifacts;
  env: NodeJS.ProcessEnv;
}

/**
 * The action entries: @actions/core for IO; artifact and cache twins as the runner allows; the REST API with the
 * `github-token` input (or GITHUB_TOKEN) for check runs, the comment and the history fallback.
 */
export function actionServices(env: NodeJS.ProcessEnv = process.env): Services {
  const io = new GitHubIO();
  const token = io.getInput('github-token') || env.GITHUB_TOKEN || '';
  return {
    io,
    artifacts: chooseArtifactStore(env),
    timings: (scope) => chooseTimingStore(scope, io, env),
    feedback: chooseFeedback(token, env),
    history: chooseHistoryArtifacts(token, (m) => io.info(m), env),
    env,
  };
}

/** The CLI: inputs from flags, logs to stderr, summary into the local state folder. */
export function localServices(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Services & { io: LocalIO } {
  const io = new LocalIO({ inputs, summaryPath: join(localStateDir(env), 'summary.md') });
  const artifacts = chooseArtifactStore(env);
  return {
    io,
    artifacts,
    timings: (scope) => chooseTimingStore(scope, io, env),
    feedback: new LocalFeedback(join(localStateDir(env), 'feedback')),
    history: new LocalHistoryArtifacts(artifacts),
    env,
  };
}
