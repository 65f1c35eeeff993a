/**
 * What a proof folder holds, as the run step writes it and the report job reads it back. The report job
 * merges shards and run slots from these files alone, with the same verdict rules as the run step.
 *
 * - `manifest.json`: the command, runner, per-run exits, the SHA-256 of every other file, and `proof`
 *   (below): which suite, shard, run slot and attempt this folder is, and the plan it ran.
 * - `records.jsonl`: one JSON object per line, streamed: first a `run` line per run (in run order), then a
 *   `test` line per test result of that run (`rerun` set for results of the run's k-th rerun, 1-based).
 *   A run line holds the RunRecord without `tests` and `reruns`. Optionally a `file` line per test file of a
 *   run: the file's own measured time (its testsuite time, setup and collection included) when the report
 *   gives it; the timing history prefers it over the sum of the file's tests.
 * - `results.json`, `timings.json`, `summary.md`, `run-k.log`, `run-k.xml|json`: for people and other tools.
 */
import type { TestResult } from '../results/model.js';
import type { RunRecord } from '../verdict/run-record.js';
import type { ProofIdentity } from './artifact-name.js';

export const RECORDS_FILE = 'records.jsonl';

export interface ProofInfo extends ProofIdentity {
  framework: string;
  /** The plan's hash when the job ran a shard of a plan. */
  planHash?: string;
  /** How many run slots the matrix spreads the stability check over (`run-slots`), when it does. */
  runSlots?: number;
  /** The artifact the folder was uploaded as. */
  artifactName: string;
}

export type RunLine = { type: 'run' } & Omit<RunRecord, 'tests' | 'reruns'>;
export type TestLine = { type: 'test'; run: number; rerun?: number } & TestResult;
export type RecordLine = RunLine | TestLine;
/** Optional: readers that do not know it skip it as an unknown type. */
export type FileLine = { type: 'file'; run: number; file: string; seconds: number };
