/**
 * The isolation checks of the run step (`isolation: serial`, `order: shuffle`): extra runs that tell why a
 * test fails. A failure in a shuffled run is repeated with the same seed (same files, same workers) and the
 * test is run alone; `isolation: serial` adds one one-worker run of the same files. The extra runs are listed
 * in the manifest with what they check (`check`) and are in no total: the verdict's counts stay those of
 * the stability runs, which agree with the framework's own summary lines.
 */
import type { RunOrder, ShuffleSetup } from '../execute/run-order.js';
import { withShuffle } from '../execute/run-order.js';
import {
  runWithReport,
  type IsolationRunKind,
  type RunContext,
  type RunRecord as ExecutedRun,
} from '../execute/run-with-report.js';
import { frameworkModule } from '../frameworks/index.js';
import type { RunPosition as ExecutePosition } from '../execute/run-env.js';
import { manifestRun, type ManifestRun } from '../proof/manifest.js';
import type { TestResult } from '../results/model.js';
import { classifyIsolation, type IsolationCause, type SimpleOutcome } from '../verdict/isolation.js';
import { isFailure } from '../verdict/results-by-id.js';
import { attachCauses } from '../verdict/attach-causes.js';
import { everyTest } from '../verdict/verdict-builder.js';
import type { IsolationRun, TestVerdict, Verdict } from '../verdict/verdict.js';
import type { RunPosition } from './collect-runs.js';
import { bisectPolluter } from './find-polluter.js';
import { optional, outcomes, reproductionFor, testsBefore, type FailureSite } from './isolation-evidence.js';

/** Repeats of a failing shuffled run with its seed; a test must fail in all of them to be order-dependent. */
export const SAME_SEED_REPEATS = 2;
/** Tests run alone per step at most: each is a process of its own. */
export const MAX_ALONE_RUNS = 10;
/** Victims whose polluter is searched for per step (each search is up to MAX_BISECT_RUNS runs). */
export const MAX_POLLUTER_SEARCHES = 3;

export interface IsolationCheckOptions {
  context: RunContext;
  position: RunPosition;
  files: string[];
  filterArgs?: string[];
  /** Set with `order: shuffle` when the framework can shuffle. */
  order?: RunOrder;
  serial: boolean;
  /** The run step's parser: a run's report → its results, paths mapped back to the given files. */
  parse: (executed: ExecutedRun, files: string[]) => Promise<TestResult[]>;
}

export class IsolationChecks {
  readonly manifestRuns: ManifestRun[] = [];
  private readonly runs: IsolationRun[] = [];
  private readonly sameSeed = new Map<string, SimpleOutcome[]>();
  private readonly alone = new Map<string, SimpleOutcome>();
  private readonly firstFailures = new Map<string, FailureSite>();
  private serialOutcomes?: Map<string, SimpleOutcome>;
  private serialSeed?: number;
  private readonly polluters = new Map<string, string>();
  private aloneRuns = 0;
  private polluterSearches = 0;

  /** The report lists a worker's tests in run order, and a selection runs in the order given: a bisection
   * of the tests before a victim can name its polluter. */
  private readonly inRunOrder: boolean;
  private readonly keepsOrder: boolean;
  /** Tests named in a finding (before it, the polluter) the way the framework's users write them. */
  private readonly displayId: (test: TestResult) => string;

  constructor(private readonly opts: IsolationCheckOptions) {
    const module = frameworkModule(opts.context.preset.framework);
    this.inRunOrder = module.reportInRunOrder === true;
    this.keepsOrder = module.selectionKeepsOrder === true;
    this.displayId = (test) => module.displayId(test);
  }

  get active(): boolean {
    return this.opts.serial || this.opts.order !== undefined;
  }

  /** After each stability run: where each test first failed, and for a shuffled run the same-seed checks. */
  async afterRun(executed: ExecutedRun): Promise<void> {
    if (!this.active) return;
    const tests = await this.opts.parse(executed, this.opts.files);
    const failed = tests.filter((t) => isFailure(t) && !t.fileError);
    const shuffleEnv =
      executed.seed === undefined || failed.length === 0
        ? {}
        : (await this.opts.order!.setup(executed.seed, this.opts.position.workers)).env;
    const firsts = failed.filter((t) => !this.firstFailures.has(t.id));
    // Several workers keep a file in one worker only in shuffled runs (pytest's --dist loadfile).
    const ordered = this.inRunOrder && (this.opts.position.workers === 1 || executed.seed !== undefined);
    const before = ordered
      ? testsBefore(tests, new Set(firsts), this.opts.position.workers, this.displayId)
      : undefined;
    for (const test of firsts) {
      this.firstFailures.set(test.id, {
        argv: executed.argv,
        seed: executed.seed,
        env: shuffleEnv,
        ...before?.get(test),
      });
    }
    const fresh = failed.filter((t) => !this.sameSeed.has(t.id));
    if (executed.seed === undefined || fresh.length === 0) return;
    await this.repeatWithSeed(executed, fresh);
  }

  /** `isolation: serial`: one run of the same files with one worker (shuffled like run 1 when runs are). */
  async serialRun(): Promise<void> {
    if (!this.opts.serial) return;
    const { logger } = this.opts.context;
    if (this.opts.position.workers <= 1) {
      logger.info('isolation: serial adds nothing: the runs already used one worker');
      return;
    }
    this.serialSeed = this.opts.order?.seedFor(1);
    const record = await this.extraRun('serial', {
      label: `Isolation check: one worker${this.serialSeed === undefined ? '' : `, seed ${this.serialSeed}`}`,
      baseName: 'run-serial',
      run: 1,
      workers: 1,
      files: this.opts.files,
      filterArgs: this.opts.filterArgs,
      shuffle: this.serialSeed === undefined ? undefined : await this.opts.order!.setup(this.serialSeed, 1),
      seed: this.serialSeed,
    });
    this.serialOutcomes = outcomes(await this.opts.parse(record, this.opts.files));
  }

  /**
   * Puts each failed or flaky test's cause, with its reproduction, on the verdict: on its notable tests (the
   * summary and annotations) and on every test it yields (results.json) when it is a compact verdict. Only
   * tests that failed in some run are looked at; their causes are the only per-test state kept.
   */
  applyCauses(verdict: Verdict): number {
    verdict.isolationRuns = this.runs;
    const causes = new Map<string, IsolationCause>();
    if (this.firstFailures.size > 0) {
      for (const test of everyTest(verdict)) {
        const cause = this.causeOf(test);
        if (cause) causes.set(test.id, cause);
      }
    }
    attachCauses(verdict, causes);
    return causes.size;
  }

  private causeOf(test: TestVerdict): IsolationCause | undefined {
    if (test.class !== 'failed' && test.class !== 'flaky') return undefined;
    const site = this.firstFailures.get(test.id);
    if (!site) return undefined;
    const cause = classifyIsolation({
      parallelFailed: this.opts.position.workers > 1 ? test.runsFailed : 0,
      parallelPassed: this.opts.position.workers > 1 ? test.runsPassed : 0,
      ...optional('serial', this.serialOutcomes?.get(test.id)),
      ...optional('sameSeed', this.sameSeed.get(test.id)),
      ...optional('alone', this.alone.get(test.id)),
      ...optional('polluter', this.polluters.get(test.id)),
      everPassed: test.runsPassed > 0,
      serialSameSeed: site.seed !== undefined && site.seed === this.serialSeed,
    });
    if (cause) cause.reproduction = reproductionFor(site, this.opts);
    return cause;
  }

  private async repeatWithSeed(executed: ExecutedRun, failed: TestResult[]): Promise<void> {
    const seed = executed.seed!;
    const { workers } = this.opts.position;
    const shuffle = await this.opts.order!.setup(seed, workers);
    const seen = new Map<string, SimpleOutcome[]>(failed.map((t) => [t.id, []]));
    for (let repeat = 1; repeat <= SAME_SEED_REPEATS; repeat++) {
      const record = await this.extraRun('same-seed', {
        label: `Isolation check: run ${executed.run} again with seed ${seed} (${failed.length} failed test(s))`,
        baseName: `run-${executed.run}-same-seed-${repeat}`,
        run: executed.run,
        workers,
        files: this.opts.files,
        filterArgs: this.opts.filterArgs,
        shuffle,
        seed,
      });
      const found = outcomes(await this.opts.parse(record, this.opts.files));
      for (const [id, list] of seen) {
        const outcome = found.get(id);
        if (outcome) list.push(outcome);
      }
      // One pass is enough to call a test non-deterministic; stop once every test has passed once.
      if ([...seen.values()].every((list) => list.includes('passed'))) break;
    }
    for (const test of failed) {
      const list = seen.get(test.id)!;
      if (list.length === 0) continue;
      this.sameSeed.set(test.id, list);
      if (list.every((x) => x === 'failed'))
        await this.runAlone(test, this.firstFailures.get(test.id), executed.run);
    }
  }

  private async runAlone(test: TestResult, site: FailureSite | undefined, run: number): Promise<void> {
    if (this.aloneRuns >= MAX_ALONE_RUNS) {
      if (this.aloneRuns++ === MAX_ALONE_RUNS)
        this.opts.context.logger.info(
          `isolation: more than ${MAX_ALONE_RUNS} tests failed again with their seed; the rest are not run alone`,
        );
      return;
    }
    this.aloneRuns++;
    const outcome = await this.runInOrder('alone', [test], test, {
      label: `Isolation check: ${test.id} alone`,
      baseName: `run-${run}-alone-${this.aloneRuns}`,
      run,
    });
    if (!outcome) return;
    this.alone.set(test.id, outcome);
    const before = site?.beforeTests ?? [];
    if (outcome === 'passed' && before.length > 0 && this.inRunOrder && this.keepsOrder) {
      if (this.polluterSearches++ >= MAX_POLLUTER_SEARCHES) return;
      let step = 0;
      const polluter = await bisectPolluter(before, async (prefix) => {
        const result = await this.runInOrder('bisect', [...prefix, test], test, {
          label: `Isolation check: ${test.id} after ${prefix.length} of the tests before it`,
          baseName: `run-${run}-bisect-${this.polluterSearches}-${++step}`,
          run,
        });
        return result === undefined ? undefined : result === 'failed';
      });
      if (polluter) this.polluters.set(test.id, this.displayId(polluter));
    }
  }

  /** Runs exactly `tests`, in that order where the framework keeps it, with one worker: how did `target` do? */
  private async runInOrder(
    check: IsolationRunKind,
    tests: TestResult[],
    target: TestResult,
    run: { label: string; baseName: string; run: number },
  ): Promise<SimpleOutcome | undefined> {
    const selection = frameworkModule(this.opts.context.preset.framework).rerunSelection(tests);
    if (selection.unselectable.length > 0 || selection.files.length === 0) {
      const reason = selection.unselectable[0]?.reason ?? 'nothing to select';
      this.opts.context.logger.info(`isolation: cannot run ${target.id} on its own: ${reason}`);
      return undefined;
    }
    const record = await this.extraRun(check, {
      ...run,
      workers: 1,
      files: selection.files,
      filterArgs: selection.filterArgs,
    });
    const given = tests.flatMap((t) => t.file ?? []);
    return outcomes(await this.opts.parse(record, given)).get(target.id);
  }

  private async extraRun(
    check: IsolationRunKind,
    run: {
      label: string;
      baseName: string;
      run: number;
      workers: number;
      files: string[];
      filterArgs?: string[];
      shuffle?: ShuffleSetup;
      seed?: number;
    },
  ): Promise<ExecutedRun> {
    const { context, position } = this.opts;
    const at: ExecutePosition = {
      run: run.run,
      runs: position.runs,
      shard: position.shard?.index ?? 1,
      shardTotal: position.shard?.total ?? 1,
      workers: run.workers,
    };
    context.logger.startGroup(run.label);
    try {
      const base = { ...context, files: run.files, filterArgs: run.filterArgs };
      const record = await runWithReport({
        ...withShuffle(base, run.shuffle),
        position: at,
        baseName: run.baseName,
      });
      record.check = check;
      if (run.shuffle && run.seed !== undefined) record.seed = run.seed;
      context.logger.info(`${run.baseName}: ${record.outcome.message}`);
      this.manifestRuns.push(manifestRun(record));
      this.runs.push({
        name: run.baseName,
        check,
        workers: run.workers,
        ...(record.seed !== undefined ? { seed: record.seed } : {}),
        exitCode: record.outcome.exitCode,
        wallMs: record.outcome.wallMs,
        reportMissing: record.reportMissing,
      });
      return record;
    } finally {
      context.logger.endGroup();
    }
  }
}
