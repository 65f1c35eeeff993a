import {
  CALIBRATE_INPUTS,
  CAPACITY_INPUTS,
  PLAN_INPUTS,
  REPORT_INPUTS,
  RUN_INPUTS,
} from '../inputs/input-names.js';
import { UserError } from '../inputs/user-error.js';
import { localServices } from '../platform/services.js';
import { calibrateStep } from '../steps/calibrate-step.js';
import { decideCapacity } from '../steps/capacity-step.js';
import { planStep } from '../steps/plan-step.js';
import { reportStep } from '../steps/report-step.js';
import { runStep } from '../steps/run-step.js';
import { stepMain } from '../steps/step-main.js';
import { runDemo } from './demo.js';
import { parseArgs } from './parse-args.js';

const COMMANDS: Record<string, { inputs: readonly string[]; switches: readonly string[]; about: string }> = {
  detect: { inputs: CAPACITY_INPUTS, switches: ['json'], about: 'show CPUs, memory and the worker count' },
  plan: { inputs: PLAN_INPUTS, switches: [], about: 'split test files into shards by timings [-- globs]' },
  run: { inputs: RUN_INPUTS, switches: [], about: 'run tests N times and classify them [-- files]' },
  report: {
    inputs: REPORT_INPUTS.filter((name) => name !== 'github-token'),
    switches: [],
    about: "merge the shards' proofs in .shardproof/artifacts/ into one verdict",
  },
  calibrate: {
    inputs: CALIBRATE_INPUTS,
    switches: [],
    about: 'measure wall time, CPU and memory per worker count and recommend one [-- files]',
  },
  demo: { inputs: [], switches: [], about: 'plan, run 2 shards and report on the bundled example suite' },
  help: { inputs: [], switches: [], about: 'this text' },
};

const USAGE = [
  'usage: shardproof <command> [--input value ...] [-- paths...]',
  '',
  ...Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(7)} ${c.about}`),
  '',
  "Options are the action's inputs (see README.md), e.g. shardproof run --framework pytest --runs 5 -- tests/",
].join('\n');

export async function cliMain(argv: string[]): Promise<number> {
  let args;
  try {
    args = parseArgs(argv, (command) => COMMANDS[command]);
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    process.stderr.write(`shardproof: ${error.message}\n`);
    return 2;
  }
  if (args.command === 'help') {
    process.stdout.write(USAGE + '\n');
    return 0;
  }
  if (args.command === 'demo') return runDemo();

  const listInput = args.command === 'plan' ? 'tests' : 'files';
  if (args.positional.length) {
    const given = args.inputs[listInput];
    args.inputs[listInput] = [...(given ? [given] : []), ...args.positional].join('\n');
  }
  const services = localServices(args.inputs);
  const { io } = services;
  await stepMain(io, async () => {
    if (args.command === 'detect') {
      const { capacity, workers } = decideCapacity(io);
      if (args.switches.has('json')) {
        process.stdout.write(JSON.stringify({ ...capacity, workers }, null, 2) + '\n');
      }
    } else if (args.command === 'plan') {
      await planStep(services);
      process.stdout.write(`${io.outputs['matrix']}\n`);
    } else if (args.command === 'report') {
      await reportStep(services);
    } else if (args.command === 'calibrate') {
      await calibrateStep(services);
    } else {
      await runStep(services);
    }
  });
  return io.failure ? 1 : 0;
}
