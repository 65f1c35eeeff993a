import { lptStrategy } from './lpt.js';
import type { PartitionStrategy } from './partition.js';

/** Every partitioning strategy by name; a new one is a new file and a line here. */
export const strategies: Readonly<Record<string, PartitionStrategy>> = {
  [lptStrategy.name]: lptStrategy,
};

export const DEFAULT_STRATEGY = lptStrategy.name;
