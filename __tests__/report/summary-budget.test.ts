import { describe, expect, it } from 'vitest';
import { renderWithinBudget, type SummarySection } from '../../src/report/summary-budget.js';

function section(name: string, importance: number, rows: string[], rowNoun?: string): SummarySection {
  return { name, importance, head: `## ${name}\n`, rowCount: rows.length, row: (i) => rows[i], rowNoun };
}

const rows = (n: number) => Array.from({ length: n }, (_, i) => `row ${i}`);

describe('renderWithinBudget', () => {
  it('renders everything in array order when it fits', () => {
    const out = renderWithinBudget([section('b', 1, ['x']), section('a', 0, [])], 1000);
    expect(out).toBe('## b\nx\n\n## a\n\n');
  });

  it('cuts rows from the end of the least important list, drops less important sections, and says so', () => {
    const sections = [
      section('top', 0, []),
      section('the list', 1, rows(100), 'list rows'),
      section('the extra table', 2, rows(3)),
    ];
    const out = renderWithinBudget(sections, 400);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(400);
    const kept = out.split('\n').filter((l) => l.startsWith('row '));
    expect(kept).toEqual(rows(kept.length));
    expect(out.startsWith('## top\n\n## the list\nrow 0\n')).toBe(true);
    expect(out).not.toContain('the extra table\n');
    expect(
      out.endsWith(
        `Cut to fit GitHub's 1 MiB summary limit: ${100 - kept.length} list rows, the extra table.\n`,
      ),
    ).toBe(true);
  });

  it('drops a list whose header fits but none of whose rows do', () => {
    const sections = [section('top', 0, []), section('wide', 1, ['w'.repeat(500)], 'wide rows')];
    expect(renderWithinBudget(sections, 300)).toBe(
      "## top\n\nCut to fit GitHub's 1 MiB summary limit: wide.\n",
    );
  });

  it('measures UTF-8 bytes, not characters', () => {
    const sections = [section('top', 0, []), section('emoji', 1, ['😀'.repeat(100)], 'emoji rows')];
    // 400 bytes of emoji do not fit in 300 even though they are only 100 characters.
    expect(renderWithinBudget(sections, 300)).toBe(
      "## top\n\nCut to fit GitHub's 1 MiB summary limit: emoji.\n",
    );
  });
});
