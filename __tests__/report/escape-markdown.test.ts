import { describe, expect, it } from 'vitest';
import { escapeMarkdown } from '../../src/report/escape-markdown.js';

const ZWJ = '\u200D';

describe('escapeMarkdown', () => {
  it('turns HTML into inert entities', () => {
    expect(escapeMarkdown('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeMarkdown('</details><script>')).toBe('&lt;/details&gt;&lt;script&gt;');
    expect(escapeMarkdown(`a "b" 'c' & d`)).toBe('a &quot;b&quot; &#39;c&#39; &amp; d');
  });

  it('escapes an existing entity instead of letting it decode', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('keeps table pipes, code, emphasis, links, math and backslashes from acting', () => {
    expect(escapeMarkdown('| a | b |')).toBe('&#124; a &#124; b &#124;');
    expect(escapeMarkdown('`x` **b** _i_ ~~s~~ [l](u) ![i](u) $x$ \\')).toBe(
      '&#96;x&#96; &#42;&#42;b&#42;&#42; &#95;i&#95; &#126;&#126;s&#126;&#126; &#91;l&#93;(u) !&#91;i&#93;(u) &#36;x&#36; &#92;',
    );
  });

  it('neutralises mentions and issue references with a zero-width joiner', () => {
    expect(escapeMarkdown('@everyone ping @org/team about #123')).toBe(
      `@${ZWJ}everyone ping @${ZWJ}org/team about #${ZWJ}123`,
    );
    expect(escapeMarkdown('a@ b # c')).toBe('a@ b # c');
  });

  it('puts everything on one line', () => {
    expect(escapeMarkdown('a\nb\r\nc\td\u2028e')).toBe('a b c d e');
  });

  it('caps long text with an ellipsis without splitting a character', () => {
    expect(escapeMarkdown('x'.repeat(300))).toBe('x'.repeat(199) + '…');
    expect(escapeMarkdown('😀'.repeat(5), 3)).toBe('😀😀…');
    expect(escapeMarkdown('short', 5)).toBe('short');
  });
});
