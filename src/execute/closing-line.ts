/**
 * The last line of `run-k.log`, the way `pytest | tee` logs end with a summary. Written by the caller
 * once the report is parsed and the counts are known.
 */
import { appendFile } from 'node:fs/promises';
import type { RunCounts } from '../verdict/verdict.js';
import { formatLogLine } from './output-log.js';

export function closingLine(counts: RunCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped, ${counts.flaky} flaky`;
}

export async function appendClosingLine(logPath: string, counts: RunCounts, at = new Date()): Promise<void> {
  await appendFile(logPath, formatLogLine('shardproof', closingLine(counts), at));
}
