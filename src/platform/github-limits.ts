/** GitHub's REST limits for check runs and comments (each past its limit answers 422 Unprocessable Entity). */
export const ANNOTATIONS_PER_REQUEST = 50;
export const CHECK_SUMMARY_MAX_CHARS = 65_535;
export const COMMENT_MAX_CHARS = 65_536;
export const ANNOTATION_TITLE_MAX_CHARS = 255;
/** A check run's output title has no documented limit; it is one heading line, so it is kept as short. */
export const CHECK_TITLE_MAX_CHARS = 255;
/** An annotation's message and raw_details: 64 KB each. */
export const ANNOTATION_TEXT_MAX_BYTES = 64 * 1024;

/**
 * Cuts markdown to at most `max` UTF-16 code units (never more characters than GitHub counts), at a line
 * break near the end when there is one, closes a code fence left open, and ends with a note saying how much
 * was cut: a reader must never mistake a cut text for the whole.
 */
export function cutMarkdown(text: string, max: number): string {
  if (text.length <= max) return text;
  const note = (shown: number) =>
    `\n\n**Cut to fit GitHub's limit of ${max.toLocaleString('en-US')} characters:** ` +
    `${(text.length - shown).toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} not shown ` +
    '(the job summary and the report artifact have everything).';
  const fence = '\n```';
  const room = max - note(0).length - fence.length;
  let cut = withoutHalfPair(text.slice(0, Math.max(0, room)));
  const lineEnd = cut.lastIndexOf('\n');
  if (lineEnd > room - 2000 && lineEnd > 0) cut = cut.slice(0, lineEnd);
  const openFence = (cut.match(/^\s*(```|~~~)/gm) ?? []).length % 2 === 1;
  return cut + (openFence ? fence : '') + note(cut.length);
}

/** Cuts plain text to at most `maxBytes` of UTF-8, ending with "…" when cut. */
export function cutBytes(text: string, maxBytes: number): string {
  if (Buffer.byteLength(text) <= maxBytes) return text;
  const bytes = Buffer.from(text).subarray(0, maxBytes - 3);
  // A multi-byte character cut in half decodes as U+FFFD: drop it.
  return bytes.toString('utf8').replace(/\uFFFD+$/, '') + '…';
}

/** Cuts plain text to at most `max` UTF-16 code units, ending with "…" when cut. */
export function cutChars(text: string, max: number): string {
  return text.length <= max ? text : withoutHalfPair(text.slice(0, max - 1)) + '…';
}

function withoutHalfPair(text: string): string {
  return /[\uD800-\uDBFF]$/.test(text) ? text.slice(0, -1) : text;
}
