/**
 * Everything shardproof knows about one test framework, behind one interface: one module per framework
 * (pytest.ts, jest.ts, …) implements it, and the plan, run and report code ask the module instead of
 * switching on a name. Adding a framework is one new file, registered in index.ts, and its end-to-end test.
 */
import type { TestResult } from '../results/model.js';
import type { Framework } from './names.js';

export interface Preset {
  framework: Framework;
  /** Command template with {files}, {workers}, {results}, {run}; the worker flag is part of it. */
  command: string;
  /** Extra environment; values may use {results}, {workers} and {run} (no quoting: env is not a shell). */
  env: Record<string, string>;
  /** Extension of `run-k.<ext>`, the report path given as {results}. */
  reportExtension: 'xml' | 'json';
  /** go test -json writes its report to stdout: the runner captures stdout into {results}. */
  reportIsStdout: boolean;
  /** custom only: a glob (relative to the working directory) of the reports the command writes. */
  resultsGlob?: string;
  /** How a test file becomes a command-line argument that selects exactly that file. */
  fileArg(file: string): string;
}

export interface PresetSettings {
  workers: number;
  /** The user's `command` input: required for custom, overrides the template of other frameworks. */
  command?: string;
  /** The user's `results` input: a glob of report files (custom only). */
  results?: string;
  /** Where the command runs (absolute; default the process's cwd): for file filters over absolute paths. */
  cwd?: string;
}

/** "Only these tests", as plain arguments: `files` replace {files}, `filterArgs` go right before them. */
export interface RerunSelection {
  files: string[];
  filterArgs: string[];
  /** Tests that cannot be selected (no file, custom command, …), with the reason for the log. */
  unselectable: { test: TestResult; reason: string }[];
}

/** A plan item as the run step receives it: a whole file, some of its tests, or the file minus some. */
export interface ItemToRun {
  file: string;
  tests?: string[];
  exceptTests?: string[];
}

export interface FrameworkModule {
  readonly name: Framework;
  /** Command, environment and report location (settings.command replaces the template, keeping the env). */
  preset(settings: PresetSettings): Preset;
  /**
   * Extra arguments that keep the given files from selecting any other file (for frameworks whose file
   * arguments are filters rather than paths); computed once per step from the files on disk.
   */
  exactSelectionArgs?(files: string[], cwd: string): Promise<string[]>;
  /** Rerun exactly these tests (by the ids and names their report gave them). */
  rerunSelection(tests: TestResult[]): RerunSelection;
  /**
   * Arguments that run some tests of a file (a split plan item); absent when the framework cannot
   * select single tests together with whole files in one invocation, so the plan keeps its files whole.
   */
  splitArguments?(
    item: ItemToRun,
    ctx: {
      remainderHere: boolean;
      piecesHere: Set<string>;
      /** How a path or node id inside a filter argument reaches the framework (relative to a `cd` root). */
      pathArg: (path: string) => string;
    },
  ): {
    files: string[];
    filterArgs: string[];
  };
  /**
   * Arguments (placed before the files) that shuffle the test order with a seed, for `order: shuffle`;
   * absent when the framework has no seeded shuffle.
   */
  shuffleArgs?(seed: number, ctx: { workers: number }): string[];
  /** Environment a shuffled run needs besides its arguments; may write helper files into `helperDir`. */
  shuffleEnv?(
    seed: number,
    ctx: { helperDir: string; env: Record<string, string> },
  ): Promise<Record<string, string>>;
  /** Why the seeded shuffle is not available here (the framework's version lacks it), when it is not. */
  shuffleUnavailable?(ctx: { cwd: string; env: Record<string, string> }): string | undefined;
  /** The report lists the tests of one worker in the order they ran (so the isolation checks can name the
   * tests that ran before a failing one); vitest's JUnit, for one, lists them in declaration order. */
  readonly reportInRunOrder?: boolean;
  /** rerunSelection's arguments run the tests in the order given (pytest node ids), so a bisection can
   * replay a prefix of a run's order. */
  readonly selectionKeepsOrder?: boolean;
  /**
   * Why the framework stopped before running its tests, from the first lines of its output, for a run that
   * failed with no failing test in its report (Playwright stops everything when one file fails to load).
   */
  stopReason?(output: readonly string[]): string | undefined;
  /** A report entry that stands for a file that failed to load (not a test), when the framework has one. */
  isLoadError?(test: TestResult): boolean;
  /** Why `workers` cannot be used here (pytest without pytest-xdist), so the run falls back to one. */
  unusableWorkers?(
    workers: number,
    ctx: { cwd: string; env: Record<string, string>; ownCommand: boolean },
  ): string | undefined;
  /** `tests` and plan items are package patterns (go), not file globs. */
  readonly itemsArePackages?: boolean;
  /** A test id a user can paste into the framework (pytest node id, `file > describe > test`, …). */
  displayId(test: TestResult): string;
  /** How the framework's own retries show in its report (README and the summary's notes). */
  readonly retries: string;
}
