import { describe, expect, it } from 'vitest';
import { selectAnnotations } from '../../src/report/annotations.js';
import { renderRunSummary } from '../../src/report/run-summary.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import type { TestResult } from '../../src/results/model.js';
import { result, run } from '../verdict/make-runs.js';

describe('renderRunSummary', () => {
  it('renders headline, run failures, runs, flaky tests, slowest tests and the reproduce line', () => {
    const verdict = classifyRuns([
      run(
        1,
        [
          result('adds', 'passed', { duration: 1.5, file: 'math.test.ts' }),
          result('flips', 'failed', { file: 'coin.test.ts', line: 3, message: 'heads <b>' }),
          result('off', 'skipped'),
        ],
        { peakRssBytes: 300 * 2 ** 20 },
      ),
      run(
        2,
        [
          result('adds', 'passed', { duration: 2.5, file: 'math.test.ts' }),
          result('flips', 'passed', { file: 'coin.test.ts', line: 3 }),
          result('off', 'skipped'),
        ],
        { wallMs: 64_000 },
      ),
      run(3, [], { exitCode: 137, reportMissing: true, wallMs: 2500 }),
    ]);
    const summary = renderRunSummary(verdict, {
      omitted: selectAnnotations(verdict).omitted,
      reproduceCommand: 'npx vitest run --reporter=junit',
    });
    expect(summary).toBe(`### ❌ shardproof: 0 failed, 1 flaky, 1 passed, 1 skipped (3 tests, 3 runs)

1 flaky on 2 runs (1 more produced no report); for the 1 test that never failed, with 95% confidence, each test's per-run flake rate is below 77.6%.

**Runs that failed as a whole:**

- run 3 produced no report (exit 137: killed, probably out of memory — try fewer workers or memory-per-worker)

#### Runs

| Run | Exit | Duration | Passed | Failed | Skipped | Flaky | Peak memory |
|--:|---|--:|--:|--:|--:|--:|--:|
| 1 | 1 | 1.0 s | 1 | 1 | 1 | 0 | 300.0 MiB |
| 2 | 0 | 1m 04s | 2 | 0 | 1 | 0 | — |
| 3 | 137, no report | 2.5 s | 0 | 0 | 0 | 0 | — |

#### Flaky (1)

Runs: ✓ passed, ✗ failed, · absent

| Test | Runs | Location | First failure |
|---|---|---|---|
| flips | ✗✓· | coin.test.ts:3 | heads &lt;b&gt; |

#### Slowest tests (median across runs)

| Test | Median | Location |
|---|--:|---|
| adds | 2.0 s | math.test.ts |
| flips | 100 ms | coin.test.ts |

To reproduce: <code>npx vitest run --reporter=junit</code>

`);
  });

  it('marks a clean verdict with ✅ and flaky-but-allowed with ⚠️', () => {
    const clean = classifyRuns([run(1, [result('a', 'passed')]), run(2, [result('a', 'passed')])]);
    expect(renderRunSummary(clean).split('\n')[0]).toBe(
      '### ✅ shardproof: 0 failed, 0 flaky, 1 passed, 0 skipped (1 test, 2 runs)',
    );
    const flaky = classifyRuns([run(1, [result('a', 'passed')]), run(2, [result('a', 'failed')])]);
    expect(renderRunSummary(flaky, { failOnFlaky: false }).split('\n')[0]).toBe(
      '### ⚠️ shardproof: 0 failed, 1 flaky, 0 passed, 0 skipped (1 test, 2 runs)',
    );
  });

  it('says how many annotations GitHub will not show', () => {
    const verdict = classifyRuns([run(1, [result('a', 'failed')])]);
    const summary = renderRunSummary(verdict, { omitted: { error: 12, warning: 4512, notice: 1 } });
    expect(summary).toContain(
      'Not annotated: 12 errors, 4,512 warnings, 1 notice (GitHub shows at most 10 annotations per level per step); the tables list them.\n',
    );
  });

  it('fits 100,000 flaky tests with long hostile names under the budget, inert, and says what was cut', () => {
    const hostile = (i: number): TestResult => ({
      id: `t${String(i).padStart(6, '0')}`,
      name: `<img src=x onerror=alert(1)> </details> | a | b | @everyone \`x\` [l](u) #${i} ${'ü'.repeat(300)}`,
      file: `src/<script>/${i}|.test.ts`,
      outcome: 'passed',
      duration: 0.001 * (i % 1000),
      message: '<!-- --> @here\n| row |',
    });
    const passing = Array.from({ length: 100_000 }, (_, i) => hostile(i));
    const failing = passing.map((t) => ({ ...t, outcome: 'failed' as const }));
    const verdict = classifyRuns([run(1, passing), run(2, failing)]);
    expect(verdict.counts.flaky).toBe(100_000);

    const summary = renderRunSummary(verdict, {
      omitted: selectAnnotations(verdict).omitted,
      reproduceCommand: 'npm test -- <evil>',
    });

    expect(Buffer.byteLength(summary, 'utf8')).toBeLessThanOrEqual(1_000_000);
    const testRows = summary
      .split('\n')
      .filter((line) => line.startsWith('| <') || line.startsWith('| &lt;'));
    expect(testRows.length).toBeGreaterThan(100);
    const cut = 100_000 - testRows.length;
    const lines = summary.trimEnd().split('\n');
    expect(lines[lines.length - 1]).toBe(
      `Cut to fit GitHub's 1 MiB summary limit: ${cut.toLocaleString('en-US')} flaky-test rows, the slowest-tests table.`,
    );
    // Headline, runs table and the not-annotated line outrank the long list and survive.
    expect(lines[0]).toBe(
      '### ❌ shardproof: 0 failed, 100,000 flaky, 0 passed, 0 skipped (100,000 tests, 2 runs)',
    );
    expect(summary).toContain('| 2 | 1 | 1.0 s | 0 | 100,000 | 0 | 0 | — |');
    expect(summary).toContain('Not annotated: 99,990 warnings');
    // Nothing hostile survives: no tags, no mentions, no extra table cells.
    const withoutOurTags = summary.replaceAll('<code>', '').replaceAll('</code>', '');
    expect(withoutOurTags).not.toMatch(/[<>]/);
    expect(summary).not.toMatch(/@(everyone|here)/);
    expect(summary).not.toMatch(/[^&]#\d/); // entities like &#124; are ours
    for (const row of testRows) expect(row.split('|')).toHaveLength(6);
    expect(testRows[0]).toBe(
      `| &lt;img src=x onerror=alert(1)&gt; &lt;/details&gt; &#124; a &#124; b &#124; @\u200Deveryone &#96;x&#96; &#91;l&#93;(u) #\u200D0 ${'ü'.repeat(125)}… | ✓✗ | src/&lt;script&gt;/0&#124;.test.ts | &lt;!-- --&gt; @\u200Dhere &#124; row &#124; |`,
    );
  });
});
