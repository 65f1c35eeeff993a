import { describe, expect, it } from 'vitest';
import { emptyHistory, type TimingHistory } from '../../src/plan/history.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { renderPlanSummary } from '../../src/report/plan-summary.js';

function history(entries: Record<string, number>): TimingHistory {
  const h = emptyHistory();
  for (const [key, seconds] of Object.entries(entries)) h.items[key] = { durations: [seconds], updated: 'x' };
  return h;
}

describe('the plan summary', () => {
  it('draws predicted seconds per shard and escapes paths', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['a|b<script>&`x`.test.ts', 'c.test.ts'], shards: 2 }],
      history: history({ 'a|b<script>&`x`.test.ts': 3, 'c.test.ts': 1 }),
    });
    const md = renderPlanSummary(plan);
    expect(md).toContain(
      'xychart-beta\n  title "Predicted seconds per shard _default_"\n  x-axis ["1", "2"]\n  y-axis "seconds"\n  bar [3.0, 1.0]',
    );
    // Inside <code> the entities render as the characters; in a markdown code span they would show raw.
    expect(md).toContain('| <code>a&#124;b&lt;script&gt;&amp;&#96;x&#96;.test.ts</code> | 3.0 s |');
    expect(md).not.toContain('<script>');
  });
});
