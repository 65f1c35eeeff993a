/**
 * Writes a proof folder's machine-readable files: results.json, records.jsonl, timings.json and, last, the
 * manifest (it hashes every other file, so nothing may be written into the folder after it). The run step
 * writes one per job; the report step writes the merged results.json with the same function.
 */
import { writeOwnFile } from '../execute/own-files.js';
import { join } from 'node:path';
import type { Framework } from '../frameworks/names.js';
import { emptyHistory, recordRun, serializeHistory } from '../plan/index.js';
import type { FileTime } from '../results/model.js';
import type { RunRecord } from '../verdict/run-record.js';
import { everyTest } from '../verdict/verdict-builder.js';
import type { Verdict, VerdictCounts } from '../verdict/verdict.js';
import {
  isolationFindings,
  writeManifest,
  type Manifest,
  type ManifestRun,
  type RunnerInfo,
} from './manifest.js';
import type { ProofInfo } from './proof-format.js';
import { RECORDS_FILE } from './proof-format.js';
import { writeRecordsFile } from './records-file.js';
import { prettyJsonWithArray, writeChunks } from './streamed-file.js';

export const RESULTS_FILE = 'results.json';
export const TIMINGS_FILE = 'timings.json';

const NO_COUNTS: VerdictCounts = { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0, fileErrors: 0 };

/**
 * results.json: the verdict for people and other tools, every test with its class and run pattern. Two-space
 * JSON, the tests written one at a time (the same bytes as JSON.stringify of the whole object).
 */
export async function writeResultsFile(
  path: string,
  framework: string,
  verdict: Verdict | undefined,
  confidence: string,
): Promise<void> {
  const head = {
    version: 1,
    framework,
    counts: verdict?.counts ?? NO_COUNTS,
    confidence,
    runs: verdict?.runs ?? [],
    runFailures: verdict?.runFailures ?? [],
    ...(verdict?.isolationRuns ? { isolationRuns: verdict.isolationRuns } : {}),
  };
  // A compact verdict keeps only its notable tests as objects: every test comes from everyTest().
  await writeChunks(path, prettyJsonWithArray(head, 'tests', verdict ? everyTest(verdict) : []));
}

export interface ProofFolder {
  outputDir: string;
  framework: Framework;
  /** The first run's argv: what the series ran. */
  command: string[];
  runner: RunnerInfo;
  /** Per-run exits for the manifest, reruns included. */
  manifestRuns: ManifestRun[];
  /** The runs: records.jsonl and timings.json gathered as they ran (RunCollector), or whole records. */
  runs: StreamedRuns | WholeRuns;
  verdict?: Verdict;
  /** The confidence sentence ('no tests ran' when nothing ran). */
  confidence: string;
  proof: ProofInfo;
  /** The step hit an error after its runs started: the folder holds what was done until then. */
  stepError?: string;
  /** Where to ask git for the commit. */
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** When the timings were taken (ISO); default now. */
  now?: string;
}

/** records.jsonl and timings.json gathered while the runs went on, a result at a time. */
export interface StreamedRuns {
  writeRecords(path: string): Promise<void>;
  timingsJson(): string;
}

export interface WholeRuns {
  records: readonly RunRecord[];
  /** Per run, the files' own measured times (records.jsonl `file` lines). */
  fileTimes?: ReadonlyMap<number, readonly FileTime[]>;
}

export async function writeProofFolder(
  folder: ProofFolder,
): Promise<{ resultsPath: string; manifest: Manifest }> {
  const resultsPath = join(folder.outputDir, RESULTS_FILE);
  await writeResultsFile(resultsPath, folder.framework, folder.verdict, folder.confidence);
  const { runs } = folder;
  const recordsPath = join(folder.outputDir, RECORDS_FILE);
  const streamed = 'writeRecords' in runs;
  if (streamed) await runs.writeRecords(recordsPath);
  else await writeRecordsFile(recordsPath, runs.records, runs.fileTimes);
  const timings = streamed ? runs.timingsJson() : wholeTimings(runs, folder.now ?? new Date().toISOString());
  await writeOwnFile(join(folder.outputDir, TIMINGS_FILE), timings);
  const manifest = await writeManifest({
    outputDir: folder.outputDir,
    framework: folder.framework,
    proof: folder.proof,
    stepError: folder.stepError,
    command: folder.command,
    runner: folder.runner,
    runs: folder.manifestRuns,
    isolation: isolationFindings(folder.verdict),
    cwd: folder.cwd,
    env: folder.env,
  });
  return { resultsPath, manifest };
}

/** Per-item durations in the timing-history format, one entry per run: what a person or tool reads to see
 * how long each file took (the report step builds the history the next plan reads from records.jsonl). */
function wholeTimings(runs: WholeRuns, now: string): string {
  let timings = emptyHistory();
  for (const run of runs.records) {
    // A file's own measured time (setup included) where the report gave it, as the report job's history does.
    const own = runs.fileTimes?.get(run.run) ?? [];
    timings = recordRun(timings, run.tests, {
      now,
      fileSeconds: new Map(own.map((t) => [t.file, t.seconds])),
    });
  }
  return serializeHistory(timings);
}
