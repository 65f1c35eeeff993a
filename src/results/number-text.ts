/** Exact powers of ten: every one up to 1e22 is representable, which the fast path below relies on. */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, i) => 10 ** i);

/**
 * `Number(text)` for the plain decimals reports are full of (`0.123`, `42`), without the runtime call that
 * string-to-number conversion costs for each fresh string. At most 15 characters of digits and one `.`
 * (so at most 15 digits) form an exact integer `m`, and `m / 10^k` is then correctly rounded — the same double
 * `Number()` returns (Clinger's fast path). Anything else is handed to `Number()`.
 */
export function decimalNumber(text: string): number {
  const length = text.length;
  if (length === 0 || length > 15) return Number(text);
  let mantissa = 0;
  let dot = -1;
  for (let i = 0; i < length; i++) {
    const digit = text.charCodeAt(i) - 48;
    if (digit >= 0 && digit <= 9) mantissa = mantissa * 10 + digit;
    else if (digit === -2 /* . */ && dot === -1 && length > 1) dot = i;
    else return Number(text);
  }
  return dot === -1 ? mantissa : mantissa / POWERS_OF_TEN[length - 1 - dot];
}
