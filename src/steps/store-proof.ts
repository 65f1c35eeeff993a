/**
 * Names the run step's proof and stores it as one artifact. The name is unique by construction within a
 * workflow run (suite, shard, run slot, attempt), so matrix jobs never collide (GitHub answers 409) and a
 * re-run attempt keeps the earlier attempt's proof.
 */
import type { Framework } from '../frameworks/names.js';
import type { RunSettings } from '../inputs/run-settings.js';
import { DEFAULT_SUITE } from '../plan/index.js';
import type { ActionIO, ArtifactStore } from '../platform/types.js';
import { proofArtifactName, type ProofIdentity } from '../proof/artifact-name.js';
import type { ProofInfo } from '../proof/proof-format.js';
import type { TestSelection } from './select-tests.js';
import { uploadWithRetry } from './upload-artifact.js';

export function proofIdentity(
  settings: Pick<RunSettings, 'suite' | 'runSlot' | 'artifactName'>,
  selection: Pick<TestSelection, 'shard' | 'runSlots' | 'planHash'>,
  framework: Framework,
  env: NodeJS.ProcessEnv,
): ProofInfo {
  const identity: ProofIdentity = {
    suite: selection.shard?.suite ?? settings.suite ?? DEFAULT_SUITE,
    ...(selection.shard ? { shard: { index: selection.shard.index, total: selection.shard.total } } : {}),
    ...(settings.runSlot !== undefined ? { runSlot: settings.runSlot } : {}),
    attempt: runAttempt(env),
  };
  return {
    ...identity,
    ...(settings.runSlot !== undefined && selection.runSlots ? { runSlots: selection.runSlots } : {}),
    ...(selection.planHash ? { planHash: selection.planHash } : {}),
    framework,
    artifactName: proofArtifactName(settings.artifactName, identity),
  };
}

/** GITHUB_RUN_ATTEMPT: 1 for the first attempt of a workflow run, and off GitHub. */
function runAttempt(env: NodeJS.ProcessEnv): number {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT);
  return Number.isInteger(attempt) && attempt >= 1 ? attempt : 1;
}

/** Uploads the proof folder and sets `artifact-id` / `artifact-url` when the store gives them. */
export async function storeProof(
  io: ActionIO,
  artifacts: ArtifactStore,
  options: { proof: ProofInfo; dir: string; retentionDays?: number; retryDelaysMs?: readonly number[] },
): Promise<void> {
  const { proof } = options;
  const anonymous = proof.shard === undefined && proof.runSlot === undefined;
  const stored = await uploadWithRetry(io, artifacts, {
    name: proof.artifactName,
    dir: options.dir,
    retentionDays: options.retentionDays,
    retryDelaysMs: options.retryDelaysMs,
    consequence:
      'The test outcome is unchanged; a report job will list this proof as missing.' +
      // Jobs that are neither shards nor run slots share one name unless the workflow gives each its own.
      (anonymous ? " If several jobs of this workflow run the step, give each its own 'artifact-name'." : ''),
  });
  if (stored?.id !== undefined) io.setOutput('artifact-id', String(stored.id));
  if (stored?.url !== undefined) io.setOutput('artifact-url', stored.url);
}
