/**
 * records.jsonl (format in proof-format.ts): every run of the proof with its raw results, one JSON object per
 * line, so the report job can rebuild the RunRecords of many shards and run slots and classify them with the
 * same rules as the run step. Written and read a line at a time.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RunRecord } from '../verdict/run-record.js';
import type { RecordLine, RunLine, TestLine } from './proof-format.js';
import { writeStreamed } from './streamed-file.js';

export async function writeRecordsFile(path: string, records: readonly RunRecord[]): Promise<void> {
  await writeStreamed(path, recordLines(records));
}

function* recordLines(records: readonly RunRecord[]): Generator<string> {
  for (const { tests, reruns, ...run } of records) {
    const line: RunLine = { type: 'run', ...run };
    yield `${JSON.stringify(line)}\n`;
    for (const test of tests) yield testLine({ type: 'test', run: run.run, ...test });
    const rounds = reruns ?? [];
    for (let index = 0; index < rounds.length; index++) {
      for (const test of rounds[index])
        yield testLine({ type: 'test', run: run.run, rerun: index + 1, ...test });
    }
  }
}

function testLine(line: TestLine): string {
  return `${JSON.stringify(line)}\n`;
}

/** The run records of a records.jsonl, in run order. A line that is not a record is skipped and reported
 * through `onBadLine`, so one damaged line does not cost the whole proof. */
export async function readRecordsFile(
  path: string,
  onBadLine: (lineNumber: number, reason: string) => void = () => {},
): Promise<RunRecord[]> {
  const byRun = new Map<number, RunRecord>();
  let lineNumber = 0;
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  for await (const text of lines) {
    lineNumber++;
    if (text.trim() === '') continue;
    const parsed = parseLine(text);
    if (typeof parsed === 'string') {
      onBadLine(lineNumber, parsed);
      continue;
    }
    if (parsed.type === 'run') {
      const { type: _type, ...run } = parsed;
      byRun.set(run.run, { ...run, tests: [], reruns: [] });
      continue;
    }
    const { type: _type, run, rerun, ...test } = parsed;
    const record = byRun.get(run);
    if (!record) {
      onBadLine(lineNumber, `a test of run ${run} before that run's line`);
      continue;
    }
    if (rerun === undefined) record.tests.push(test);
    else {
      const reruns = (record.reruns ??= []);
      while (reruns.length < rerun) reruns.push([]);
      reruns[rerun - 1].push(test);
    }
  }
  return [...byRun.values()].sort((a, b) => a.run - b.run);
}

function parseLine(text: string): RecordLine | string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return 'not JSON';
  }
  const line = value as Partial<RecordLine> | null;
  if (line === null || typeof line !== 'object') return 'not an object';
  if (!Number.isInteger(line.run) || (line.run as number) < 1) return 'no positive whole `run`';
  if (line.type === 'run') return line as RunLine;
  if (line.type !== 'test') return `unknown type ${JSON.stringify(line.type)}`;
  const rerun = (line as Partial<TestLine>).rerun;
  if (rerun !== undefined && !(Number.isInteger(rerun) && rerun >= 1 && rerun <= 100))
    return 'a `rerun` that is not a whole number from 1 to 100';
  if (typeof (line as Partial<TestLine>).id !== 'string') return 'a test without an id';
  return line as TestLine;
}
