import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { classifyReports } from '../../src/verdict/classify-reports.js';
import { everyTest } from '../../src/verdict/verdict-builder.js';

/** Memory itself is measured by bench/report-memory.ts (a child process's peak RSS), not by a unit test. */
describe('a report with very many tests', () => {
  it('keeps only the notable tests as objects and yields every verdict one at a time', async () => {
    const cases: string[] = [];
    for (let i = 0; i < 30_000; i++) {
      const failure =
        i % 10_000 === 7 ? `<failure message="boom ${i}">${'stack line\n'.repeat(50)}</failure>` : '';
      cases.push(
        `<testcase classname="tests.test_m${i % 300}" name="test_${i}" time="${i === 12_345 ? 9 : 0.001}">${failure}</testcase>`,
      );
    }
    const path = join(mkdtempSync(join(tmpdir(), 'shardproof-many-')), 'report.xml');
    writeFileSync(path, `<testsuite name="s">\n${cases.join('\n')}\n</testsuite>\n`);
    const verdict = await classifyReports([[path], [path]]);
    expect(verdict.counts).toEqual({
      passed: 29_997,
      failed: 3,
      flaky: 0,
      skipped: 0,
      total: 30_000,
      fileErrors: 0,
    });
    // The three failures and the 100 slowest passing tests, not 30,000 objects.
    expect(verdict.tests).toHaveLength(103);
    expect(verdict.tests.filter((t) => t.class === 'failed').map((t) => t.name)).toEqual([
      'test_10007',
      'test_20007',
      'test_7',
    ]);
    let count = 0;
    let previous = '';
    for (const test of everyTest(verdict)) {
      expect(test.id > previous).toBe(true);
      previous = test.id;
      count++;
    }
    expect(count).toBe(30_000);
    const slowest = verdict.tests.find((t) => t.name === 'test_12345');
    expect(slowest).toMatchObject({ class: 'passed', pattern: '✓✓', medianDurationSec: 9 });
  });
});
