/**
 * One run's results on their way from the parser to the verdict, a test at a time, given the treatment the
 * whole-run functions give an array of them — rebaseRun (paths relative to the framework's own root) and then
 * numberRunResults (file load errors collapsed per file, the k-th test with one id numbered ` #k`) — without
 * ever holding the run. Only tests whose path may need rebasing wait for the end of the run (the root is
 * voted on by every such path): a file the run was given, or one no given file ends with, never changes.
 */
import { loadErrorEntry, rebaseRun, type TestResult } from '../results/index.js';

export interface RunResultsSink {
  /** A test of the run, final: rebased, numbered, load errors collapsed. */
  emit(test: TestResult): void;
  /** Whether a test with this id was emitted in this run already. */
  seen(test: TestResult): boolean;
}

export class RunResultsStream {
  private readonly given: Set<string>;
  /** file → whether some given file ends with `/file` (the only paths rebaseRun may rewrite). */
  private readonly rebasable = new Map<string, boolean>();
  private readonly waiting: TestResult[] = [];
  private readonly loadErrors = new Map<string, TestResult>();

  constructor(
    private readonly givenFiles: readonly string[],
    private readonly sink: RunResultsSink,
    private readonly isLoadError?: (test: TestResult) => boolean,
  ) {
    this.given = new Set(givenFiles);
  }

  add(test: TestResult): void {
    if (this.mayRebase(test.file)) this.waiting.push(test);
    else this.settle(test);
  }

  /** Ends the run: the waiting tests rebased and emitted, then one entry per file that failed to load.
   * Returns the reports' file times with the same root applied. */
  end(fileSeconds: Record<string, number>): Record<string, number> {
    const rebased = rebaseRun(this.waiting, this.givenFiles, fileSeconds);
    this.waiting.length = 0;
    for (const test of rebased.tests) this.settle(test);
    for (const entry of this.loadErrors.values()) this.sink.emit(entry);
    this.loadErrors.clear();
    return rebased.fileSeconds;
  }

  private mayRebase(file: string | undefined): boolean {
    if (file === undefined || this.given.has(file)) return false;
    let known = this.rebasable.get(file);
    if (known === undefined) {
      known = false;
      for (const candidate of this.given) if (candidate.endsWith(`/${file}`)) known = true;
      this.rebasable.set(file, known);
    }
    return known;
  }

  /** numberRunResults for one test whose path is final. */
  private settle(test: TestResult): void {
    if (this.isLoadError?.(test)) {
      const key = test.file ?? test.id;
      const first = this.loadErrors.get(key);
      if (first === undefined) this.loadErrors.set(key, loadErrorEntry(test));
      else if (first.details === undefined && test.details !== undefined) first.details = test.details;
      return;
    }
    let numbered = test;
    for (let k = 2; this.sink.seen(numbered); k++) numbered = { ...test, id: `${test.id} #${k}`, ordinal: k };
    this.sink.emit(numbered);
  }
}
