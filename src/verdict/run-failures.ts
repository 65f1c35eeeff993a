import type { RunRecord } from './run-record.js';
import type { RunFailure } from './verdict.js';
import { isFailure } from './results-by-id.js';

// Shells and runners report "killed by signal N" as exit code 128 + N.
const SIGNAL_BY_NUMBER: Record<number, string> = {
  1: 'SIGHUP',
  2: 'SIGINT',
  6: 'SIGABRT',
  9: 'SIGKILL',
  11: 'SIGSEGV',
  15: 'SIGTERM',
};

const MEMORY_ADVICE = 'try fewer workers or memory-per-worker';
const TIMEOUT_ADVICE = 'raise the timeout or split the suite into more shards';

function signalOf(record: RunRecord): string | undefined {
  if (record.signal) return record.signal;
  if (record.exitCode !== null && record.exitCode > 128) return SIGNAL_BY_NUMBER[record.exitCode - 128];
  return undefined;
}

function statusLabel(record: RunRecord): string {
  if (record.exitCode !== null) return `exit ${record.exitCode}`;
  if (record.signal) return `signal ${record.signal}`;
  return 'no exit status';
}

/** "exit 137: killed, probably out of memory — try fewer workers or memory-per-worker" */
function cause(record: RunRecord): string {
  const label = statusLabel(record);
  const signal = signalOf(record);
  if (record.timedOut) return `${label}: timed out — ${TIMEOUT_ADVICE}`;
  if (record.oomKilled) return `${label}: killed by the out-of-memory killer — ${MEMORY_ADVICE}`;
  // A SIGKILL nobody asked for is, on CI runners, almost always the kernel or the container reclaiming memory.
  if (signal === 'SIGKILL') return `${label}: killed, probably out of memory — ${MEMORY_ADVICE}`;
  if (signal !== undefined) return record.signal ? `${label}: crashed` : `${label}: crashed with ${signal}`;
  return label;
}

/** Why a run failed as a whole, or undefined when its command behaved (test failures are not run failures). */
export function describeRunFailure(record: RunRecord): string | undefined {
  const run = `run ${record.run}`;
  if (record.startError) return `${run} could not start: ${record.startError}`;
  if (record.outputProblem)
    return `${run} tampered with its output folder, so its report is not used: ${record.outputProblem}`;
  const unreadable = record.unreadableReports ?? [];
  if (unreadable.length > 0) {
    const more = unreadable.length > 1 ? ` (and ${unreadable.length - 1} more)` : '';
    return `${run}: a report could not be read, so its results are incomplete: ${unreadable[0]}${more}`;
  }
  if (record.stopReason !== undefined && (record.reportMissing || !record.tests.some(isFailure))) {
    return `${run} stopped before running its tests (${statusLabel(record)}): ${record.stopReason}`;
  }
  if (record.reportMissing) {
    const detail =
      record.exitCode === 0 && !record.timedOut
        ? 'exit 0 — check that the report path matches where the test framework writes its report'
        : cause(record);
    const onlyLabel = detail === statusLabel(record);
    return `${run} produced no report (${detail}${onlyLabel ? ' — the command failed before writing one; see its log' : ''})`;
  }
  if (record.tests.length === 0 && record.exitCode === 0) {
    // An empty report proves nothing; five empty runs must not read as "0 flaky on 5 runs".
    return `${run} reported no tests at all — check the test selection and that the command runs the tests`;
  }
  if (record.timedOut || record.oomKilled || signalOf(record) !== undefined) {
    return `${run} did not finish cleanly (${cause(record)}); its report may be missing tests`;
  }
  if (record.exitCode !== 0 && !record.tests.some(isFailure)) {
    return `${run} exited with ${statusLabel(record)} but its report shows no failing test — the command failed outside the tests (setup, a coverage threshold, a crash after the report); see its log`;
  }
  return undefined;
}

export function runFailures(records: readonly RunRecord[]): RunFailure[] {
  const failures: RunFailure[] = [];
  for (const record of records) {
    const message = describeRunFailure(record);
    if (message !== undefined) failures.push({ run: record.run, message });
  }
  return failures;
}
