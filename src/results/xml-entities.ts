/**
 * The five predefined XML entities and numeric character references. Nothing else is ever expanded:
 * documents that declare entities are refused by the tokenizer before any content is read.
 * References are recognised in place, by character codes, so decoding allocates only the output.
 */
function named(text: string, start: number, length: number): string | undefined {
  // Compared by code, never looked up in an object: `&constructor;` must not find Object.prototype.constructor.
  const a = text.charCodeAt(start);
  const b = text.charCodeAt(start + 1);
  if (length === 2 && b === 116 /* t */) return a === 108 /* l */ ? '<' : a === 103 /* g */ ? '>' : undefined;
  if (length === 3) return text.startsWith('amp', start) ? '&' : undefined;
  if (length !== 4) return undefined;
  if (text.startsWith('quot', start)) return '"';
  return text.startsWith('apos', start) ? "'" : undefined;
}

function fromCodePoint(code: number): string {
  // Lone surrogates and out-of-range code points would make invalid strings; keep a visible placeholder.
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** `&#…;` between `start` (after `#`) and `end` (the `;`): 1–10 decimal or `x` and 1–8 hex digits. */
function numeric(text: string, start: number, end: number): string | undefined {
  const hex = text.charCodeAt(start) === 120 /* x */ || text.charCodeAt(start) === 88; /* X */
  const first = hex ? start + 1 : start;
  const digits = end - first;
  if (digits < 1 || digits > (hex ? 8 : 10)) return undefined;
  let code = 0;
  for (let i = first; i < end; i++) {
    const c = text.charCodeAt(i);
    let digit = c - 48;
    if (hex && !(digit >= 0 && digit <= 9)) digit = (c | 32) - 87; // a-f / A-F → 10–15
    if (!(digit >= 0 && digit < (hex ? 16 : 10))) return undefined;
    code = code * (hex ? 16 : 10) + digit;
  }
  return fromCodePoint(code);
}

/** The replacement for the reference between `&` and `;` (exclusive), or undefined to keep it literally. */
function resolveReference(text: string, start: number, end: number): string | undefined {
  if (text.charCodeAt(start) === 35 /* # */) return numeric(text, start + 1, end);
  // Unknown names (&nbsp; from HTML-minded reporters) stay literal rather than failing the whole report.
  return named(text, start, end - start);
}

/** Decodes references with indexOf and slices: a regex replace with a callback was the parser's hot spot. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp === -1) return text;
  let out = '';
  let copied = 0;
  while (amp !== -1) {
    const semi = text.indexOf(';', amp + 1);
    if (semi === -1) break;
    if (semi - amp <= 12) {
      const replacement = resolveReference(text, amp + 1, semi);
      if (replacement !== undefined) {
        out += text.slice(copied, amp) + replacement;
        copied = semi + 1;
      }
    }
    amp = text.indexOf('&', amp + 1);
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/**
 * Where a chunk of text must be cut so that a reference split across chunk boundaries (`&am` | `p;`) is
 * decoded whole: the index of a trailing, unterminated `&`, or `text.length` when there is none.
 */
export function safeTextEnd(text: string, from: number): number {
  const amp = text.lastIndexOf('&');
  if (amp < from || text.length - amp > 12) return text.length;
  return text.indexOf(';', amp) === -1 ? amp : text.length;
}
