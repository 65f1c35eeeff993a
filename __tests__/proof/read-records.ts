import { readFile } from 'node:fs/promises';
import type { FileTime } from '../../src/results/model.js';
import type { RunRecord } from '../../src/verdict/run-record.js';

/**
 * Reads a records.jsonl back for assertions: the runs in run order, and each run's file times. Trusts its
 * input (the tests' own output); the report job reads proofs from other jobs with its own bounded reader.
 */
export async function readRecords(
  path: string,
): Promise<{ records: RunRecord[]; fileTimes: Map<number, FileTime[]> }> {
  const byRun = new Map<number, RunRecord>();
  const fileTimes = new Map<number, FileTime[]>();
  for (const text of (await readFile(path, 'utf8')).split('\n')) {
    if (text === '') continue;
    const { type, run, rerun, ...rest } = JSON.parse(text);
    if (type === 'run') byRun.set(run, { run, ...rest, tests: [], reruns: [] });
    else if (type === 'file') fileTimes.set(run, [...(fileTimes.get(run) ?? []), rest]);
    else if (rerun === undefined) byRun.get(run)!.tests.push(rest);
    else {
      const reruns = byRun.get(run)!.reruns!;
      while (reruns.length < rerun) reruns.push([]);
      reruns[rerun - 1].push(rest);
    }
  }
  return { records: [...byRun.values()].sort((a, b) => a.run - b.run), fileTimes };
}
