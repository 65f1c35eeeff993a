import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LocalArtifactStore } from '../../src/platform/artifact-store.js';
import { LocalHistoryArtifacts } from '../../src/platform/history-artifacts.js';
import { LocalFeedback } from '../../src/platform/local-feedback.js';
import { LocalIO } from '../../src/platform/local-io.js';
import type { Services } from '../../src/platform/services.js';
import { FileTimingStore } from '../../src/platform/timing-store.js';
import type { ArtifactStore } from '../../src/platform/types.js';

export interface Harness {
  services: Services & { io: LocalIO };
  /** Every log line the step wrote. */
  log: string[];
  /** The local twin's state folder: artifacts land in `<state>/artifacts/<name>/`. */
  state: string;
}

/** The run step's world off GitHub, in a temp folder: LocalIO with the given inputs, a LocalArtifactStore,
 * and an environment without the runner's GitHub variables (a CI run of these tests has them). */
export function localHarness(
  inputs: Record<string, string>,
  options: {
    env?: Record<string, string>;
    artifacts?: (local: ArtifactStore) => ArtifactStore;
    summaryPath?: string;
    /** Share one state folder between steps, as the jobs of one workflow run share its artifacts. */
    state?: string;
  } = {},
): Harness {
  const state = options.state ?? mkdtempSync(join(tmpdir(), 'shardproof-state-'));
  const log: string[] = [];
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^(INPUT_|GITHUB_|ACTIONS_|RUNNER_)/.test(key)) env[key] = value;
  }
  Object.assign(env, { SHARDPROOF_STATE_DIR: state }, options.env);
  const local = new LocalArtifactStore(state);
  const io = new LocalIO({
    inputs,
    write: (line) => log.push(line),
    stopCommands: false,
    summaryPath: options.summaryPath ?? join(state, 'summary.md'),
  });
  return {
    services: {
      io,
      artifacts: options.artifacts ? options.artifacts(local) : local,
      timings: (scope) => new FileTimingStore(join(state, `timings-${scope}.json`)),
      feedback: new LocalFeedback(join(state, 'feedback')),
      history: new LocalHistoryArtifacts(local),
      env,
    },
    log,
    state,
  };
}
