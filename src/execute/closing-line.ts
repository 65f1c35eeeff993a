/**
 * The last line of `run-k.log`, the way `pytest | tee` logs end with a summary. Written by the caller
 * once the report is parsed and the counts are known.
 */
import { appendFile } from 'node:fs/promises';
import { formatLogLine } from './output-log.js';

export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
  flaky: number;
}

export function closingLine(counts: RunCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.flaky} flaky`;
}

export async function appendClosingLine(logPath: string, counts: RunCounts, at = new Date()): Promise<void> {
  await appendFile(logPath, formatLogLine('shardproof', closingLine(counts), at));
}
