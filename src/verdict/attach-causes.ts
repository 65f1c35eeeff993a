import type { IsolationCause } from './isolation.js';
import type { CompactVerdict } from './verdict-builder.js';
import type { Verdict } from './verdict.js';

/**
 * Puts each found cause on its test: on the listed tests, and, for a compact verdict, on every test its
 * eachTest() yields (results.json and the merged report iterate that). Causes only add; a test keeps its class.
 */
export function attachCauses(verdict: Verdict, causes: ReadonlyMap<string, IsolationCause>): void {
  if (causes.size === 0) return;
  for (const test of verdict.tests) {
    const cause = causes.get(test.id);
    if (cause) test.cause = cause;
  }
  if ('eachTest' in verdict) {
    const compact = verdict as CompactVerdict;
    const each = compact.eachTest.bind(compact);
    compact.eachTest = function* () {
      for (const test of each()) {
        const cause = causes.get(test.id);
        yield cause ? { ...test, cause } : test;
      }
    };
  }
}
