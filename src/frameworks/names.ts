/** The framework names the `framework` input accepts: a leaf module, so inputs/ needs nothing downstream. */
export type Framework = 'pytest' | 'jest' | 'vitest' | 'playwright' | 'go' | 'node-test' | 'custom';

export const FRAMEWORKS: readonly Framework[] = [
  'pytest', 'jest', 'vitest', 'playwright', 'go', 'node-test', 'custom',
]; // prettier-ignore

/** A planned suite's framework name, `custom` when it names none (or one this version does not know). */
export function frameworkNamed(name: string | undefined): Framework {
  return FRAMEWORKS.find((f) => f === name) ?? 'custom';
}
