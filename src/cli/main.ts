import { UserError } from '../errors/user-error.js';
import { LocalIO } from '../platform/local-io.js';
import { localServices, type Services } from '../platform/services.js';
import { terminalJson } from '../platform/terminal-text.js';
import { capacityRoot, decideCapacity } from '../steps/capacity-step.js';
import { findMeasuredMemory } from '../steps/memory-figure.js';
import { chooseTimingStore } from '../platform/select.js';
import { DEFAULT_SUITE } from '../plan/plan-file.js';
import { stepMain } from '../steps/step-main.js';
import { COMMANDS, GLOBAL_SWITCHES } from './commands.js';
import { renderCommandHelp, renderUsage } from './help.js';
import { actionInputs, packageVersion } from './package-files.js';
import { parseArgs } from './parse-args.js';

/** Exit status for a command line that cannot be run as written (the convention of getopt-style tools). */
const USAGE_ERROR = 2;

export async function cliMain(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, (command) => COMMANDS[command]);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`shardproof: ${error.message}\n`);
    return USAGE_ERROR;
  }
  if (args.command === 'version') {
    process.stdout.write(`${packageVersion()}\n`);
    return 0;
  }
  const topic = args.command === 'help' ? args.topic : args.switches.has('help') ? args.command : undefined;
  if (topic !== undefined) {
    const command = COMMANDS[topic];
    const metadata = command.actionFile ? await actionInputs(command.actionFile) : {};
    process.stdout.write(renderCommandHelp(topic, command, metadata) + '\n');
    return 0;
  }
  if (args.command === 'help') {
    process.stdout.write(renderUsage(COMMANDS, GLOBAL_SWITCHES) + '\n');
    return 0;
  }
  if (args.command === 'demo') return (await import('./demo.js')).runDemo();

  const positional = COMMANDS[args.command].positional;
  if (positional && args.positional.length) {
    const given = args.inputs[positional.input];
    args.inputs[positional.input] = [...(given ? [given] : []), ...args.positional].join('\n');
  }
  if (args.command === 'detect') return detect(args.inputs, args.switches.has('json'));
  const services = localServices(args.inputs);
  const { io } = services;
  await stepMain(io, async () => {
    await STEPS[args.command as keyof typeof STEPS](services);
    if (args.command === 'plan') process.stdout.write(`${terminalJson(io.outputs['matrix'])}\n`);
  });
  return io.failure ? 1 : 0;
}

/**
 * Each command's step is loaded when that command runs: `--help`, `--version` and `detect` need none of them,
 * and each step needs only its own (the bundle puts them in chunk files beside index.js).
 */
const STEPS = {
  plan: async (services: Services) => (await import('../steps/plan-step.js')).planStep(services),
  run: async (services: Services) => (await import('../steps/run-step.js')).runStep(services),
  report: async (services: Services) => (await import('../steps/report-step.js')).reportStep(services),
  calibrate: async (services: Services) =>
    (await import('../steps/calibrate-step.js')).calibrateStep(services),
};

/** The capacity report: the decision lines on stdout, or JSON on stdout with the lines on stderr. */
async function detect(inputs: Record<string, string>, json: boolean): Promise<number> {
  const write = json ? undefined : (line: string) => process.stdout.write(line + '\n');
  const io = new LocalIO({ inputs, write });
  await stepMain(io, async () => {
    // The decision a run would make here: a measured memory figure in the local history caps auto too.
    const measuredMemory = await findMeasuredMemory({
      io,
      inputs: io,
      env: process.env,
      timings: (scope) => chooseTimingStore(scope, io),
      suite: io.getInput('suite') || DEFAULT_SUITE,
    });
    const { capacity, workers } = decideCapacity(io, io, { root: capacityRoot(process.env), measuredMemory });
    if (json) process.stdout.write(JSON.stringify({ ...capacity, workers }, null, 2) + '\n');
  });
  return io.failure ? 1 : 0;
}
