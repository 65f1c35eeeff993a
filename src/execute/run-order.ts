/**
 * `order: shuffle`: which seed each run gets and what that seed adds to the run (the framework module's
 * shuffle arguments and environment). Run k of a series uses firstSeed + k - 1, so a run slot or a repeat
 * of run k finds its seed again from the run number alone.
 */
import type { FrameworkModule } from '../frameworks/index.js';

export interface ShuffleSetup {
  /** Placed before the files, after any filter arguments. */
  args: string[];
  env: Record<string, string>;
}

export interface RunOrder {
  seedFor(run: number): number;
  setup(seed: number, workers: number): Promise<ShuffleSetup>;
}

export function seededOrder(
  module: FrameworkModule,
  options: { firstSeed: number; helperDir: string; baseEnv: Record<string, string> },
): RunOrder {
  const shuffleArgs = module.shuffleArgs;
  if (!shuffleArgs) throw new Error(`${module.name} has no seeded shuffle`);
  return {
    seedFor: (run) => options.firstSeed + run - 1,
    setup: async (seed, workers) => ({
      args: shuffleArgs(seed, { workers }),
      env: (await module.shuffleEnv?.(seed, { helperDir: options.helperDir, env: options.baseEnv })) ?? {},
    }),
  };
}

/** The run options with the shuffle of `seed` applied: extra arguments before the files, extra environment. */
export function withShuffle<T extends { filterArgs?: string[]; baseEnv: Record<string, string> }>(
  opts: T,
  setup: ShuffleSetup | undefined,
): T {
  if (!setup) return opts;
  return {
    ...opts,
    filterArgs: [...(opts.filterArgs ?? []), ...setup.args],
    baseEnv: { ...opts.baseEnv, ...setup.env },
  };
}
