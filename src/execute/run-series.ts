/**
 * N runs of one shard: the replacement for `for i in 1..5; pytest -n auto | tee proof_run$i.txt`.
 * Runs are sequential and each is a fresh process group with its own scratch directory and port block.
 * Parsing and verdicts plug in through `collect`, called after each run before the next one starts.
 */
import { mkdir } from 'node:fs/promises';
import type { Preset } from '../frameworks/index.js';
import { withShuffle, type RunOrder } from './run-order.js';
import { invocationFor, runWithReport, type RunContext, type RunRecord } from './run-with-report.js';

export interface SeriesOptions extends RunContext {
  files: string[];
  /** Arguments placed before the files, e.g. pytest --deselect for the remainder of a split file. */
  filterArgs?: string[];
  workers: number;
  runs: number;
  /** The number of the first run (default 1): a matrix run slot k does one run, numbered k. */
  firstRun?: number;
  /** How many runs the whole stability check has, when this series is one slot of it (default `runs`). */
  totalRuns?: number;
  /** 1-based; defaults to 1 of 1. */
  shard?: { index: number; total: number };
  collect?: (record: RunRecord) => Promise<void>;
  /** `order: shuffle`: each run shuffled with its own seed, recorded on the run. */
  order?: RunOrder;
}

export async function runSeries(opts: SeriesOptions): Promise<RunRecord[]> {
  const shard = opts.shard ?? { index: 1, total: 1 };
  await mkdir(opts.outputDir, { recursive: true });
  // (each run reclaims the folder again: a test may remove it, make it read-only or plant links in it)
  explainInvocation(opts);
  const records: RunRecord[] = [];
  const first = opts.firstRun ?? 1;
  const total = Math.max(opts.totalRuns ?? opts.runs, first + opts.runs - 1);
  for (let run = first; run < first + opts.runs; run++) {
    const position = {
      run,
      runs: total,
      shard: shard.index,
      shardTotal: shard.total,
      workers: opts.workers,
    };
    const shardLabel = shard.total > 1 ? `, shard ${shard.index}/${shard.total}` : '';
    const seed = opts.order?.seedFor(run);
    const seedLabel = seed === undefined ? '' : `, seed ${seed}`;
    opts.logger.startGroup(`Run ${run}/${total}${shardLabel} (${opts.workers} workers${seedLabel})`);
    let record: RunRecord;
    try {
      const shuffle = seed === undefined ? undefined : await opts.order!.setup(seed, opts.workers);
      record = await runWithReport({ ...withShuffle(opts, shuffle), position, baseName: `run-${run}` });
      if (seed !== undefined) record.seed = seed;
      opts.logger.info(`run ${run}: ${record.outcome.message}`);
      if (record.outputProblem) {
        opts.logger.warning(
          `run ${run} tampered with its output folder, so it counts as failed: ${record.outputProblem}`,
        );
      } else if (record.reportMissing) {
        opts.logger.warning(
          `run ${run} left no test report (${reportWhere(opts.preset, run)}); see ${record.logPath}`,
        );
      }
    } finally {
      opts.logger.endGroup();
    }
    records.push(record);
    await opts.collect?.(record);
  }
  return records;
}

/** One line per decision a user might question: why bash, why every shard runs everything. */
function explainInvocation(opts: SeriesOptions): void {
  const invocation = invocationFor({
    preset: opts.preset,
    position: { run: 1, runs: opts.runs, shard: 1, shardTotal: 1, workers: opts.workers },
    files: opts.files,
    resultsPath: '{results}',
  });
  if (invocation.mode === 'bash') {
    opts.logger.info(
      `command runs through bash because it uses ${invocation.shellReason}; files are passed as "$@"`,
    );
  }
  if (!invocation.usesFiles && opts.files.length > 0) {
    opts.logger.warning(
      `the command has no {files}: it selects its own tests, so the shard's ${opts.files.length} file(s) ` +
        `are not passed to it`,
    );
  }
}

function reportWhere(preset: Preset, run: number): string {
  if (preset.resultsGlob) return `nothing new matched results: ${preset.resultsGlob}`;
  return `expected run-${run}.${preset.reportExtension}`;
}
