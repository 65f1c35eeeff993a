/** Public API of the results stage: every report format in, one TestResult model out. */
export {
  parseReportFile,
  parseReportText,
  parseReports,
  type ParseReportsResult,
  type ReportFile,
} from './parse-report.js';
export { DEFAULT_LIMITS, type ParseOptions } from './parse-options.js';
export {
  testId,
  type FileTime,
  type Outcome,
  type ParsedReport,
  type ReportFormat,
  type TestResult,
} from './model.js';
export { LOAD_ERROR_NAME, loadErrorEntry, loadErrorsCleared, numberRunResults } from './run-results.js';
export { rebaseReportPaths, rebaseRun } from './rebase-paths.js';
