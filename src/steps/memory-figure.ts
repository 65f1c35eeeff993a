import type { WorkerSpec } from '../capacity/index.js';
import type { InputSource } from '../inputs/read-input.js';
import {
  describeMemorySource,
  historyScope,
  loadHistoryFromStore,
  serializeHistory,
  withMemoryRecords,
  type MemoryRecord,
} from '../plan/index.js';
import type { ActionIO, TimingStore } from '../platform/types.js';
import type { ManifestRun, RunnerInfo } from '../proof/manifest.js';
import { proofMemory } from '../proof/read-proof.js';
import { cacheModeAllows } from './report-history.js';
import { suiteMemoryFigures } from './report-memory.js';

/**
 * Whether a measured memory figure can decide anything: `workers` is auto or a percentage and
 * `memory-per-worker` is not given (an explicit input wins, and is never second-guessed).
 */
export function wantsMeasuredMemory(inputs: InputSource): boolean {
  if ((inputs.getInput('memory-per-worker') ?? '').trim() !== '') return false;
  return !/^\s*\d+\s*$/.test(inputs.getInput('workers') ?? '');
}

/** The figure as the worker decision takes it, its origin worded for the `workers:` log line. */
export function measuredMemory(record: MemoryRecord, where: string): WorkerSpec['measuredMemory'] {
  return {
    bytesPerWorker: record.bytesPerWorker,
    origin: `${describeMemorySource(record)}, ${where}`,
    ...(record.source === 'oom' && { oomWorkers: record.workers }),
  };
}

/**
 * The suite's per-worker memory figure for a `workers: auto` decision: the plan's copy when this job runs a
 * shard of a plan (every shard then decides alike, and none restores the cache), else the stored timing
 * history (the CLI's local file, or the Actions cache of a single-job workflow). Never fails the step.
 */
export async function findMeasuredMemory(input: {
  io: ActionIO;
  inputs: InputSource;
  env: NodeJS.ProcessEnv;
  timings: (scope: string) => TimingStore;
  suite: string;
  /** Whether the tests come from a plan, and the plan's figure for the suite if it had one. */
  plan?: { memory?: MemoryRecord };
}): Promise<WorkerSpec['measuredMemory']> {
  if (!wantsMeasuredMemory(input.inputs)) return undefined;
  if (input.plan) {
    return input.plan.memory && measuredMemory(input.plan.memory, 'from the timing history (via the plan)');
  }
  if (!cacheModeAllows(input.env, 'read')) return undefined;
  try {
    const history = await loadHistoryFromStore(input.timings(historyScope(input.env)), (m) =>
      input.io.warning(m),
    );
    const record = history.memory?.[input.suite];
    return record && measuredMemory(record, 'from the timing history');
  } catch (error) {
    input.io.warning(`could not read the timing history for a memory figure: ${(error as Error).message}`);
    return undefined;
  }
}

/**
 * Keeps a suite's new figure in the stored timing history (load, merge, save): calibration has no report
 * job after it. Best-effort like every history save: trouble is a warning. Returns the log line.
 */
export async function keepMemoryRecord(input: {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  timings: (scope: string) => TimingStore;
  suite: string;
  record: MemoryRecord;
}): Promise<string> {
  const { io, env } = input;
  if (!cacheModeAllows(env, 'write')) {
    return `memory figure not kept: the runner's cache-mode is '${env.ACTIONS_CACHE_MODE}'`;
  }
  const store = input.timings(historyScope(env));
  try {
    const noCache: TimingStore = { load: async () => undefined, save: async () => {} };
    const readable = cacheModeAllows(env, 'read') ? store : noCache;
    const history = await loadHistoryFromStore(readable, (m) => io.warning(m));
    await store.save(serializeHistory(withMemoryRecords(history, { [input.suite]: input.record })));
    return `kept in the timing history for suite '${input.suite}': the next \`workers: auto\` caps itself by it`;
  } catch (error) {
    io.warning(`could not keep the memory figure in the timing history: ${(error as Error).message}`);
    return 'memory figure not kept';
  }
}

/**
 * Said in the run step's own log as soon as its runs are done: an OOM-killed run, the peak it reached and the
 * worker count that would fit (the report keeps the figure in the history for the next `workers: auto`).
 */
export function warnMemoryFaults(
  io: ActionIO,
  suite: string,
  runner: RunnerInfo,
  runs: readonly ManifestRun[],
): void {
  const memory = proofMemory({ runner, runs });
  const [figure] = suiteMemoryFigures([{ suite, memory }], new Date().toISOString());
  if (figure?.oom) io.warning(figure.line);
}
