import { UserError } from '../inputs/user-error.js';
import { BoundedText, firstLine } from './bounded-text.js';
import { testId, type Outcome, type TestResult } from './model.js';
import type { Limits } from './parse-options.js';
import { normalizePath } from './test-identity.js';

/** CTRF statuses (https://ctrf.io). `other` is not a pass, so it must not count as one. */
const OUTCOMES: Record<string, Outcome> = {
  passed: 'passed',
  failed: 'failed',
  skipped: 'skipped',
  pending: 'skipped',
  other: 'error',
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A non-blank string; CTRF's stdout/stderr are arrays of lines, so those are joined. */
function text(value: unknown): string | undefined {
  const joined = Array.isArray(value) ? value.filter((v) => typeof v === 'string').join('\n') : value;
  return typeof joined === 'string' && joined.trim() !== '' ? joined : undefined;
}

/** The test array of a CTRF document, or undefined when the JSON has another shape. */
export function ctrfTests(document: unknown): unknown[] | undefined {
  if (!isRecord(document) || !isRecord(document.results)) return undefined;
  return Array.isArray(document.results.tests) ? document.results.tests : undefined;
}

/** Converts one CTRF document (already parsed; CTRF is a single JSON value) into TestResults. */
export function collectCtrf(
  document: unknown,
  source: string,
  limits: Limits,
  emit: (test: TestResult) => void,
  warnings: string[],
): void {
  const tests = ctrfTests(document);
  if (tests === undefined) {
    throw new UserError(
      `${source}: JSON, but not a CTRF report ({"results":{"tests":[…]}}) nor go test -json output.`,
    );
  }
  let unknownStatuses = 0;
  tests.forEach((entry, index) => {
    if (!isRecord(entry)) throw new UserError(`${source}: results.tests[${index}] is not an object.`);
    const status = typeof entry.status === 'string' ? entry.status : '';
    const outcome = OUTCOMES[status];
    if (outcome === undefined) unknownStatuses++;
    emit(toResult(entry, outcome ?? 'error', index, limits));
  });
  if (unknownStatuses > 0) {
    warnings.push(`${source}: ${unknownStatuses} test(s) have an unknown CTRF status; counted as errors.`);
  }
}

function toResult(
  entry: Record<string, unknown>,
  outcome: Outcome,
  index: number,
  limits: Limits,
): TestResult {
  const name = text(entry.name) ?? `(unnamed test ${index + 1})`;
  const file = normalizePath(text(entry.filePath), limits.rootDir);
  const suite = Array.isArray(entry.suite)
    ? entry.suite.filter((s) => typeof s === 'string').join(' > ') || undefined
    : text(entry.suite);
  const duration = typeof entry.duration === 'number' && entry.duration > 0 ? entry.duration / 1000 : 0;
  const result: TestResult = { id: testId({ file, suite, name }), name, outcome, duration };
  if (file !== undefined) result.file = file;
  if (suite !== undefined) result.suite = suite;
  if (typeof entry.line === 'number' && Number.isInteger(entry.line) && entry.line > 0)
    result.line = entry.line;
  const retries = typeof entry.retries === 'number' && entry.retries > 0 ? Math.floor(entry.retries) : 0;
  if (retries > 0 && (entry.flaky === true || outcome !== 'passed')) result.retriedFailures = retries;
  const message = firstLine(text(entry.message));
  if (message !== undefined && outcome !== 'passed') result.message = message;
  if (outcome === 'failed' || outcome === 'error') {
    const details = new BoundedText(limits.maxDetailChars);
    for (const part of [text(entry.message), text(entry.trace), text(entry.stdout), text(entry.stderr)]) {
      if (part === undefined) continue;
      if (details.length > 0) details.append('\n\n');
      details.append(part);
    }
    if (details.length > 0) result.details = details.toString();
  }
  return result;
}
