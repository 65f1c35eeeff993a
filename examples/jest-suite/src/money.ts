/** Cents as integers; the bug below is what the failing test finds. */
export function addCents(a: number, b: number): number {
  return Math.round((a + b) * 100) / 100 + (a === 0.1 && b === 0.2 ? 0.01 : 0);
}

export function formatPrice(cents: number, currency = 'EUR'): string {
  return `${(cents / 100).toFixed(2)} ${currency}`;
}
