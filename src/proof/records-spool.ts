/**
 * records.jsonl written while the runs go on (format in proof-format.ts), a line per result as the parser
 * gives it, so that no run's results are ever held whole. Each run's result lines go to a file of their own
 * in a private temporary folder, not to the proof folder: that folder belongs to the test command while it
 * runs (a test may delete it or plant links in it). The proof's records.jsonl is put together from them when
 * the proof is written: each finished run's `run` line (known only once its reports are parsed), its result
 * lines, then its `file` lines. A run that never finished (the step failed during it) is left out, as before.
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileTime, TestResult } from '../results/model.js';
import type { FileLine, RunLine, TestLine } from './proof-format.js';
import { ChunkWriter } from './streamed-file.js';

interface SpooledRun {
  run: number;
  /** The result lines. */
  path: string;
  head: string;
  tail: string;
}

export class RecordsSpool {
  private current?: { run: number; path: string; writer: ChunkWriter };
  private readonly finished: SpooledRun[] = [];

  private constructor(private readonly dir: string) {}

  static async open(): Promise<RecordsSpool> {
    return new RecordsSpool(await mkdtemp(join(tmpdir(), 'shardproof-records-')));
  }

  async startRun(run: number): Promise<void> {
    this.current?.writer.destroy();
    const path = join(this.dir, `run-${run}-${this.finished.length}.jsonl`);
    this.current = { run, path, writer: await ChunkWriter.open(path) };
  }

  /** A result of the current run (of its `rerun`-th rerun when given). */
  test(test: TestResult, rerun?: number): void {
    const { run, writer } = this.current!;
    const line: TestLine =
      rerun === undefined ? { type: 'test', run, ...test } : { type: 'test', run, rerun, ...test };
    writer.push(`${JSON.stringify(line)}\n`);
  }

  /** Waits until the lines pushed so far have left memory. */
  drained(): Promise<void> {
    return this.current?.writer.drained() ?? Promise.resolve();
  }

  /** Ends the current run with its run line and the files' own measured times. */
  async endRun(run: Omit<RunLine, 'type'>, fileTimes: readonly FileTime[]): Promise<void> {
    const { path, writer } = this.current!;
    this.current = undefined;
    await writer.close();
    const files = fileTimes.map(
      ({ file, seconds }) =>
        `${JSON.stringify({ type: 'file', run: run.run, file, seconds } satisfies FileLine)}\n`,
    );
    this.finished.push({
      run: run.run,
      path,
      head: `${JSON.stringify({ type: 'run', ...run } satisfies RunLine)}\n`,
      tail: files.join(''),
    });
  }

  /** Writes records.jsonl of the finished runs to `path` (a link there is removed, never followed). */
  async copyTo(path: string): Promise<void> {
    const out = await ChunkWriter.open(path);
    try {
      for (const run of [...this.finished].sort((a, b) => a.run - b.run)) {
        out.push(run.head);
        for await (const chunk of createReadStream(run.path, { encoding: 'utf8' })) {
          out.push(chunk as string);
          await out.drained();
        }
        out.push(run.tail);
      }
      await out.close();
    } finally {
      out.destroy();
    }
  }

  async dispose(): Promise<void> {
    this.current?.writer.destroy();
    await rm(this.dir, { recursive: true, force: true });
  }
}
