/**
 * The five predefined XML entities and numeric character references. Nothing else is ever expanded:
 * documents that declare entities are refused by the tokenizer before any content is read.
 */
function named(name: string): string | undefined {
  // A switch, not an object lookup: `&constructor;` must not find Object.prototype.constructor.
  switch (name) {
    case 'lt':
      return '<';
    case 'gt':
      return '>';
    case 'amp':
      return '&';
    case 'quot':
      return '"';
    case 'apos':
      return "'";
    default:
      return undefined;
  }
}

function fromCodePoint(code: number): string {
  // Lone surrogates and out-of-range code points would make invalid strings; keep a visible placeholder.
  if (!(code > 0 && code <= 0x10ffff) || (code >= 0xd800 && code <= 0xdfff)) return '\uFFFD';
  return String.fromCodePoint(code);
}

/** The replacement for the reference between `&` and `;` (exclusive), or undefined to keep it literally. */
function resolveReference(body: string): string | undefined {
  if (body.charCodeAt(0) === 35 /* # */) {
    const hex = body.charCodeAt(1) === 120 || body.charCodeAt(1) === 88;
    const digits = body.slice(hex ? 2 : 1);
    if (digits === '' || !(hex ? /^[0-9a-fA-F]{1,8}$/ : /^[0-9]{1,10}$/).test(digits)) return undefined;
    return fromCodePoint(parseInt(digits, hex ? 16 : 10));
  }
  // Unknown names (&nbsp; from HTML-minded reporters) stay literal rather than failing the whole report.
  return named(body);
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
      const replacement = resolveReference(text.slice(amp + 1, semi));
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
