import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadHistoryFromStore, parseHistory, withMemoryRecords, type TimingHistory } from '../plan/index.js';
import type { HistoryArtifacts, TimingStore } from '../platform/types.js';
import { REPORT_ARTIFACT } from '../proof/artifact-name.js';

/** The timing history file inside the report artifact. */
export const REPORT_HISTORY_FILE = 'timings.json';

/**
 * The timing history of the newest report artifact made on the default branch: the plan's fallback when the
 * cache has none (GitHub evicts a cache entry after 7 days unused, while artifacts are kept up to 90 days).
 * Best-effort like the cache: anything wrong is one warning and no history, never a failed plan.
 */
export async function historyFromReportArtifact(
  artifacts: HistoryArtifacts,
  warn: (message: string) => void,
): Promise<TimingHistory | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'shardproof-history-'));
  try {
    if (!(await artifacts.newestFromDefaultBranch(REPORT_ARTIFACT, dir))) return undefined;
    const text = await readFile(join(dir, REPORT_HISTORY_FILE), 'utf8').catch(() => undefined);
    if (text === undefined) {
      warn(`the artifact ${REPORT_ARTIFACT} has no ${REPORT_HISTORY_FILE}: planning without its history`);
      return undefined;
    }
    return parseHistory(text, `in the artifact ${REPORT_ARTIFACT}`, warn);
  } catch (error) {
    warn(`could not use the timing history of the artifact ${REPORT_ARTIFACT}: ${(error as Error).message}`);
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * The history shardproof keeps: the cache entry, else the newest report artifact of the default branch. The
 * plan reads it, and the report appends to it, so both start from the same history. `source` is for the log.
 */
export async function restoreStoredHistory(
  store: TimingStore,
  artifacts: HistoryArtifacts,
  warn: (message: string) => void,
): Promise<{ history: TimingHistory; source: string }> {
  const cached = await loadHistoryFromStore(store, warn);
  if (Object.keys(cached.items).length > 0) return { history: cached, source: 'the stored history' };
  const fallback = await historyFromReportArtifact(artifacts, warn);
  if (fallback === undefined) return { history: cached, source: 'the stored history' };
  return {
    // A cache saved by calibrate alone holds memory figures and no timings: they are newer than the artifact's.
    history: withMemoryRecords(fallback, cached.memory),
    source: `the newest ${REPORT_ARTIFACT} artifact of the default branch (the cache had none)`,
  };
}
