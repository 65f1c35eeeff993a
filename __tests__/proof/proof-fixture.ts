import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { proofArtifactName, type ProofIdentity } from '../../src/proof/artifact-name.js';
import type { Outcome } from '../../src/results/model.js';

export interface FixtureTest {
  file: string;
  name: string;
  outcome?: Outcome;
  duration?: number;
  line?: number;
  message?: string;
}

export interface FixtureRun {
  run: number;
  exitCode?: number;
  wallMs?: number;
  reportMissing?: boolean;
  tests: FixtureTest[];
  reruns?: FixtureTest[][];
  /** `file` lines: the files' own measured time. */
  fileSeconds?: Record<string, number>;
}

export const testIdOf = (t: FixtureTest) => `${t.file}::${t.name}`;

function testLine(run: number, t: FixtureTest, rerun?: number): string {
  return JSON.stringify({
    type: 'test',
    run,
    ...(rerun !== undefined ? { rerun } : {}),
    id: testIdOf(t),
    file: t.file,
    name: t.name,
    outcome: t.outcome ?? 'passed',
    duration: t.duration ?? 0.1,
    ...(t.line !== undefined ? { line: t.line } : {}),
    ...(t.message !== undefined ? { message: t.message } : {}),
  });
}

/** records.jsonl as the proof format describes it: a run line, then its test lines, per run. */
export function recordsText(runs: FixtureRun[]): string {
  const lines: string[] = [];
  for (const r of runs) {
    lines.push(
      JSON.stringify({
        type: 'run',
        run: r.run,
        exitCode: r.exitCode ?? (r.tests.some((t) => t.outcome === 'failed') ? 1 : 0),
        timedOut: false,
        reportMissing: r.reportMissing ?? false,
        wallMs: r.wallMs ?? 1000,
      }),
    );
    for (const t of r.tests) lines.push(testLine(r.run, t));
    (r.reruns ?? []).forEach((rerun, k) => rerun.forEach((t) => lines.push(testLine(r.run, t, k + 1))));
    for (const [file, seconds] of Object.entries(r.fileSeconds ?? {}))
      lines.push(JSON.stringify({ type: 'file', run: r.run, file, seconds }));
  }
  return lines.join('\n') + '\n';
}

/**
 * Writes a proof folder the way the run step uploads it, into the local artifact twin
 * (`<state>/artifacts/<name>/`): records.jsonl and a manifest with `proof` and the records' SHA-256.
 */
export function writeProof(
  stateDir: string,
  identity: ProofIdentity & { planHash?: string; runSlots?: number },
  runs: FixtureRun[],
  prefix = 'shardproof-proof',
): string {
  const name = proofArtifactName(prefix, identity);
  const dir = join(stateDir, 'artifacts', name);
  mkdirSync(dir, { recursive: true });
  const records = recordsText(runs);
  writeFileSync(join(dir, 'records.jsonl'), records);
  const sha256 = createHash('sha256').update(records).digest('hex');
  const manifest = {
    version: 1,
    framework: 'pytest',
    command: ['pytest'],
    runs: runs.map((r) => ({ run: r.run, rerun: null, wallMs: r.wallMs ?? 1000 })),
    files: [{ path: 'records.jsonl', sha256, bytes: Buffer.byteLength(records) }],
    proof: { ...identity, framework: 'pytest', artifactName: name },
  };
  writeFileSync(join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  return dir;
}

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}
