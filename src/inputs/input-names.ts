/**
 * The inputs of each action, by their action.yml names. The metadata test checks that these lists and the
 * action.yml files agree, and the CLI accepts exactly these names as --flags.
 */

/** Inputs every entry has: they decide the worker count reported as an output. */
export const CAPACITY_INPUTS = ['workers', 'max-workers', 'memory-per-worker'] as const;

export const RUN_INPUTS = [
  'framework',
  'tests',
  'files',
  'command',
  'results',
  'runs',
  'target-flake-rate',
  'confidence',
  'rerun-failed',
  'fail-on-flaky',
  'timeout-minutes',
  ...CAPACITY_INPUTS,
  'working-directory',
  'output-dir',
  'shard',
  'suite',
  'plan-file',
  'plan-hash',
  'run-slot',
  'upload',
  'artifact-name',
  'retention-days',
  'isolation',
  'order',
  'order-seed',
  'calibrate',
  'calibrate-repeats',
] as const;

/** `shardproof calibrate`: the run step's inputs; `calibrate` says which worker counts to compare. */
export const CALIBRATE_INPUTS = RUN_INPUTS;

export const PLAN_INPUTS = [
  'framework',
  'tests',
  'exclude',
  'working-directory',
  'shards',
  'target-minutes',
  'max-shards',
  'shard-overhead-seconds',
  'split-slow-files',
  'serial',
  'suites',
  'timings-file',
  'timings-reports',
  'history-size',
  'plan-file',
  'github-token',
  'runs',
  ...CAPACITY_INPUTS,
] as const;

export const REPORT_INPUTS = [
  'artifact-name',
  'plan-file',
  'history-size',
  'fail-on-flaky',
  'confidence',
  'working-directory',
  'output-dir',
  'retention-days',
  'check-run-id',
  'comment',
  'max-annotations',
  'github-token',
  ...CAPACITY_INPUTS,
] as const;

export const CAPACITY_OUTPUTS = ['cpus', 'memory-mb', 'workers'] as const;
export const RUN_OUTPUTS = [
  ...CAPACITY_OUTPUTS,
  'proof-dir',
  'passed',
  'failed',
  'flaky',
  'skipped',
  'results-json',
  'artifact-id',
  'artifact-url',
  'recommended-workers',
  'performance-report',
] as const;
export const PLAN_OUTPUTS = [
  'matrix',
  'plan',
  'plan-hash',
  'plan-file',
  'shards',
  ...CAPACITY_OUTPUTS,
] as const;
export const REPORT_OUTPUTS = [
  ...CAPACITY_OUTPUTS,
  'passed',
  'failed',
  'flaky',
  'skipped',
  'missing',
  'results-json',
  'report-dir',
  'artifact-id',
] as const;
