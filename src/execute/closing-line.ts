/**
 * The last line of `run-k.log`, the way `pytest | tee` logs end with a summary. Written by the caller
 * once the report is parsed and the counts are known.
 */
import type { RunCounts } from '../verdict/verdict.js';
import { formatLogLine } from './output-log.js';
import { appendOwnFile } from './own-files.js';

export function closingLine(counts: RunCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.flaky} flaky`;
}

/** Best-effort, like the log itself: a log the run deleted or replaced by a link is left as it is. */
export async function appendClosingLine(logPath: string, counts: RunCounts, at = new Date()): Promise<void> {
  await appendOwnFile(logPath, formatLogLine('shardproof', closingLine(counts), at)).catch(() => {});
}
