/**
 * `order: shuffle` for this step: whether the framework can shuffle here, and the first run's seed. Said
 * once in the log; a framework without a seeded shuffle runs unshuffled.
 */
import { randomInt } from 'node:crypto';
import { join } from 'node:path';
import { seededOrder, type RunOrder } from '../execute/run-order.js';
import { frameworkModule, type Preset } from '../frameworks/index.js';
import { MAX_ORDER_SEED, type RunSettings } from '../inputs/run-settings.js';
import type { ActionIO } from '../platform/types.js';

export function decideOrder(
  io: Pick<ActionIO, 'info' | 'warning'>,
  settings: Pick<RunSettings, 'order' | 'orderSeed' | 'workingDirectory'>,
  preset: Preset,
  outputDir: string,
  env: Record<string, string>,
): RunOrder | undefined {
  if (settings.order !== 'shuffle') return undefined;
  const module = frameworkModule(preset.framework);
  const unavailable = module.shuffleArgs
    ? module.shuffleUnavailable?.({ cwd: settings.workingDirectory, env })
    : `${preset.framework} has no seeded shuffle shardproof can use`;
  if (unavailable) {
    io.warning(`order: shuffle is not applied, the runs keep their order: ${unavailable}`);
    return undefined;
  }
  const firstSeed = settings.orderSeed ?? randomInt(MAX_ORDER_SEED);
  const source = settings.orderSeed !== undefined ? 'input order-seed' : 'random; order-seed repeats it';
  io.info(`order: shuffled, run k with seed ${firstSeed} + k - 1 (${source})`);
  // The helper files (pytest's plugin) go into the proof folder: the reproduction commands point at them.
  return seededOrder(module, { firstSeed, helperDir: join(outputDir, 'order-plugin'), baseEnv: env });
}
