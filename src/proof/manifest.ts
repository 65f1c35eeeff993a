/**
 * manifest.json: what ran, where, how each run ended, and a SHA-256 of every file in the proof folder,
 * so a downloaded artifact can be checked against what the run step wrote (`sha256sum -c` compatible).
 * Key order is fixed by construction and nothing time-dependent is written: the same inputs give the
 * same bytes.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { writeOwnFile } from '../execute/own-files.js';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { IsolationClass } from '../verdict/isolation.js';
import type { RunCounts, Verdict } from '../verdict/verdict.js';
import type { Framework } from '../frameworks/names.js';
import type { IsolationRunKind, RunRecord } from '../execute/run-with-report.js';
import type { ProofInfo } from './proof-format.js';

export const MANIFEST_NAME = 'manifest.json';

export interface RunnerInfo {
  os: string;
  cpus: number;
  memoryBytes: number;
  workers: number;
}

export interface ManifestRun {
  run: number;
  rerun: number | null;
  /** Only for reruns, whose argv differs from the series command. */
  argv: string[] | null;
  exitCode: number | null;
  signal: string | null;
  timedOut: boolean;
  oomKilled: boolean;
  spawnError: string | null;
  wallMs: number;
  peakRssBytes: number | null;
  /** Peak PSS of the process tree, where the kernel offers smaps_rollup: the report keeps it per worker in
   * the timing history (RSS counts pages the forked workers share once per worker). */
  peakPssBytes?: number;
  reportMissing: boolean;
  counts: RunCounts | null;
  /** `order: shuffle`: the seed of the run's test order (present only on shuffled runs). */
  seed?: number;
  /** An isolation check's extra run, not one of the stability runs: its results are in no total. */
  check?: IsolationRunKind;
}

export interface Manifest {
  version: 1;
  framework: Framework;
  /** Which suite, shard, run slot and attempt this folder is (always written by the run step). */
  proof?: ProofInfo;
  /** Set when the step hit an error after its runs started: the folder holds only what was done by then. */
  stepError?: string;
  command: string[];
  commit: string | null;
  runner: RunnerInfo;
  runs: ManifestRun[];
  /** The isolation checks' findings: which test, why, and the seed of the order it failed in. */
  isolation?: IsolationFinding[];
  files: { path: string; sha256: string; bytes: number }[];
}

export interface IsolationFinding {
  test: string;
  class: IsolationClass;
  kind?: 'victim' | 'brittle';
  polluter?: string;
  seed?: number;
}

/** The findings of a verdict for the manifest, in the verdict's (id) order. */
export function isolationFindings(verdict: Verdict | undefined): IsolationFinding[] | undefined {
  const found = verdict?.tests.flatMap((t) =>
    t.cause
      ? [
          {
            test: t.id,
            class: t.cause.class,
            ...(t.cause.kind ? { kind: t.cause.kind } : {}),
            ...(t.cause.polluter !== undefined ? { polluter: t.cause.polluter } : {}),
            ...(t.cause.reproduction?.seed !== undefined ? { seed: t.cause.reproduction.seed } : {}),
          },
        ]
      : [],
  );
  return verdict?.isolationRuns ? found : undefined;
}

export function manifestRun(record: RunRecord, counts?: RunCounts): ManifestRun {
  const o = record.outcome;
  return {
    run: record.run,
    rerun: record.rerun ?? null,
    argv: record.rerun !== undefined ? record.argv : null,
    exitCode: o.exitCode,
    signal: o.signal,
    timedOut: o.timedOut,
    oomKilled: o.oomKilled,
    spawnError: o.spawnError ?? null,
    wallMs: o.wallMs,
    peakRssBytes: o.peakRssBytes ?? null,
    ...(o.peakPssBytes !== undefined && { peakPssBytes: o.peakPssBytes }),
    reportMissing: record.reportMissing,
    counts: counts
      ? { passed: counts.passed, failed: counts.failed, skipped: counts.skipped, flaky: counts.flaky }
      : null,
    ...(record.seed !== undefined ? { seed: record.seed } : {}),
    ...(record.check !== undefined ? { check: record.check, argv: record.argv } : {}),
  };
}

export async function writeManifest(input: {
  outputDir: string;
  framework: Framework;
  proof?: ProofInfo;
  stepError?: string;
  command: string[];
  runner: RunnerInfo;
  runs: ManifestRun[];
  isolation?: IsolationFinding[];
  /** Where to ask git for HEAD when GITHUB_SHA is not set. */
  cwd: string;
  env?: Record<string, string | undefined>;
}): Promise<Manifest> {
  const manifest: Manifest = {
    version: 1,
    framework: input.framework,
    ...(input.proof ? { proof: proofInfo(input.proof) } : {}),
    ...(input.stepError !== undefined ? { stepError: input.stepError } : {}),
    command: input.command,
    commit: await resolveCommitSha(input.cwd, input.env ?? process.env),
    runner: {
      os: input.runner.os,
      cpus: input.runner.cpus,
      memoryBytes: input.runner.memoryBytes,
      workers: input.runner.workers,
    },
    runs: input.runs,
    ...(input.isolation ? { isolation: input.isolation } : {}),
    files: await hashFolder(input.outputDir),
  };
  await writeOwnFile(join(input.outputDir, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}

/** The fields in a fixed order, optional ones only when set: the same proof gives the same bytes. */
function proofInfo(p: ProofInfo): ProofInfo {
  return {
    suite: p.suite,
    ...(p.shard ? { shard: { index: p.shard.index, total: p.shard.total } } : {}),
    ...(p.runSlot !== undefined ? { runSlot: p.runSlot } : {}),
    ...(p.runSlots !== undefined ? { runSlots: p.runSlots } : {}),
    attempt: p.attempt,
    ...(p.planHash !== undefined ? { planHash: p.planHash } : {}),
    framework: p.framework,
    artifactName: p.artifactName,
  };
}

/** GITHUB_SHA, else `git rev-parse HEAD`, else null (not a git checkout, or no git). */
export async function resolveCommitSha(
  cwd: string,
  env: Record<string, string | undefined>,
): Promise<string | null> {
  const fromEnv = env.GITHUB_SHA?.trim();
  if (fromEnv) return fromEnv;
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd, timeout: 5_000 });
    const sha = stdout.trim();
    return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
  } catch {
    return null;
  }
}

/** Every file under `dir` except the manifest itself, by POSIX path relative to `dir`, sorted. */
export async function hashFolder(dir: string): Promise<Manifest['files']> {
  const files = (await listFiles(dir, '')).filter((path) => path !== MANIFEST_NAME).sort();
  const hashed: Manifest['files'] = [];
  for (const path of files) hashed.push({ path, ...(await hashFile(join(dir, path))) });
  return hashed;
}

/** Streamed: a chatty suite's log can exceed what one Buffer may hold (2 GiB). */
async function hashFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

// A plain walk: readdir's `recursive` and Dirent.parentPath are missing from early Node 20 releases.
async function listFiles(root: string, prefix: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(join(root, prefix), { withFileTypes: true })) {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listFiles(root, path)));
    else if (entry.isFile()) found.push(path);
  }
  return found;
}
