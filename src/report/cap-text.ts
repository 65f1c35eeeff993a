/**
 * Cuts text to at most `maxChars` characters (code points, so emoji and CJK are never split in half),
 * ending with "…" when something was cut.
 */
export function capText(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const chars = Array.from(text);
  if (chars.length <= maxChars) return text;
  return chars.slice(0, Math.max(0, maxChars - 1)).join('') + '…';
}

/** The first `maxLines` non-empty lines of `text`, then capped to `maxChars`; for plain-text messages. */
export function firstLines(text: string, maxLines: number, maxChars: number): string {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '');
  const kept = lines.slice(0, maxLines);
  const more = lines.length > kept.length ? '\n…' : '';
  return capText(kept.join('\n'), maxChars) + more;
}
