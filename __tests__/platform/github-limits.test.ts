import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cutBytes, cutChars, cutMarkdown } from '../../src/platform/github-limits.js';

describe('cutting text to GitHub limits', () => {
  it('leaves text within the limit untouched', () => {
    expect(cutMarkdown('short', 10)).toBe('short');
    expect(cutBytes('short', 10)).toBe('short');
    expect(cutChars('short', 5)).toBe('short');
  });

  it('cuts markdown at a line break, within the limit, with a note of how much was cut', () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `line ${i}`).join('\n');
    const cut = cutMarkdown(text, 10_000);
    expect(cut.length).toBeLessThanOrEqual(10_000);
    const kept = cut.slice(0, cut.indexOf('\n\n**Cut'));
    expect(text.startsWith(kept)).toBe(true);
    expect(text[kept.length]).toBe('\n');
    expect(cut).toContain(
      `${(text.length - kept.length).toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} not shown`,
    );
  });

  it('closes a code fence that the cut left open, so the note is not shown as code', () => {
    const text = 'intro\n```\n' + 'log line\n'.repeat(3_000) + '```\n';
    const cut = cutMarkdown(text, 5_000);
    expect(cut.length).toBeLessThanOrEqual(5_000);
    expect(cut.match(/^```/gm)).toHaveLength(2);
  });

  it('never splits an emoji in half, in characters or bytes', () => {
    const emoji = '😀'.repeat(10);
    expect(cutChars(emoji, 6)).toBe('😀😀…');
    const bytes = cutBytes(emoji, 10);
    expect(bytes).toBe('😀…');
    expect(Buffer.byteLength(bytes)).toBeLessThanOrEqual(10);
    const md = cutMarkdown('😀'.repeat(40_000), 65_536);
    expect(md.length).toBeLessThanOrEqual(65_536);
    expect(md).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });
});

describe('cutting, for any text', () => {
  it('never exceeds the limit, keeps a prefix of the text, and leaves no half emoji', () => {
    const text = fc.string({ unit: fc.constantFrom('a', '\n', '😀', '```', 'é', ' '), maxLength: 3_000 });
    fc.assert(
      fc.property(text, fc.integer({ min: 400, max: 2_000 }), (t, max) => {
        const cut = cutMarkdown(t, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        if (cut === t) return;
        const kept = cut.slice(0, cut.indexOf('\n\n**Cut to fit'));
        expect(t.startsWith(kept.replace(/\n```$/, '')) || t.startsWith(kept)).toBe(true);
        expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
      }),
    );
  });
});
