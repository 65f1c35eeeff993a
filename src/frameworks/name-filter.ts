/**
 * Rerun selection by test name for the JavaScript frameworks: restrict the run to the tests' files and
 * pass one anchored regular expression of their full names. A filter may select a same-named test
 * elsewhere in those files; the run step matches results back by id, so extra results are harmless.
 */
import type { TestResult } from '../results/model.js';
import type { RerunSelection } from './framework.js';

/** Escapes a string for a JavaScript RegExp with or without the `u` flag (`-` stays: `\-` is invalid with u). */
export function escapeJsRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/**
 * A pattern for a full test name whose parts the report joined with `separator` while the framework's
 * filter sees them joined by spaces. A title may itself hold the separator, so each separator matches
 * either form; a `title` the report kept apart (jest-junit's own attribute) is matched literally.
 */
export function fullNamePattern(parts: string[], separator: string, title?: string): string {
  const either = `(?: |${escapeJsRegExp(separator)})`;
  const path = parts.map(escapeJsRegExp).join(either);
  if (title === undefined) return path;
  return path === '' ? escapeJsRegExp(title) : `${path} ${escapeJsRegExp(title)}`;
}

export function nameFilterSelection(
  tests: TestResult[],
  pattern: (test: TestResult) => string,
  toArgs: (patterns: string[]) => string[],
): RerunSelection {
  const files = new Set<string>();
  const patterns = new Set<string>();
  const unselectable: RerunSelection['unselectable'] = [];
  for (const test of tests) {
    if (!test.file) {
      unselectable.push({ test, reason: 'the report names no test file to restrict the rerun to' });
      continue;
    }
    files.add(test.file);
    // A file that failed to load is rerun as a file: loading it again is what the rerun checks.
    if (!test.fileError) patterns.add(pattern(test));
  }
  return { files: [...files], filterArgs: patterns.size ? toArgs([...patterns]) : [], unselectable };
}

/** `file > describe > test`: how jest and vitest users name a test. */
export function arrowId(test: TestResult, describePath: string[], title: string): string {
  return [test.file, ...describePath, title].filter((p) => p !== undefined && p !== '').join(' > ');
}
