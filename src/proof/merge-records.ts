/**
 * The report job's merge for suites of any size: every proof's records.jsonl is streamed a second time, one
 * merged run at a time (run k of every shard, then its reruns), into one VerdictBuilder. Memory is the
 * builder's compact table (a few dozen bytes a test) instead of a TestResult per test per run and a
 * TestVerdict per test. Gives the verdict mergeVerdict gives over the same proofs (tested side by side).
 */
import type { MeasuredRun } from '../plan/history-update.js';
import type { TestResult } from '../results/model.js';
import type { PartitionFault } from '../verdict/completeness.js';
import { mergeRuns, proofRunFailures } from '../verdict/merge-runs.js';
import { PartitionFaultFinder } from '../verdict/result-keys.js';
import type { RunRecord } from '../verdict/run-record.js';
import { VerdictBuilder, type CompactVerdict } from '../verdict/verdict-builder.js';
import { proofLabel } from './proof-label.js';
import { readLines } from './read-lines.js';
import type { ReadProof, RunSegments } from './read-proof.js';
import { parseRecordLine } from './record-lines.js';
import { RunTimeSums } from './run-timings.js';

const MAX_RECORD_LINE_BYTES = 1024 * 1024;

export interface MergedRecords {
  verdict: CompactVerdict;
  /** Each merged run's times for the timing history (runs with a report only). */
  measured: MeasuredRun[];
  partitionFaults: PartitionFault[];
}

type RunOutline = Omit<RunRecord, 'tests' | 'reruns'>;

/** Results of `run` in one byte range of a proof's records (main results, or reruns). */
async function streamRun(
  proof: ReadProof,
  range: { start: number; end: number } | undefined,
  run: number,
  onResult: (result: TestResult, rerun: number | undefined) => void,
): Promise<void> {
  if (range === undefined || proof.recordsPath === undefined) return;
  await readLines(
    proof.recordsPath,
    (line) => {
      const record = parseRecordLine(line);
      if (record?.type !== 'test' || record.run !== run) return;
      const { type: _type, run: _run, rerun, ...result } = record;
      onResult(result, rerun);
    },
    MAX_RECORD_LINE_BYTES,
    range,
  );
}

/**
 * Merges proofs read with `keepTests: false`. `trusted` proofs' ids count as partition-fault evidence
 * without naming a file (as in partitionFaults).
 */
export async function mergeRecords(
  proofs: readonly ReadProof[],
  trusted: (proof: ReadProof) => boolean,
): Promise<MergedRecords> {
  const builder = new VerdictBuilder();
  const faults = new PartitionFaultFinder();
  const measured: MeasuredRun[] = [];
  const times = new RunTimeSums();
  const shardOf = (p: ReadProof) =>
    p.identity.shard ? proofLabel({ suite: p.identity.suite, shard: p.identity.shard }) : undefined;
  for (const merged of mergeRuns(proofs)) {
    const { tests: _tests, reruns, ...outline } = merged;
    builder.startRun();
    const fileSeconds = new Map<string, number>();
    for (const pass of ['main', 'reruns'] as const) {
      for (const proof of proofs) {
        const segments: RunSegments | undefined = proof.segments?.get(merged.run);
        const label = shardOf(proof);
        const everyId = trusted(proof);
        await streamRun(proof, segments?.[pass], merged.run, (result, rerun) => {
          const row = rerun === undefined ? builder.add(result) : builder.addRerun(rerun, result);
          if (rerun === undefined) times.add(result);
          if (label !== undefined && (everyId || result.file !== undefined))
            faults.see(row, label, result.id);
        });
        if (pass === 'main')
          for (const [file, seconds] of proof.fileSeconds.get(merged.run) ?? [])
            fileSeconds.set(file, seconds);
      }
    }
    builder.endRun(outline as RunOutline, reruns?.length ?? 0);
    const { results, perTest } = times.take();
    if (!merged.reportMissing)
      measured.push({ tests: results, ...(fileSeconds.size > 0 ? { fileSeconds } : {}), perTest });
  }
  const verdict = builder.finish();
  verdict.runFailures = proofRunFailures(proofs);
  return { verdict, measured, partitionFaults: faults.faultList() };
}
