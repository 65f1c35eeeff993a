import { formatCount } from './format-units.js';

/** GitHub rejects a step summary over 1 MiB; stay a margin below it for whatever is appended later. */
export const SUMMARY_BYTE_BUDGET = 1_000_000;

/**
 * A block of the summary. Sections render in array order but are kept by `importance` (0 = most
 * important): when the summary is over budget, whole sections and rows are cut from the least important end.
 */
export interface SummarySection {
  /** How the cut line names the whole section: "the slowest-tests table". */
  name: string;
  /** How the cut line names its rows: "flaky-test rows". */
  rowNoun?: string;
  importance: number;
  /** Markdown before the rows, each line ending in "\n". */
  head: string;
  rowCount: number;
  /** Row `i`, without its newline; rows are built only when they might fit. */
  row(i: number): string;
}

/** Rows kept per section; -1 drops the section. */
type Plan = Map<SummarySection, number>;

function bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

// Fills the budget in order of importance; the first section that does not fit whole keeps the rows that
// fit (or is dropped when none do), and every less important section is dropped.
function plan(sections: readonly SummarySection[], budget: number): { plan: Plan; complete: boolean } {
  const kept: Plan = new Map();
  let remaining = budget;
  let exhausted = false;
  const byImportance = [...sections].sort((a, b) => a.importance - b.importance);
  for (const section of byImportance) {
    const fixed = bytes(section.head) + 1; // +1: the blank line after the section
    if (exhausted || fixed > remaining) {
      exhausted = true;
      kept.set(section, -1);
      continue;
    }
    remaining -= fixed;
    let rows = 0;
    while (rows < section.rowCount) {
      const size = bytes(section.row(rows)) + 1;
      if (size > remaining) {
        exhausted = true;
        break;
      }
      remaining -= size;
      rows++;
    }
    if (section.rowCount > 0 && rows === 0) {
      // A table header with no rows says nothing: give its bytes back and drop it.
      remaining += fixed;
      kept.set(section, -1);
    } else {
      kept.set(section, rows);
    }
  }
  return { plan: kept, complete: !exhausted };
}

function render(sections: readonly SummarySection[], kept: Plan): string {
  const parts: string[] = [];
  for (const section of sections) {
    const rows = kept.get(section) ?? -1;
    if (rows < 0) continue;
    let text = section.head;
    for (let i = 0; i < rows; i++) text += section.row(i) + '\n';
    parts.push(text + '\n');
  }
  return parts.join('');
}

function cutLine(sections: readonly SummarySection[], kept: Plan): string {
  const cuts: string[] = [];
  for (const section of sections) {
    const rows = kept.get(section) ?? -1;
    if (rows < 0) cuts.push(section.name);
    else if (rows < section.rowCount) {
      cuts.push(`${formatCount(section.rowCount - rows)} ${section.rowNoun ?? 'rows'}`);
    }
  }
  return `Cut to fit GitHub's 1 MiB summary limit: ${cuts.join(', ')}.\n`;
}

/**
 * Renders the sections within `budget` UTF-8 bytes. When something had to go, the last line says exactly
 * what: "Cut to fit GitHub's 1 MiB summary limit: 4,512 flaky-test rows, the slowest-tests table."
 */
export function renderWithinBudget(sections: readonly SummarySection[], budget: number): string {
  const whole = plan(sections, budget);
  if (whole.complete) return render(sections, whole.plan);
  // Room for the cut line: guess, then grow the reserve until the line fits what it describes.
  let reserve = 256;
  for (let attempt = 0; attempt < 8; attempt++) {
    const cut = plan(sections, Math.max(0, budget - reserve));
    const line = cutLine(sections, cut.plan);
    if (bytes(line) <= reserve) return render(sections, cut.plan) + line;
    reserve = bytes(line);
  }
  throw new Error(`summary budget of ${budget} bytes cannot hold even the cut line`);
}
