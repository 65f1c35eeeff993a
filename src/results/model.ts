/**
 * One model for every report format (JUnit dialects, go test -json, CTRF).
 * Every value here is plain and JSON-serialisable so it can travel between jobs as an artifact.
 */

/** `error` is JUnit's <error> (the test could not run to an assertion); verdicts treat it as a failure. */
export type Outcome = 'passed' | 'failed' | 'error' | 'skipped';

export interface TestResult {
  /** Stable identity across runs and shards: file (when known), suite/class and name joined by '::'. */
  id: string;
  /** Repo-relative POSIX path of the test file, when the report says or implies it. */
  file?: string;
  /** Suite, class name, describe path or go package. */
  suite?: string;
  name: string;
  outcome: Outcome;
  /** Seconds, as JUnit reports them; 0 when unknown. */
  duration: number;
  /** First line of a failure/skip message, for annotations. */
  message?: string;
  /** Longer failure text (stack, system-out), already truncated to a sane size. */
  details?: string;
  /** 1-based line of the test (or of the failure) in `file`, when known. */
  line?: number;
  /** Failures the framework itself retried away within this run (surefire flakyFailure, rerunFailure). */
  retriedFailures?: number;
  /** The k-th (k ≥ 2) test with the same file, suite and name in one run: its id ends in ` #k`. */
  ordinal?: number;
  /** Not a test: the file failed to load (import error, syntax error), so none of its tests ran. */
  fileError?: true;
}

export type ReportFormat = 'junit' | 'go-json' | 'ctrf';

/** A test file's (or go package's) own measured time in one report: setup and collection included. */
export interface FileTime {
  /** The key its tests are timed under: their `file`, else their `suite` (a Java class, a go package). */
  file: string;
  seconds: number;
}

export interface ParsedReport {
  /** The file the results came from, as given. */
  source: string;
  format: ReportFormat;
  tests: TestResult[];
  /** Where the report times whole files: a JUnit testsuite whose tests all share one file, a go package.
   * Absent when it does not (pytest's one testsuite spans every file). */
  fileTimes?: FileTime[];
  /** Things worth a log line that did not stop parsing (e.g. a testcase without a name). */
  warnings: string[];
}

export function testId(parts: { file?: string; suite?: string; name: string }): string {
  return [parts.file, parts.suite, parts.name].filter((p) => p !== undefined && p !== '').join('::');
}
