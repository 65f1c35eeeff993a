// The plain closing line CI reads ("tests: N passed, N failed, N skipped"), from Vitest's JSON report.
// Usage: node scripts/closing-line.mjs <vitest.json> <vitest exit status>
import { existsSync, readFileSync } from 'node:fs';

const [reportPath, statusText = '0'] = process.argv.slice(2);
const status = Number(statusText);
let passed = 0;
let failed = 0;
let skipped = 0;
if (reportPath && existsSync(reportPath)) {
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  passed = report.numPassedTests;
  failed = report.numFailedTests;
  skipped = report.numPendingTests + report.numTodoTests;
  // A test file that fails to load (an import error, a missing fixture) holds no failed test in Vitest's
  // counts, yet fails the run: each such file counts as one failure.
  for (const file of report.testResults) {
    if (file.status !== 'failed' || file.assertionResults.some((a) => a.status === 'failed')) continue;
    console.log(`test file failed to run: ${file.name}: ${String(file.message).split('\n')[0]}`);
    failed++;
  }
} else {
  console.log('vitest wrote no JSON report');
}
// A red run must never read as "0 failed" (an unhandled error, a crash of the runner itself).
if (status !== 0 && failed === 0) {
  console.log(`vitest exited with status ${status} and no failed test: counted as one failure`);
  failed = 1;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
