import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHistory, type TimingHistory } from '../plan/index.js';
import type { HistoryArtifacts } from '../platform/types.js';
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
    return parseHistory(text, `in the artifact ${REPORT_ARTIFACT}`);
  } catch (error) {
    warn(`could not use the timing history of the artifact ${REPORT_ARTIFACT}: ${(error as Error).message}`);
    return undefined;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
