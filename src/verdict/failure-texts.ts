import type { TestResult } from '../results/model.js';
import { ABSENT, outcomeCode, type RunColumn } from './test-table.js';

export interface FailureText {
  message?: string;
  details?: string;
}

/**
 * The failure text each test's verdict shows, chosen as classifyRuns chooses it: the first failing result
 * in run order (a run's main result before its reruns), where a result merged from duplicates carries the
 * text of the worst of them (the first of equals); without any failure, the first main result the framework
 * retried. Details (stacks, output) are kept for the first `maxDetailed` failing tests only, and texts at
 * all for the first `maxTexts` tests: a report where millions of tests fail must not cost a string per test.
 * While a run's results arrive, only as many texts are held as can still be kept (the first to arrive); with
 * fewer failing tests than the limits, every text is kept exactly as before.
 */
export class FailureTexts {
  private readonly failure = new Map<number, FailureText>();
  private readonly retried = new Map<number, FailureText>();
  /** The current run's merged main result's text per row, while its main results arrive. */
  private main = new Map<number, FailureText>();
  private mainFolded = false;
  /** The same for each rerun of the current run, keyed `row:rerun`. */
  private reruns = new Map<string, { code: number; text?: FailureText }>();
  private detailed = 0;
  /** Texts in `main` that hold details. */
  private mainDetailed = 0;

  constructor(
    private readonly maxDetailed: number,
    private readonly maxTexts = DEFAULT_MAX_TEXTS,
  ) {}

  /** A main result; `worst` when it is now the worst result of its test in this run. */
  addMain(row: number, result: TestResult, worst: boolean): void {
    if (!worst) return;
    const previous = this.main.get(row);
    if (previous?.details !== undefined) this.mainDetailed--;
    const text = textOf(result);
    if (text === undefined) {
      this.main.delete(row);
      return;
    }
    if (previous === undefined && this.main.size + this.kept() >= this.maxTexts) return;
    if (text.details !== undefined) {
      if (this.detailed + this.mainDetailed >= this.maxDetailed) delete text.details;
      else this.mainDetailed++;
    }
    this.main.set(row, text);
  }

  addRerun(row: number, rerun: number, code: number, result: TestResult, run: RunColumn): void {
    this.foldMain(run);
    const key = `${row}:${rerun}`;
    const seen = this.reruns.get(key);
    if (seen === undefined || code > seen.code) this.reruns.set(key, { code, text: textOf(result) });
  }

  /** At the end of a run: its main texts, then its reruns' in rerun order. */
  endRun(run: RunColumn): void {
    this.foldMain(run);
    const keys = [...this.reruns.keys()].sort((a, b) => Number(a.split(':')[1]) - Number(b.split(':')[1]));
    for (const key of keys) {
      const { code, text } = this.reruns.get(key)!;
      if (code >= outcomeCode('failed')) this.keepFirst(this.failure, Number(key.split(':')[0]), text);
    }
    this.reruns = new Map();
    this.mainFolded = false;
  }

  of(row: number, failed: boolean): FailureText | undefined {
    return failed ? this.failure.get(row) : this.retried.get(row);
  }

  private foldMain(run: RunColumn): void {
    if (this.mainFolded) return;
    this.mainFolded = true;
    for (let row = 0; row < run.codes.length; row++) {
      const code = run.codes[row];
      if (code >= outcomeCode('failed')) this.keepFirst(this.failure, row, this.main.get(row));
      else if (code !== ABSENT && (run.retries.get(row) ?? 0) > 0)
        this.keepFirst(this.retried, row, this.main.get(row));
    }
    this.main = new Map();
    this.mainDetailed = 0;
  }

  private kept(): number {
    return this.failure.size + this.retried.size;
  }

  private keepFirst(store: Map<number, FailureText>, row: number, text: FailureText | undefined): void {
    if (store.has(row) || this.kept() >= this.maxTexts) return;
    const keepDetails = this.detailed < this.maxDetailed;
    if (keepDetails && text?.details !== undefined) this.detailed++;
    store.set(row, {
      ...(text?.message !== undefined ? { message: text.message } : {}),
      ...(keepDetails && text?.details !== undefined ? { details: text.details } : {}),
    });
  }
}

/** 100,000 failure messages are a few tens of MB; summaries and annotations show far fewer. */
const DEFAULT_MAX_TEXTS = 100_000;

function textOf(result: TestResult): FailureText | undefined {
  if (result.message === undefined && result.details === undefined) return undefined;
  return {
    ...(result.message !== undefined ? { message: result.message } : {}),
    ...(result.details !== undefined ? { details: result.details } : {}),
  };
}
