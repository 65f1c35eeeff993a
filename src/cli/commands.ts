import {
  CALIBRATE_INPUTS,
  CAPACITY_INPUTS,
  PLAN_INPUTS,
  REPORT_INPUTS,
  RUN_INPUTS,
} from '../inputs/input-names.js';

/** A CLI flag that is not an action input. */
export interface CliSwitch {
  name: string;
  short?: string;
  description: string;
}

export interface CliCommand {
  about: string;
  /** Action inputs accepted as --flags, by their action.yml names (the lists the metadata test checks). */
  inputs: readonly string[];
  /** The action.yml whose descriptions and defaults document those inputs. */
  actionFile?: string;
  switches: readonly CliSwitch[];
  /** What bare words (or words after `--`) are, and the list input they are appended to. */
  positional?: { input: string; description: string };
}

const HELP: CliSwitch = { name: 'help', short: 'h', description: 'show this help' };

export const COMMANDS: Record<string, CliCommand> = {
  detect: {
    about: 'show the CPUs, memory and worker count this machine gives a test run',
    inputs: CAPACITY_INPUTS,
    actionFile: 'action.yml',
    switches: [
      { name: 'json', description: 'print the capacity as JSON on stdout (the log goes to stderr)' },
      HELP,
    ],
  },
  plan: {
    about: 'split test files into shards by timings and print the job matrix',
    inputs: PLAN_INPUTS,
    actionFile: 'plan/action.yml',
    switches: [HELP],
    positional: { input: 'tests', description: 'globs of test files, added to --tests' },
  },
  run: {
    about: 'run the tests N times and classify every test',
    inputs: RUN_INPUTS,
    actionFile: 'action.yml',
    switches: [HELP],
    positional: { input: 'files', description: 'test files to run, added to --files' },
  },
  report: {
    about: "merge the shards' proofs in .shardproof/artifacts/ into one verdict",
    // Off GitHub there is no token to give: the local twins need none.
    inputs: REPORT_INPUTS.filter((name) => name !== 'github-token'),
    actionFile: 'report/action.yml',
    switches: [HELP],
  },
  calibrate: {
    about: 'measure wall time, CPU and memory per worker count and recommend one',
    // The run step's inputs: calibrate runs the same command at several worker counts.
    inputs: CALIBRATE_INPUTS,
    actionFile: 'action.yml',
    switches: [HELP],
    positional: { input: 'files', description: 'test files to run, added to --files' },
  },
  demo: {
    about: 'plan, run 2 shards and report on the bundled example suite',
    inputs: [],
    switches: [HELP],
  },
};

/** Switches every invocation accepts before a command. */
export const GLOBAL_SWITCHES: readonly CliSwitch[] = [
  HELP,
  { name: 'version', description: "print shardproof's version" },
];
