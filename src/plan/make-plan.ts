import { UserError } from '../inputs/user-error.js';
import { compareStrings } from './discover.js';
import { estimateFiles, DEFAULT_ITEM_SECONDS } from './estimate.js';
import type { Estimator, TimingHistory } from './history.js';
import {
  itemKey,
  PLAN_VERSION,
  type Plan,
  type PlannedItem,
  type ShardPlan,
  type SuitePlan,
} from './model.js';
import { lowerBound, type WeightedItem } from './partition.js';
import { DEFAULT_STRATEGY, strategies } from './strategies.js';
import { assertPartition } from './partition-guarantee.js';
import { planHash } from './plan-hash.js';
import {
  chooseShardCount,
  DEFAULT_TARGET_MINUTES,
  MAX_MATRIX_JOBS,
  tradeoffRows,
  type AutoShardSettings,
  type ShardCountSetting,
} from './shard-count.js';
import { itemsFromEstimates, TEST_SELECTING_FRAMEWORKS } from './split.js';
import { runSpreads } from './spread.js';

export interface PlanSettings {
  /** Default shard count for suites that do not set their own; default 'auto'. */
  shards: ShardCountSetting;
  auto: AutoShardSettings;
  /** Fixed seconds each shard spends before its first test (checkout, install); default 0. */
  overheadSeconds: number;
  splitSlowFiles: boolean;
  /** Globs over files / `file::test` keys that must stay together when splitting. */
  serialGlobs: string[];
  estimator: Estimator;
  defaultSeconds: number;
  strategy: string;
  /** Warn below this timing match rate; default 0.95. */
  matchRateWarning: number;
  /** Jobs per shard, each one run of the stability check (plan input `runs`); default 1. */
  runSlots: number;
}

export interface SuiteInput {
  name: string;
  /** Discovered items (repo-relative POSIX paths). */
  files: readonly string[];
  framework?: string;
  command?: string;
  workers?: number | 'auto';
  shards?: ShardCountSetting;
}

export interface PlanInput {
  suites: readonly SuiteInput[];
  history: TimingHistory;
  settings?: Partial<PlanSettings>;
}

export const DEFAULT_SETTINGS: PlanSettings = {
  shards: 'auto',
  auto: { targetMinutes: DEFAULT_TARGET_MINUTES, maxShards: MAX_MATRIX_JOBS },
  overheadSeconds: 0,
  splitSlowFiles: false,
  serialGlobs: [],
  estimator: 'geometric-mean',
  defaultSeconds: DEFAULT_ITEM_SECONDS,
  strategy: DEFAULT_STRATEGY,
  matchRateWarning: 0.95,
  runSlots: 1,
};

/** Plans every suite: pure, deterministic, and checked against the partition guarantee. */
export function makePlan(input: PlanInput): Plan {
  const settings = { ...DEFAULT_SETTINGS, ...input.settings };
  const strategy = strategies[settings.strategy];
  if (strategy === undefined) {
    throw new UserError(
      `Unknown partition strategy '${settings.strategy}'; expected ${Object.keys(strategies).join(', ')}.`,
    );
  }
  const warnings: string[] = [];
  const suites = input.suites.map((suite) => planSuite(suite, input.history, settings, warnings));
  const shards = suites.reduce((s, p) => s + p.shards.length, 0);
  const runSlots = settings.runSlots;
  if (shards * runSlots > MAX_MATRIX_JOBS) {
    const slots = runSlots > 1 ? ` × ${runSlots} run slots (input 'runs') = ${shards * runSlots}` : '';
    throw new UserError(
      `Inputs 'suites'/'shards' ask for ${shards} jobs in all${slots}; a GitHub matrix holds at most ` +
        `${MAX_MATRIX_JOBS}. Lower the shard counts${runSlots > 1 ? " or 'runs'" : ''}.`,
    );
  }
  const items = suites.reduce((s, p) => s + p.shards.reduce((t, sh) => t + sh.items.length, 0), 0);
  const files = input.suites.reduce((s, p) => s + p.files.length, 0);
  const matched = suites.reduce((s, p, i) => s + p.matchRate * input.suites[i].files.length, 0);
  const withoutHash: Plan = {
    version: PLAN_VERSION,
    hash: '',
    overheadSeconds: settings.overheadSeconds,
    suites,
    totals: {
      items,
      shards,
      totalSeconds: suites.reduce((s, p) => s + p.totalSeconds, 0),
      matchRate: files === 0 ? 1 : matched / files,
    },
    warnings,
    ...(runSlots > 1 ? { runSlots } : {}),
  };
  return { ...withoutHash, hash: planHash(withoutHash) };
}

function planSuite(
  suite: SuiteInput,
  history: TimingHistory,
  settings: PlanSettings,
  warnings: string[],
): SuitePlan {
  const files = [...new Set(suite.files)].sort(compareStrings);
  const estimates = estimateFiles(files, history, {
    estimator: settings.estimator,
    defaultSeconds: settings.defaultSeconds,
  });
  const fileTotal = estimates.files.reduce((s, f) => s + f.seconds, 0);
  const count = chooseShardCount(
    suite.shards ?? settings.shards,
    settings.auto,
    fileTotal,
    files.length,
    settings.overheadSeconds,
  );
  const n = count.chosen;
  const canSplit = settings.splitSlowFiles && TEST_SELECTING_FRAMEWORKS.has(suite.framework ?? '');
  if (settings.splitSlowFiles && !canSplit) {
    warnings.push(
      `Suite '${suite.name}': split-slow-files needs a framework that selects single tests ` +
        `(${[...TEST_SELECTING_FRAMEWORKS].join(', ')}); files are kept whole.`,
    );
  }
  const items = itemsFromEstimates(
    estimates.files,
    canSplit
      ? {
          targetSeconds: fileTotal / n,
          serialGlobs: settings.serialGlobs,
          history,
          estimator: settings.estimator,
        }
      : undefined,
  );
  // How much each file's next run may vary, from its history; pieces of a split file share its spread.
  const { spreads } = runSpreads(
    estimates.files.map((f) =>
      f.historyKey === undefined ? undefined : history.items[f.historyKey].durations,
    ),
  );
  const spreadOf = new Map(estimates.files.map((f, i) => [f.file, spreads[i]]));
  const weighted: WeightedItem[] = items.map((i) => ({
    key: itemKey(i),
    seconds: i.seconds,
    spread: spreadOf.get(i.file),
  }));
  const strategy = strategies[settings.strategy];
  const assignment = strategy.partition(weighted, n);
  const shards: ShardPlan[] = assignment.map((indexes, s) => {
    const planned: PlannedItem[] = indexes.map((i) => items[i]);
    const work = planned.reduce((sum, i) => sum + i.seconds, 0);
    return { shard: s + 1, items: planned, predictedSeconds: work + settings.overheadSeconds };
  });
  if (shards.length !== n)
    throw new Error(`shardproof bug: strategy returned ${shards.length} shards, expected ${n}`);
  assertPartition(
    files,
    shards.map((s) => s.items),
  );

  const total = weighted.reduce((s, i) => s + i.seconds, 0);
  const lb = lowerBound(weighted, n);
  const makespan = Math.max(0, ...shards.map((s) => s.predictedSeconds - settings.overheadSeconds));
  if (files.length > 0 && estimates.matchRate < settings.matchRateWarning) {
    warnings.push(
      `Suite '${suite.name}': only ${(estimates.matchRate * 100).toFixed(1)}% of test files have timing history ` +
        `(below ${settings.matchRateWarning * 100}%); the others are estimated, so shards may be uneven until the next run records them.`,
    );
  }
  const largest = [...weighted]
    .sort((a, b) => b.seconds - a.seconds || compareStrings(a.key, b.key))
    .slice(0, 10)
    .map(({ key, seconds }) => ({ key, seconds }));
  const plan: SuitePlan = {
    name: suite.name,
    shards,
    totalSeconds: total,
    lowerBound: lb,
    makespan,
    quality: lb === 0 ? 1 : makespan / lb,
    matchRate: estimates.matchRate,
    largest,
    shardCount: {
      ...count,
      // The other counts are a rough what-if in estimated seconds: plan them without the noise-aware pass.
      tradeoffs: tradeoffRows(
        weighted.map(({ key, seconds }) => ({ key, seconds })),
        n,
        assignment,
        strategy,
        settings.overheadSeconds,
      ),
    },
  };
  if (suite.framework !== undefined) plan.framework = suite.framework;
  if (suite.command !== undefined) plan.command = suite.command;
  if (suite.workers !== undefined) plan.workers = suite.workers;
  return plan;
}
