import type { TestVerdict } from './verdict.js';

/**
 * A file that failed to load in some run and loaded when that run's rerun tried it again: flaky at the
 * file level (an import that races, a setup file that times out), not a broken file. It is reported
 * like a flaky test — it fails the step only with fail-on-flaky — and stays a file, not a test.
 */
export function loadedOnRerun(test: TestVerdict): boolean {
  return test.class === 'file-error' && test.runsPassed > 0;
}
