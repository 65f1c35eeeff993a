/** The plan stage: discovery, timing history, partitioning and the plan file. */
export { discover, splitLines, type DiscoverOptions } from './discover.js';
export {
  applyRenames,
  emptyHistory,
  estimateFromDurations,
  parseHistory,
  recordRun,
  serializeHistory,
  withMemoryRecords,
  type Estimator,
  type TimingHistory,
} from './history.js';
export {
  loadHistoryFile,
  loadHistoryFromReports,
  loadHistoryFromStore,
  mergeHistories,
} from './history-sources.js';
export { matchFiles, normaliseKey } from './history-match.js';
export { estimateFiles, type FileEstimate } from './estimate.js';
export { gitRenames, parseNameStatus } from './renames.js';
export { goPackages, goTestGlobs } from './go-packages.js';
export { type PartitionStrategy, type WeightedItem } from './partition.js';
export { strategies } from './strategies.js';
export {
  MAX_MATRIX_JOBS,
  parseAutoShardSettings,
  parseShardCount,
  type ShardCountSetting,
} from './shard-count.js';
export { assertDisjointSuites, parseSuites, type SuiteSpec } from './suites.js';
export {
  DEFAULT_SETTINGS,
  makePlan,
  type PlanInput,
  type PlanSettings,
  type SuiteInput,
} from './make-plan.js';
export {
  DEFAULT_SUITE,
  itemsForShard,
  matrixFor,
  parsePlan,
  readPlan,
  serializePlan,
  writePlan,
} from './plan-file.js';
export * from './model.js';
export { historyScope } from './history-scope.js';
export {
  describeMemorySource,
  validMemoryRecord,
  type MemoryRecord,
  type MemoryRecords,
  type MemorySource,
} from './memory-history.js';
