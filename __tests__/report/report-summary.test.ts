import { describe, expect, it } from 'vitest';
import { renderReportSummary } from '../../src/report/report-summary.js';
import { shardTimingSection } from '../../src/report/shard-timing.js';
import type { Completeness } from '../../src/verdict/completeness.js';
import type { TestVerdict, Verdict } from '../../src/verdict/verdict.js';

function verdictWith(flaky: number): Verdict {
  const tests: TestVerdict[] = Array.from({ length: flaky }, (_, i) => ({
    id: `tests/test_${i}.py::test_${'x'.repeat(150)}_${i}`,
    name: `test_${'x'.repeat(150)}_${i} <script>@team`,
    file: `tests/test_${i}.py`,
    line: 3,
    class: 'flaky',
    pattern: '✓✗✓',
    runsFailed: 1,
    runsPassed: 2,
    runsPresent: 3,
    missingRuns: 0,
    failures: 1,
    message: 'AssertionError: '.repeat(20),
    medianDurationSec: 1,
  }));
  return {
    runs: [1, 2, 3].map((run) => ({
      run,
      exitCode: 1,
      timedOut: false,
      reportMissing: false,
      wallMs: 1000,
      counts: { passed: 0, failed: 0, skipped: 0, flaky },
      reruns: 0,
    })),
    runsWithReport: 3,
    tests,
    counts: { passed: 0, failed: 0, flaky, skipped: 0, total: flaky, fileErrors: 0 },
    runFailures: [],
  };
}

const incomplete: Completeness = {
  missingProofs: ["suite 'unit' shard 2/8"],
  missingFiles: [{ shard: "suite 'unit' shard 3/8", file: 'tests/<gone>.py' }],
  partitionFaults: [],
  otherPlan: [],
  filesUnchecked: [],
};

describe('renderReportSummary', () => {
  it('keeps the headline, what is missing and the shard chart when thousands of flaky rows must be cut', () => {
    const timing = shardTimingSection(
      [{ label: 'unit 1/8', predictedSeconds: 10, actualSeconds: 12, jobTestSeconds: 36 }],
      { largestItemSeconds: 1, overheadSeconds: 30, importance: 3 },
    );
    const summary = renderReportSummary(
      verdictWith(20_000),
      incomplete,
      { sections: [timing], notes: ['plan: abc'], failing: true },
      { byteBudget: 65_000 },
    );
    expect(Buffer.byteLength(summary)).toBeLessThanOrEqual(65_000);
    expect(summary.startsWith('### ❌ shardproof report: 0 failed, 20,000 flaky')).toBe(true);
    expect(summary).toContain('No proof from suite &#39;unit&#39; shard 2/8');
    expect(summary).toContain('<code>tests/&lt;gone&gt;.py</code>');
    expect(summary).toContain('```mermaid\ngantt');
    expect(summary).not.toContain('<script>');
    expect(summary).toMatch(/Cut to fit GitHub's 1 MiB summary limit: [\d,]+ flaky-test rows/);
  });

  it('says nothing about completeness when every proof is there', () => {
    const complete: Completeness = {
      missingProofs: [],
      missingFiles: [],
      partitionFaults: [],
      otherPlan: [],
      filesUnchecked: [],
    };
    const summary = renderReportSummary(
      verdictWith(1),
      complete,
      { sections: [], notes: [], failing: false },
      { failOnFlaky: false },
    );
    expect(summary.startsWith('### ⚠️ shardproof report')).toBe(true);
    expect(summary).not.toContain('Incomplete');
  });
});
