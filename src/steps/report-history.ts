import { appendMeasuredRuns, pruneToFiles, type MeasuredRun } from '../plan/history-update.js';
import {
  serializeHistory,
  withMemoryRecords,
  type MemoryRecords,
  type Plan,
  type TimingHistory,
} from '../plan/index.js';
import type { ActionIO, HistoryArtifacts, TimingStore } from '../platform/types.js';
import { restoreStoredHistory } from './history-fallback.js';

/**
 * The runner's `cache-mode` (ACTIONS_CACHE_MODE: none, read, write, write-only; unset = read and write).
 * A mode that forbids an operation skips it with one log line instead of a call that would be refused.
 */
export function cacheModeAllows(env: NodeJS.ProcessEnv, operation: 'read' | 'write'): boolean {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  if (mode === 'none') return false;
  if (operation === 'read') return mode !== 'write-only';
  return mode !== 'read';
}

export interface HistoryUpdate {
  history: TimingHistory;
  text: string;
  /** One line for the log and the summary: what was restored, added, dropped and saved. */
  line: string;
}

/**
 * Restores the stored history, appends this workflow run's measurements (last `keep` per item), drops items
 * the plan no longer discovers, and saves it once. Any cache trouble is a warning, never a failed report.
 */
export async function updateTimingHistory(input: {
  io: ActionIO;
  env: NodeJS.ProcessEnv;
  store: TimingStore;
  /** The fallback when the cache has no history: the newest report artifact of the default branch. */
  artifacts: HistoryArtifacts;
  runs: readonly MeasuredRun[];
  plan?: Plan;
  keep: number;
  now: string;
  /** Per-worker memory figures measured by this workflow run's proofs, by suite. */
  memory?: MemoryRecords;
}): Promise<HistoryUpdate> {
  const { io, env, store } = input;
  const warn = (message: string) => io.warning(message);
  const readable = cacheModeAllows(env, 'read');
  const noCache: TimingStore = { load: async () => undefined, save: async () => {} };
  const restored = await restoreStoredHistory(readable ? store : noCache, input.artifacts, warn);
  const before = Object.keys(restored.history.items).length;
  let history = appendMeasuredRuns(restored.history, input.runs, { now: input.now, keep: input.keep });
  if (input.plan)
    history = pruneToFiles(
      history,
      input.plan.suites.flatMap((s) => s.shards.flatMap((sh) => sh.items.map((i) => i.file))),
    );
  history = withMemoryRecords(history, input.memory);
  const text = serializeHistory(history);
  const after = Object.keys(history.items).length;
  let saved = 'saved';
  if (!cacheModeAllows(env, 'write')) {
    saved = `not saved: the runner's cache-mode is '${env.ACTIONS_CACHE_MODE}'`;
  } else if (input.runs.length === 0 && input.memory === undefined) {
    saved = 'not saved: no run measured anything';
  } else {
    try {
      await store.save(text);
    } catch (error) {
      saved = 'not saved';
      warn(`could not save the timing history: ${(error as Error).message}`);
    }
  }
  const unread = readable ? '' : ` (cache not read: cache-mode '${env.ACTIONS_CACHE_MODE}')`;
  const origin = `${before} items restored from ${restored.source}${unread}`;
  const line = `timing history: ${origin}, ${input.runs.length} runs appended, ${after} items kept (last ${input.keep} each), ${saved}`;
  return { history, text, line };
}
