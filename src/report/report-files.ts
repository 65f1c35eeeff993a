import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ReadProof } from '../proof/read-proof.js';
import type { Completeness } from '../verdict/completeness.js';
import type { Verdict } from '../verdict/verdict.js';
import { everyTest } from '../verdict/verdict-builder.js';
import { ctrfJsonChunks } from './ctrf-json.js';
import { junitXmlChunks } from './junit-xml.js';
import { writeChunks } from '../proof/streamed-file.js';

/** The files of the `shardproof-report` artifact. */
export const REPORT_FILES = {
  results: 'results.json',
  ctrf: 'ctrf-report.json',
  junit: 'junit.xml',
  timings: 'timings.json',
  proofs: 'proofs.json',
  summary: 'summary.md',
  /** The pull-request comment body, marker first, within GitHub's limit: for a `workflow_run` job to post. */
  comment: 'comment.md',
} as const;

export interface ReportContent {
  verdict: Verdict;
  completeness: Completeness;
  confidence: string;
  planHash?: string;
  proofs: readonly ReadProof[];
  history: string;
  summary: string;
  comment: string;
  times: { start: number; stop: number };
}

/** Every proof that was merged, with the SHA-256 of its manifest (which hashes every file of the proof). */
export function proofIndex(proofs: readonly ReadProof[]): unknown[] {
  return proofs.map((p) => ({
    artifact: p.artifact,
    suite: p.identity.suite,
    ...(p.identity.shard ? { shard: p.identity.shard.index, shards: p.identity.shard.total } : {}),
    ...(p.identity.runSlot !== undefined ? { runSlot: p.identity.runSlot } : {}),
    attempt: p.identity.attempt,
    manifestSha256: p.manifest?.sha256 ?? null,
    manifestBytes: p.manifest?.bytes ?? null,
    runs: p.records.length,
    problems: p.problems,
  }));
}

/** results.json in the run step's shape, plus what only the report knows: completeness and the proofs. */
function* resultsChunks(content: ReportContent): Generator<string> {
  const { verdict } = content;
  const head = {
    version: 1,
    counts: verdict.counts,
    confidence: content.confidence,
    ...(content.planHash ? { planHash: content.planHash } : {}),
    completeness: content.completeness,
    proofs: content.proofs.length,
    runs: verdict.runs,
    runFailures: verdict.runFailures,
  };
  const text = JSON.stringify(head, null, 2);
  yield `${text.slice(0, -2)},\n  "tests": [`;
  let first = true;
  for (const test of everyTest(verdict)) {
    yield `${first ? '\n' : ',\n'}    ${JSON.stringify(test)}`;
    first = false;
  }
  yield '\n  ]\n}\n';
}

/** Writes the merged report into `dir` (streamed: a 20,000-test suite never becomes one string). */
export async function writeReportFiles(dir: string, content: ReportContent): Promise<void> {
  await writeChunks(join(dir, REPORT_FILES.results), resultsChunks(content));
  await writeChunks(join(dir, REPORT_FILES.ctrf), ctrfJsonChunks(content.verdict, content.times));
  await writeChunks(join(dir, REPORT_FILES.junit), junitXmlChunks(content.verdict));
  await writeFile(join(dir, REPORT_FILES.timings), content.history);
  await writeFile(join(dir, REPORT_FILES.proofs), `${JSON.stringify(proofIndex(content.proofs), null, 2)}\n`);
  await writeFile(join(dir, REPORT_FILES.summary), content.summary);
  await writeFile(join(dir, REPORT_FILES.comment), content.comment);
}
