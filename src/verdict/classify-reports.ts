import { parseReports } from '../results/index.js';
import { VerdictBuilder, type CompactVerdict } from './verdict-builder.js';

/**
 * Parses each run's reports straight into a VerdictBuilder (the parser's onTest: no TestResult array is
 * ever held) and classifies the runs: the run step's path from reports to a verdict, in memory bounded by
 * the number of distinct tests, not by reports × runs.
 */
export async function classifyReports(runs: readonly string[][]): Promise<CompactVerdict> {
  const builder = new VerdictBuilder();
  for (const [index, paths] of runs.entries()) {
    builder.startRun();
    const parsed = await parseReports(paths, { onTest: (test) => builder.add(test) });
    builder.endRun({
      run: index + 1,
      exitCode: 0,
      timedOut: false,
      reportMissing: parsed.reports.length === 0,
      unreadableReports: parsed.errors.map((e) => e.message),
      wallMs: 0,
    });
  }
  return builder.finish();
}
