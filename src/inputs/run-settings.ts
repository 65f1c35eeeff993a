import { isAbsolute, resolve } from 'node:path';
import { FRAMEWORKS, type Framework } from '../frameworks/names.js';
import { DEFAULT_CONFIDENCE, runsForTargetFlakeRate } from '../verdict/confidence.js';
import {
  type InputSource,
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readNumber,
} from './read-input.js';
import { DEFAULT_PROOF_PREFIX, safeNamePart } from '../proof/artifact-name.js';
import { inputError, UserError } from '../errors/user-error.js';

export const MAX_RUNS = 500;

/** The run step's inputs, parsed and validated once; every error names its input. */
export interface RunSettings {
  /** Undefined when not given: a planned suite's framework applies, else `custom`. */
  framework?: Framework;
  command?: string;
  results?: string;
  /** Globs (or go package patterns) to discover test files from. */
  tests: string[];
  /** An explicit file list; wins over `tests`. */
  files: string[];
  runs: number;
  /** Why this many runs: shown in the log. */
  runsReason: string;
  confidence: number;
  rerunFailed: number;
  failOnFlaky: boolean;
  timeoutMs?: number;
  /** Absolute. */
  workingDirectory: string;
  outputDir?: string;
  shard?: number;
  suite?: string;
  planFile?: string;
  planHash?: string;
  /** Upload the proof folder as an artifact (`upload`). */
  upload: boolean;
  /** Prefix of the proof artifact's name (`artifact-name`). */
  artifactName: string;
  /** Days the artifact is kept; default: the repository's setting. */
  retentionDays?: number;
  /** The matrix run slot: this job does one run and labels it run `runSlot`. */
  runSlot?: number;
  /** `isolation: serial`: one extra one-worker run, compared test by test with the parallel runs. */
  isolation: 'none' | 'serial';
  /** `order: shuffle`: each run in an order shuffled with a recorded seed. */
  order: 'as-is' | 'shuffle';
  /** `order-seed`: the first run's seed (run k uses seed + k - 1); default random. */
  orderSeed?: number;
}

/** Seeds stay below 2^31: every framework's seed option takes them (jest's --seed is a 32-bit int). */
export const MAX_ORDER_SEED = 2 ** 31 - 1 - MAX_RUNS;

export function readRunSettings(source: InputSource, cwd: string): RunSettings {
  const framework = source.getInput('framework')
    ? readChoice(source, 'framework', FRAMEWORKS, 'custom')
    : undefined;
  const confidence = readNumber(source, 'confidence', DEFAULT_CONFIDENCE, {
    min: 0,
    max: 1,
    exclusive: true,
  })!;
  const { runs, runsReason } = readRuns(source, confidence);
  const timeoutMinutes = readNumber(source, 'timeout-minutes', undefined, {
    min: 0,
    max: 360,
    exclusive: true,
  });
  const workingDirectory = resolve(cwd, source.getInput('working-directory') || '.');
  const shard = readInteger(source, 'shard', undefined, 1, 256);
  const settings: RunSettings = {
    framework,
    command: source.getInput('command') || undefined,
    results: source.getInput('results') || undefined,
    tests: readList(source, 'tests'),
    files: readList(source, 'files'),
    runs,
    runsReason,
    confidence,
    rerunFailed: readInteger(source, 'rerun-failed', 0, 0, 10),
    failOnFlaky: readBoolean(source, 'fail-on-flaky', true),
    timeoutMs: timeoutMinutes === undefined ? undefined : Math.round(timeoutMinutes * 60_000),
    workingDirectory,
    outputDir: source.getInput('output-dir') || undefined,
    shard,
    suite: source.getInput('suite') || undefined,
    planFile: source.getInput('plan-file') || undefined,
    planHash: source.getInput('plan-hash') || undefined,
    upload: readBoolean(source, 'upload', true),
    artifactName: readArtifactPrefix(source),
    retentionDays: readInteger(source, 'retention-days', undefined, 1, 90),
    runSlot: readInteger(source, 'run-slot', undefined, 1, MAX_RUNS),
    isolation: readChoice(source, 'isolation', ['none', 'serial'] as const, 'none'),
    order: readChoice(source, 'order', ['as-is', 'shuffle'] as const, 'as-is'),
    orderSeed: readInteger(source, 'order-seed', undefined, 0, MAX_ORDER_SEED),
  };
  if (settings.orderSeed !== undefined && settings.order !== 'shuffle') {
    throw new UserError(
      `Input 'order-seed' (${settings.orderSeed}) only applies with 'order: shuffle'; add it or drop the seed.`,
    );
  }
  if (settings.outputDir && !isAbsolute(settings.outputDir))
    settings.outputDir = resolve(cwd, settings.outputDir);
  if (settings.planFile && !isAbsolute(settings.planFile))
    settings.planFile = resolve(cwd, settings.planFile);
  if (shard === undefined && (settings.planFile || settings.planHash)) {
    throw new UserError(
      "Input 'shard' is required with 'plan-file' or 'plan-hash': which shard of the plan to run?",
    );
  }
  if (shard !== undefined && (settings.tests.length || settings.files.length)) {
    throw new UserError(
      "Inputs 'shard' and 'tests'/'files' exclude each other: a shard runs the files its plan assigns to it.",
    );
  }
  if (settings.runSlot !== undefined && (runs !== 1 || source.getInput('target-flake-rate'))) {
    throw new UserError(
      `Input 'run-slot' (${settings.runSlot}) makes this job one run of a stability check spread over the ` +
        `matrix, so 'runs' must be 1 or unset and 'target-flake-rate' unset (got ${runsReason}). Set the ` +
        `number of run slots with the plan's 'runs' input instead.`,
    );
  }
  return settings;
}

/** The artifact name prefix: suite, shard, run slot and attempt are appended to it. */
function readArtifactPrefix(source: InputSource): string {
  const raw = source.getInput('artifact-name');
  if (raw === '') return DEFAULT_PROOF_PREFIX;
  if (safeNamePart(raw) !== raw)
    throw inputError(
      'artifact-name',
      raw,
      'at most 60 characters without spaces, quotes, : < > | * ? \\ or /',
    );
  return raw;
}

/** `runs`, or the runs that `target-flake-rate` needs at the given confidence. */
function readRuns(source: InputSource, confidence: number): { runs: number; runsReason: string } {
  const target = source.getInput('target-flake-rate');
  const runs = readInteger(source, 'runs', 1, 1, MAX_RUNS);
  if (target === '') return { runs, runsReason: runs === 1 ? '1 run' : `${runs} runs (input runs)` };
  // action.yml gives runs a default of 1, so only a different value means the user set both.
  if (runs !== 1) {
    throw new UserError(
      "Give either 'runs' or 'target-flake-rate', not both: the target decides how many runs.",
    );
  }
  const rate = Number(target);
  if (!/^\d*\.?\d+$/.test(target)) throw inputError('target-flake-rate', target, 'a number between 0 and 1');
  const needed = runsForTargetFlakeRate(rate, confidence);
  if (needed > MAX_RUNS) {
    throw new UserError(
      `Input 'target-flake-rate': ${target} needs ${needed} runs at ${confidence * 100}% confidence, ` +
        `more than the ${MAX_RUNS} allowed; choose a larger rate.`,
    );
  }
  const percent = (x: number) => `${+(x * 100).toFixed(2)}%`;
  return {
    runs: needed,
    runsReason: `${needed} runs (to show a per-run flake rate below ${percent(rate)} at ${percent(confidence)} confidence)`,
  };
}
