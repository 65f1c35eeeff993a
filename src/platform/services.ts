import { GitHubIO } from './github-io.js';
import { LocalIO } from './local-io.js';
import { chooseArtifactStore, chooseTimingStore, localStateDir } from './select.js';
import { join } from 'node:path';
import { LocalFeedback } from './local-feedback.js';
import type { ActionIO, ArtifactStore, PullRequestFeedback, TimingStore } from './types.js';

/** Everything a step needs from the outside world, chosen once by the entry. */
export interface Services {
  io: ActionIO;
  artifacts: ArtifactStore;
  timings(scope: string): TimingStore;
  /** Check runs and the sticky comment (GitHub's REST API, or files locally). */
  feedback: PullRequestFeedback;
  env: NodeJS.ProcessEnv;
}

/** The action entries: @actions/core for IO; artifact and cache twins as the runner allows. */
export function actionServices(env: NodeJS.ProcessEnv = process.env): Services {
  const io = new GitHubIO();
  return {
    io,
    artifacts: chooseArtifactStore(env),
    timings: (scope) => chooseTimingStore(scope, io, env),
    // TODO(report issue): the GitHub twin of PullRequestFeedback replaces this.
    feedback: new LocalFeedback(join(localStateDir(env), 'feedback')),
    env,
  };
}

/** The CLI: inputs from flags, logs to stderr, summary into the local state folder. */
export function localServices(
  inputs: Record<string, string>,
  env: NodeJS.ProcessEnv = process.env,
): Services & { io: LocalIO } {
  const io = new LocalIO({ inputs, summaryPath: join(localStateDir(env), 'summary.md') });
  return {
    io,
    artifacts: chooseArtifactStore(env),
    timings: (scope) => chooseTimingStore(scope, io, env),
    feedback: new LocalFeedback(join(localStateDir(env), 'feedback')),
    env,
  };
}
