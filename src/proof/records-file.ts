/**
 * Writes records.jsonl (format in proof-format.ts): every run of the proof with its raw results, one JSON
 * object per line, so the report job can rebuild the RunRecords of many shards and run slots and classify
 * them with the same rules as the run step. Written a line at a time.
 */
import type { FileTime } from '../results/model.js';
import type { RunRecord } from '../verdict/run-record.js';
import type { FileLine, RecordLine, RunLine } from './proof-format.js';
import { writeChunks } from './streamed-file.js';

/** `fileTimes`: per run, the files' own measured times (main runs only: a rerun times a few tests). */
export async function writeRecordsFile(
  path: string,
  records: readonly RunRecord[],
  fileTimes: ReadonlyMap<number, readonly FileTime[]> = new Map(),
): Promise<void> {
  await writeChunks(path, recordLines(records, fileTimes));
}

function* recordLines(
  records: readonly RunRecord[],
  fileTimes: ReadonlyMap<number, readonly FileTime[]>,
): Generator<string> {
  for (const { tests, reruns, ...run } of records) {
    yield line({ type: 'run', ...run } satisfies RunLine);
    for (const test of tests) yield line({ type: 'test', run: run.run, ...test });
    const rounds = reruns ?? [];
    for (let index = 0; index < rounds.length; index++) {
      for (const test of rounds[index]) yield line({ type: 'test', run: run.run, rerun: index + 1, ...test });
    }
    for (const { file, seconds } of fileTimes.get(run.run) ?? []) {
      yield line({ type: 'file', run: run.run, file, seconds });
    }
  }
}

function line(value: RecordLine | FileLine): string {
  return `${JSON.stringify(value)}\n`;
}
