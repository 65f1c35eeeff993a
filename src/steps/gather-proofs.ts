import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { readPlan, type Plan } from '../plan/index.js';
import type { ArtifactStore } from '../platform/types.js';
import { parseProofArtifactName, type ProofIdentity } from '../proof/artifact-name.js';
import { proofLabel } from '../proof/proof-label.js';
import { readProof, type ReadProof, type ReadProofOptions } from '../proof/read-proof.js';
import { downloadNewestPlan, PLAN_ARTIFACT, PLAN_FILE_NAME } from './plan-artifact.js';

export interface GatheredProofs {
  /** The latest attempt of each (suite, shard, run slot), read. */
  proofs: ReadProof[];
  /** Earlier attempts that a later one replaced, by artifact name. */
  superseded: string[];
}

/** The newest attempt of each job: a re-run keeps the earlier attempt's artifact, and only the last counts. */
export function latestAttempts(
  names: readonly string[],
  prefix: string,
): { latest: Array<{ name: string; identity: ProofIdentity }>; superseded: string[] } {
  const bySlot = new Map<string, { name: string; identity: ProofIdentity }>();
  const superseded: string[] = [];
  for (const name of [...names].sort()) {
    const identity = parseProofArtifactName(prefix, name);
    if (!identity) continue;
    // Attempts of one job differ only in the `-a<k>` tail: grouping by the rest needs no parse of the
    // suite, which a name cannot always tell apart from a shard or run slot (`api-r2`).
    const key = name.replace(/-a\d+$/, '');
    const seen = bySlot.get(key);
    if (seen === undefined || identity.attempt > seen.identity.attempt) {
      if (seen) superseded.push(seen.name);
      bySlot.set(key, { name, identity });
    } else superseded.push(name);
  }
  const latest = [...bySlot.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  return { latest, superseded };
}

/** Lists this workflow run's artifacts, downloads the latest attempt of every proof and reads it. */
export async function gatherProofs(
  artifacts: ArtifactStore,
  prefix: string,
  dir: string,
  log: (message: string) => void,
  warn: (message: string) => void = log,
  /** How to read each proof (by artifact name): the report step streams results instead of keeping them. */
  readOptions: (artifact: string) => ReadProofOptions = () => ({}),
): Promise<GatheredProofs> {
  const listed = await artifacts.list();
  const { latest, superseded } = latestAttempts(
    listed.map((a) => a.name),
    prefix,
  );
  log(`proofs: ${latest.length} found with prefix '${prefix}' (${listed.length} artifacts in this run)`);
  const proofs: ReadProof[] = [];
  for (const [index, { name, identity }] of latest.entries()) {
    // Numbered folders: an artifact name is untrusted text and never becomes a path of its own.
    const target = join(dir, String(index + 1));
    await mkdir(target, { recursive: true });
    if (!(await artifacts.download(name, target))) {
      warn(`${proofLabel(identity)} (${name}): listed but could not be downloaded`);
      proofs.push({
        artifact: name,
        identity,
        records: [],
        fileSeconds: new Map(),
        problems: ['listed but could not be downloaded'],
      });
      continue;
    }
    const proof = await readProof(target, name, identity, readOptions(name));
    if (proof.problems.length > 0) warn(`${proofLabel(identity)} (${name}): ${proof.problems.join('; ')}`);
    proofs.push(proof);
  }
  return { proofs, superseded };
}

/** The plan to check against: `plan-file`, else the plan job's artifact, else none (merge what is there). */
export async function findPlan(
  planFile: string | undefined,
  artifacts: ArtifactStore,
  dir: string,
  attempt = 1,
): Promise<{ plan?: Plan; source: string }> {
  if (planFile) return { plan: await readPlan(planFile), source: `plan-file ${planFile}` };
  await mkdir(dir, { recursive: true });
  const name = await downloadNewestPlan(artifacts, dir, attempt);
  if (name === undefined) {
    return { source: `no '${PLAN_ARTIFACT}' artifact and no plan-file: merging the proofs found` };
  }
  if (!(await readdir(dir)).includes(PLAN_FILE_NAME)) {
    return { source: `the '${name}' artifact holds no ${PLAN_FILE_NAME}: merging the proofs found` };
  }
  return { plan: await readPlan(join(dir, PLAN_FILE_NAME)), source: `artifact '${name}'` };
}
