import { isAbsolute, resolve } from 'node:path';
import { FRAMEWORKS, type Framework } from '../frameworks/names.js';
import {
  MAX_MATRIX_JOBS,
  parseAutoShardSettings,
  parseShardCount,
  parseSuites,
  type PlanSettings,
  type SuiteSpec,
} from '../plan/index.js';
import {
  type InputSource,
  readBoolean,
  readChoice,
  readInteger,
  readList,
  readNumber,
} from './read-input.js';
import { UserError } from '../errors/user-error.js';

/** A shard job's fixed cost (checkout, setup, dependency install) on a hosted runner, roughly. */
export const DEFAULT_SHARD_OVERHEAD_SECONDS = 30;

export interface PlanStepSettings {
  framework: Framework;
  tests: string[];
  exclude: string[];
  /** Absolute. */
  workingDirectory: string;
  suites: SuiteSpec[];
  timingsFile?: string;
  timingsReports: string[];
  historySize: number;
  planFile?: string;
  plan: Partial<PlanSettings>;
}

export async function readPlanSettings(source: InputSource, cwd: string): Promise<PlanStepSettings> {
  const workingDirectory = resolve(cwd, source.getInput('working-directory') || '.');
  const suites = await parseSuites(source.getInput('suites'));
  const tests = readList(source, 'tests');
  if (suites.length === 0 && tests.length === 0) {
    throw new UserError(
      "Input 'tests' is required (globs of test files, one per line) unless 'suites' is given.",
    );
  }
  if (suites.length > 0 && tests.length > 0) {
    throw new UserError(
      "Inputs 'tests' and 'suites' exclude each other: put the globs in each suite's 'tests'.",
    );
  }
  const timingsFile = source.getInput('timings-file') || undefined;
  const runSlots = readInteger(source, 'runs', 1, 1, MAX_MATRIX_JOBS);
  const auto = parseAutoShardSettings(source.getInput('target-minutes'), source.getInput('max-shards'));
  // shards: auto never picks more shards than fit GitHub's matrix limit next to the run slots.
  auto.maxShards = Math.max(1, Math.min(auto.maxShards, Math.floor(MAX_MATRIX_JOBS / runSlots)));
  const planFile = source.getInput('plan-file') || undefined;
  return {
    framework: readChoice(source, 'framework', FRAMEWORKS, 'custom'),
    tests,
    exclude: readList(source, 'exclude'),
    workingDirectory,
    suites,
    timingsFile: timingsFile && (isAbsolute(timingsFile) ? timingsFile : resolve(cwd, timingsFile)),
    timingsReports: readList(source, 'timings-reports'),
    historySize: readInteger(source, 'history-size', 10, 1, 100),
    planFile: planFile && (isAbsolute(planFile) ? planFile : resolve(cwd, planFile)),
    plan: {
      shards: parseShardCount(source.getInput('shards')),
      auto,
      overheadSeconds: readNumber(source, 'shard-overhead-seconds', DEFAULT_SHARD_OVERHEAD_SECONDS, {
        min: 0,
        max: 3600,
      }),
      splitSlowFiles: readBoolean(source, 'split-slow-files', false),
      serialGlobs: readList(source, 'serial'),
      ...(runSlots > 1 ? { runSlots } : {}),
    },
  };
}
