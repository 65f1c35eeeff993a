/**
 * Turns one untrusted records.jsonl line into a value of the proof format, or undefined when it is not one.
 * Proof folders come from pull-request jobs: every field is checked and every string capped, so a hostile
 * line can neither crash the report nor smuggle a field the verdict does not expect.
 */
import type { Outcome, TestResult } from '../results/model.js';
import type { FileLine, RunLine, TestLine } from './proof-format.js';

const OUTCOMES: readonly Outcome[] = ['passed', 'failed', 'error', 'skipped'];
const MAX_ID = 2000;
const MAX_MESSAGE = 2000;
const MAX_DETAILS = 8000;
const MAX_RUN = 10_000;

type Json = Record<string, unknown>;

function text(value: unknown, max: number): string | undefined {
  return typeof value === 'string' ? value.slice(0, max) : undefined;
}

function count(value: unknown, max: number): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max
    ? value
    : undefined;
}

function seconds(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>);
}

function runLine(doc: Json): RunLine | undefined {
  const run = count(doc.run, MAX_RUN);
  if (run === undefined) return undefined;
  const exitCode = typeof doc.exitCode === 'number' && Number.isInteger(doc.exitCode) ? doc.exitCode : null;
  const unreadable = Array.isArray(doc.unreadableReports)
    ? doc.unreadableReports.slice(0, 20).flatMap((r) => text(r, 500) ?? [])
    : undefined;
  return {
    type: 'run',
    run,
    exitCode,
    ...optional('signal', text(doc.signal, 20)),
    timedOut: doc.timedOut === true,
    ...optional('oomKilled', doc.oomKilled === true ? true : undefined),
    ...optional('startError', text(doc.startError, 500)),
    ...optional('stopReason', text(doc.stopReason, 500)),
    reportMissing: doc.reportMissing === true,
    ...optional('unreadableReports', unreadable),
    wallMs: seconds(doc.wallMs) ?? 0,
    ...optional('peakRssBytes', seconds(doc.peakRssBytes)),
    ...optional('seed', orderSeed(doc.seed)),
  };
}

/** A shuffled run's seed: a whole number below 2^31 (what every framework's seed option takes). */
function orderSeed(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 31
    ? value
    : undefined;
}

function testResult(doc: Json): TestResult | undefined {
  const id = text(doc.id, MAX_ID);
  const name = text(doc.name, MAX_ID);
  const outcome = OUTCOMES.find((o) => o === doc.outcome);
  if (!id || name === undefined || outcome === undefined) return undefined;
  return {
    id,
    ...optional('file', text(doc.file, MAX_ID)),
    ...optional('suite', text(doc.suite, MAX_ID)),
    name,
    outcome,
    duration: seconds(doc.duration) ?? 0,
    ...optional('message', text(doc.message, MAX_MESSAGE)),
    ...optional('details', text(doc.details, MAX_DETAILS)),
    ...optional('line', count(doc.line, 10_000_000)),
    ...optional('retriedFailures', count(doc.retriedFailures, 1000)),
    ...optional('fileError', doc.fileError === true ? (true as const) : undefined),
  };
}

function testLine(doc: Json): TestLine | undefined {
  const run = count(doc.run, MAX_RUN);
  const result = testResult(doc);
  if (run === undefined || result === undefined) return undefined;
  const rerun = doc.rerun === undefined ? undefined : count(doc.rerun, 100);
  if (doc.rerun !== undefined && rerun === undefined) return undefined;
  return { type: 'test', run, ...optional('rerun', rerun), ...result };
}

function fileLine(doc: Json): FileLine | undefined {
  const run = count(doc.run, MAX_RUN);
  const file = text(doc.file, MAX_ID);
  const time = seconds(doc.seconds);
  if (run === undefined || !file || time === undefined) return undefined;
  return { type: 'file', run, file, seconds: time };
}

/** The record a line holds, or undefined for anything else (bad JSON, an unknown type, a bad field). */
export function parseRecordLine(line: string): RunLine | TestLine | FileLine | undefined {
  let doc: unknown;
  try {
    doc = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined;
  const json = doc as Json;
  if (json.type === 'run') return runLine(json);
  if (json.type === 'test') return testLine(json);
  if (json.type === 'file') return fileLine(json);
  return undefined;
}
