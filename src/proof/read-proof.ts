import { createHash } from 'node:crypto';
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { TestResult } from '../results/model.js';
import { isFailure } from '../verdict/results-by-id.js';
import type { RunRecord } from '../verdict/run-record.js';
import type { ProofIdentity } from './artifact-name.js';
import { readIsolationFindings } from './isolation-findings.js';
import type { IsolationFinding } from './manifest.js';
import { RECORDS_FILE, type ProofInfo } from './proof-format.js';
import { readLines } from './read-lines.js';
import { parseRecordLine } from './record-lines.js';

export const MANIFEST_FILE = 'manifest.json';
/** A manifest lists a hash per file; even a huge proof's stays far below this. */
const MAX_MANIFEST_BYTES = 16 * 1024 * 1024;
const MAX_RECORD_LINE_BYTES = 1024 * 1024;
/**
 * Failure text kept per proof. A suite where every test fails with a long stack would otherwise hold
 * results × stack size in memory; past the budget a result keeps a short message and loses its details.
 */
export const FAILURE_TEXT_BUDGET = 4 * 1024 * 1024;
const SHORT_MESSAGE = 200;

/** What the report keeps of a proof's manifest.json. */
export interface ProofManifest {
  sha256: string;
  bytes: number;
  info?: Partial<ProofInfo>;
  /** SHA-256 the run step recorded for records.jsonl, when it did. */
  recordsSha256?: string;
  /** Wall time of every run and rerun the job executed, in ms (what the job spent running tests). */
  testWallMs: number;
  /** The run step hit an error after its runs started: the proof holds only what was done by then. */
  stepError?: string;
  /** The memory its runs used, for the timing history's per-worker figure (see proofMemory). */
  memory?: ProofMemory;
  /** What the run step's isolation checks found (checked field by field: see readIsolationFindings). */
  isolation?: IsolationFinding[];
}

/** Peak memory of a proof's runs (PSS where measured, else RSS) and the workers they ran with. */
export interface ProofMemory {
  workers: number;
  /** Highest peak over the runs that ended without an OOM kill. */
  peakBytes?: number;
  /** Highest peak over the OOM-killed runs: what they reached before the kill. */
  oomPeakBytes?: number;
  /** The memory the run step found for the workers (RunnerInfo.memoryBytes). */
  availableBytes?: number;
}

/** Reads the memory facts of a manifest's `runner` and `runs`, every field checked: a proof is untrusted. */
export function proofMemory(doc: Record<string, unknown>): ProofMemory | undefined {
  const runner = doc.runner as { workers?: unknown; memoryBytes?: unknown } | null | undefined;
  const workers = runner?.workers;
  if (typeof workers !== 'number' || !Number.isSafeInteger(workers) || workers < 1) return undefined;
  const bytes = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined);
  let peakBytes: number | undefined;
  let oomPeakBytes: number | undefined;
  for (const run of Array.isArray(doc.runs) ? (doc.runs as Record<string, unknown>[]) : []) {
    if (run === null || typeof run !== 'object') continue;
    const peak = bytes(run.peakPssBytes) ?? bytes(run.peakRssBytes);
    if (peak === undefined) continue;
    if (run.oomKilled === true) oomPeakBytes = Math.max(oomPeakBytes ?? 0, peak);
    else peakBytes = Math.max(peakBytes ?? 0, peak);
  }
  if (peakBytes === undefined && oomPeakBytes === undefined) return undefined;
  const availableBytes = bytes(runner?.memoryBytes);
  return {
    workers,
    ...(peakBytes !== undefined && { peakBytes }),
    ...(oomPeakBytes !== undefined && { oomPeakBytes }),
    ...(availableBytes !== undefined && { availableBytes }),
  };
}

/** One proof folder, read back: the runs with their results, and each run's measured file times. */
export interface ReadProof {
  artifact: string;
  identity: ProofIdentity;
  manifest?: ProofManifest;
  records: RunRecord[];
  /** run → file → seconds, from `file` lines. */
  fileSeconds: Map<number, Map<string, number>>;
  /** What was wrong with the folder: said in the log, and a proof that cannot be read is a missing one. */
  problems: string[];
  /** Set when the records do not match what the run step wrote (hash mismatch, lines that are not records):
   * such a proof is no evidence, and its shard counts as missing. */
  integrity?: string;
  /** Read with `keepTests: false`: where each run's main and rerun lines are in records.jsonl, so the merge
   * can stream them again run by run (the records then hold only a sample of each run's results). */
  segments?: Map<number, RunSegments>;
  /** The records.jsonl that segments point into. */
  recordsPath?: string;
}

/** Byte ranges [start, end) of records.jsonl holding a run's main results and its reruns' results. */
export interface RunSegments {
  main?: { start: number; end: number };
  reruns?: { start: number; end: number };
}

export interface ReadProofOptions {
  /** Keep every result in `records` (default). When false, a run keeps a sample of its results (the first
   * and the first failing one: enough for describeRunFailure) and `segments` says where the rest are. */
  keepTests?: boolean;
  /** Sees every result as it is read (full texts, before any budget). */
  onResult?: (result: TestResult) => void;
}

function widen(range: { start: number; end: number } | undefined, start: number, end: number) {
  return range === undefined
    ? { start, end }
    : { start: Math.min(range.start, start), end: Math.max(range.end, end) };
}

/** The first result of a run and its first failure: what describeRunFailure reads of `tests`. */
function sampled(tests: TestResult[], result: TestResult): void {
  if (tests.length === 0 || (isFailure(result) && !tests.some(isFailure)))
    tests.push({ id: result.id, name: result.name, outcome: result.outcome, duration: 0 });
}

/** A regular file inside the folder, never a symlink (an artifact must not point the report elsewhere). */
async function regularFile(path: string): Promise<{ size: number } | undefined> {
  try {
    const stat = await lstat(path);
    return stat.isFile() ? { size: stat.size } : undefined;
  } catch {
    return undefined;
  }
}

async function readManifest(dir: string, problems: string[]): Promise<ProofManifest | undefined> {
  const path = join(dir, MANIFEST_FILE);
  const file = await regularFile(path);
  if (!file) return (problems.push(`no ${MANIFEST_FILE}`), undefined);
  if (file.size > MAX_MANIFEST_BYTES) return (problems.push(`${MANIFEST_FILE} is too large`), undefined);
  const bytes = await readFile(path);
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
    if (doc === null || typeof doc !== 'object') throw new Error('not an object');
  } catch (error) {
    problems.push(`${MANIFEST_FILE} is not valid JSON (${(error as Error).message})`);
    return { sha256, bytes: bytes.length, testWallMs: 0 };
  }
  const files = Array.isArray(doc.files) ? (doc.files as { path?: unknown; sha256?: unknown }[]) : [];
  const records = files.find((f) => f?.path === RECORDS_FILE)?.sha256;
  const runs = Array.isArray(doc.runs) ? (doc.runs as { wallMs?: unknown }[]) : [];
  const wall = runs.reduce(
    (sum, r) => sum + (typeof r?.wallMs === 'number' && r.wallMs > 0 ? r.wallMs : 0),
    0,
  );
  const info =
    doc.proof !== null && typeof doc.proof === 'object' ? (doc.proof as Partial<ProofInfo>) : undefined;
  return {
    sha256,
    bytes: bytes.length,
    ...(info ? { info } : {}),
    ...(typeof records === 'string' ? { recordsSha256: records } : {}),
    testWallMs: wall,
    ...(typeof doc.stepError === 'string' ? { stepError: doc.stepError.slice(0, 1000) } : {}),
    ...optionalMemory(doc),
    ...optionalFindings(doc),
  };
}

function optionalFindings(doc: Record<string, unknown>): { isolation?: IsolationFinding[] } {
  const isolation = readIsolationFindings(doc.isolation);
  return isolation?.length ? { isolation } : {};
}

function optionalMemory(doc: Record<string, unknown>): { memory?: ProofMemory } {
  const memory = proofMemory(doc);
  return memory ? { memory } : {};
}

function recordFor(byRun: Map<number, RunRecord>, run: number): RunRecord {
  let record = byRun.get(run);
  if (!record) {
    // Results without a run line: the run ended too badly to describe itself, but its results still count.
    record = { run, exitCode: null, timedOut: false, reportMissing: false, wallMs: 0, tests: [], reruns: [] };
    byRun.set(run, record);
  }
  return record;
}

/**
 * Reads a downloaded proof folder: manifest.json's `proof` and run times, and records.jsonl streamed line by
 * line (one line in memory at a time, each capped). Lines that are not records are counted, not trusted.
 */
export async function readProof(
  dir: string,
  artifact: string,
  identity: ProofIdentity,
  options: ReadProofOptions = {},
): Promise<ReadProof> {
  const keepTests = options.keepTests !== false;
  const segments = new Map<number, RunSegments>();
  const problems: string[] = [];
  const manifest = await readManifest(dir, problems);
  const byRun = new Map<number, RunRecord>();
  const fileSeconds = new Map<number, Map<string, number>>();
  const path = join(dir, RECORDS_FILE);
  if (!(await regularFile(path))) {
    problems.push(`no ${RECORDS_FILE}`);
    return { artifact, identity, manifest, records: [], fileSeconds, problems };
  }
  let bad = 0;
  let textLeft = FAILURE_TEXT_BUDGET;
  const bounded = (result: TestResult): TestResult => {
    const size = (result.message?.length ?? 0) + (result.details?.length ?? 0);
    if (size === 0) return result;
    if (size <= textLeft) {
      textLeft -= size;
      return result;
    }
    const { details: _details, ...rest } = result;
    return rest.message === undefined ? rest : { ...rest, message: rest.message.slice(0, SHORT_MESSAGE) };
  };
  const stats = await readLines(
    path,
    (line, start, end) => {
      const record = parseRecordLine(line);
      if (record === undefined) bad++;
      else if (record.type === 'run') {
        const { type: _type, ...run } = record;
        const existing = byRun.get(run.run);
        byRun.set(run.run, { ...run, tests: existing?.tests ?? [], reruns: existing?.reruns ?? [] });
      } else if (record.type === 'file') {
        const files = fileSeconds.get(record.run) ?? new Map<string, number>();
        files.set(record.file, (files.get(record.file) ?? 0) + record.seconds);
        fileSeconds.set(record.run, files);
      } else {
        const { type: _type, run, rerun, ...parsed } = record;
        options.onResult?.(parsed);
        const target = recordFor(byRun, run);
        if (!keepTests) {
          const at = segments.get(run) ?? {};
          if (rerun === undefined) at.main = widen(at.main, start, end);
          else at.reruns = widen(at.reruns, start, end);
          segments.set(run, at);
        }
        if (rerun === undefined) {
          if (keepTests) target.tests.push(bounded(parsed));
          else sampled(target.tests, parsed);
        } else {
          const reruns = (target.reruns ??= []);
          while (reruns.length < rerun) reruns.push([]);
          if (keepTests) reruns[rerun - 1].push(bounded(parsed));
        }
      }
    },
    MAX_RECORD_LINE_BYTES,
  );
  const broken: string[] = [];
  if (bad + stats.tooLong > 0) broken.push(`${bad + stats.tooLong} lines of ${RECORDS_FILE} are not records`);
  if (manifest?.recordsSha256 && manifest.recordsSha256 !== stats.sha256) {
    broken.push(`${RECORDS_FILE} does not match the SHA-256 in ${MANIFEST_FILE}`);
  }
  problems.push(...broken);
  const records = [...byRun.values()].sort((a, b) => a.run - b.run);
  const integrity = broken.length > 0 ? broken.join('; ') : undefined;
  return {
    artifact,
    identity: manifestIdentity(manifest, identity),
    manifest,
    records,
    fileSeconds,
    problems,
    ...(integrity ? { integrity } : {}),
    ...(keepTests ? {} : { segments, recordsPath: path }),
  };
}

/** The identity the run step recorded in the manifest, which holds the suite name whole; the artifact name's
 * (cut to 60 characters, and ambiguous for a suite whose name ends like a run slot) only where it has none. */
function manifestIdentity(manifest: ProofManifest | undefined, fromName: ProofIdentity): ProofIdentity {
  const info = manifest?.info;
  if (!info || typeof info.suite !== 'string' || typeof info.attempt !== 'number') return fromName;
  const shard = info.shard;
  return {
    suite: info.suite,
    ...(shard && Number.isInteger(shard.index) && Number.isInteger(shard.total)
      ? { shard: { index: shard.index, total: shard.total } }
      : {}),
    ...(Number.isInteger(info.runSlot) ? { runSlot: info.runSlot } : {}),
    attempt: info.attempt,
  };
}
