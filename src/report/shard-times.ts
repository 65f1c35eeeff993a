import type { MeasuredRun } from '../plan/history-update.js';
import type { Plan } from '../plan/model.js';
import { normaliseKey } from '../plan/history-match.js';
import type { ReadProof } from '../proof/read-proof.js';
import type { ShardTime } from './shard-timing.js';

function label(proof: ReadProof): string {
  const { suite, shard, runSlot } = proof.identity;
  const where = shard ? ` ${shard.index}/${shard.total}` : '';
  return `${suite}${where}${runSlot === undefined ? '' : ` r${runSlot}`}`;
}

/** Each proof's job as a bar: the plan's prediction for one run against the runs' mean wall time. */
export function shardTimes(proofs: readonly ReadProof[], plan: Plan | undefined): ShardTime[] {
  const times: ShardTime[] = [];
  for (const proof of proofs) {
    const runs = proof.records.filter((r) => r.wallMs > 0);
    const actualMs = runs.length === 0 ? 0 : runs.reduce((s, r) => s + r.wallMs, 0) / runs.length;
    const recordsMs = proof.records.reduce((s, r) => s + r.wallMs, 0);
    const suite = plan?.suites.find((s) => s.name === proof.identity.suite);
    const planned = suite?.shards.find((s) => s.shard === proof.identity.shard?.index);
    times.push({
      label: label(proof),
      ...(planned && plan
        ? { predictedSeconds: Math.max(0, planned.predictedSeconds - plan.overheadSeconds) }
        : {}),
      actualSeconds: actualMs / 1000,
      jobTestSeconds: Math.max(proof.manifest?.testWallMs ?? 0, recordsMs) / 1000,
    });
  }
  return times.sort((a, b) => (a.label < b.label ? -1 : 1));
}

/** The largest file's mean measured time per run: no split can finish faster than it. */
export function largestFileSeconds(runs: readonly MeasuredRun[]): number {
  const totals = new Map<string, number>();
  for (const run of runs) {
    const perFile = new Map<string, number>();
    for (const test of run.tests) {
      const file = normaliseKey(test.file ?? test.suite ?? '');
      if (file !== '') perFile.set(file, (perFile.get(file) ?? 0) + test.duration);
    }
    for (const [file, seconds] of run.fileSeconds ?? []) perFile.set(normaliseKey(file), seconds);
    for (const [file, seconds] of perFile) totals.set(file, (totals.get(file) ?? 0) + seconds);
  }
  const runs_ = Math.max(1, runs.length);
  return Math.max(0, ...[...totals.values()].map((s) => s / runs_));
}
