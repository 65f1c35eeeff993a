import type { ProofIdentity } from '../proof/artifact-name.js';
import { proofLabel } from '../proof/proof-label.js';
import { classifyRuns } from './classify-runs.js';
import type { RunRecord } from './run-record.js';
import { describeRunFailure } from './run-failures.js';
import type { RunFailure, Verdict } from './verdict.js';

/** What the merge needs of one proof: which job it was, and its runs. */
export interface ProofRuns {
  identity: ProofIdentity;
  records: readonly RunRecord[];
}

/*
 * Where a proof's run lands in the merged stability check: its own run number. Run k of every shard is
 * merged run k, and a run-slot job records its one run as run <slot> (the run step's contract), so slot s
 * is merged run s without any arithmetic here.
 */

function emptyRun(run: number): RunRecord {
  // No report until a shard brings one: a merged run that no shard reported stays "no report".
  return { run, exitCode: 0, timedOut: false, reportMissing: true, wallMs: 0, tests: [], reruns: [] };
}

function absorb(into: RunRecord, from: RunRecord): void {
  // The worst exit wins so a crashed shard is never hidden by a clean one; shards run side by side, so the
  // merged run took as long as its slowest shard.
  if (into.exitCode === 0 || (into.exitCode !== null && from.exitCode === null))
    into.exitCode = from.exitCode;
  into.signal ??= from.signal;
  into.timedOut ||= from.timedOut;
  if (from.oomKilled) into.oomKilled = true;
  into.startError ??= from.startError;
  into.reportMissing &&= from.reportMissing;
  into.wallMs = Math.max(into.wallMs, from.wallMs);
  if (from.peakRssBytes !== undefined)
    into.peakRssBytes = Math.max(into.peakRssBytes ?? 0, from.peakRssBytes);
  for (const test of from.tests) into.tests.push(test);
  const reruns = (into.reruns ??= []);
  (from.reruns ?? []).forEach((rerun, k) => {
    while (reruns.length <= k) reruns.push([]);
    for (const test of rerun) reruns[k].push(test);
  });
}

/** Every shard's run k (or run slot k) as one merged run k, with every shard's results in it. */
export function mergeRuns(proofs: readonly ProofRuns[]): RunRecord[] {
  const merged = new Map<number, RunRecord>();
  for (const proof of proofs) {
    for (const record of proof.records) {
      const run = record.run;
      let into = merged.get(run);
      if (!into) merged.set(run, (into = emptyRun(run)));
      absorb(into, record);
    }
  }
  return [...merged.values()].sort((a, b) => a.run - b.run);
}

/** Runs that failed as a whole, said per shard: "suite 'default' shard 2/3: run 1 could not start: …". */
export function proofRunFailures(proofs: readonly ProofRuns[]): RunFailure[] {
  const failures: RunFailure[] = [];
  for (const proof of proofs) {
    for (const record of proof.records) {
      const message = describeRunFailure(record);
      if (message === undefined) continue;
      failures.push({
        run: record.run,
        message: `${proofLabel(proof.identity)}: ${message}`,
      });
    }
  }
  return failures.sort((a, b) => a.run - b.run || (a.message < b.message ? -1 : 1));
}

/**
 * One verdict over every shard and run slot, by the run step's own classifier: the merged runs are
 * classified as if one job had run them. Only run failures are taken per shard, so each names its shard.
 */
export function mergeVerdict(
  proofs: readonly ProofRuns[],
  merged: readonly RunRecord[] = mergeRuns(proofs),
): Verdict {
  const verdict = classifyRuns(merged);
  return { ...verdict, runFailures: proofRunFailures(proofs) };
}
