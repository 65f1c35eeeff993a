import { UserError } from '../inputs/user-error.js';

export interface CliArgs {
  command: string;
  /** Flag values by action input name: the CLI's flags are the action's inputs. */
  inputs: Record<string, string>;
  /** Boolean switches such as --json. */
  switches: Set<string>;
  /** Everything after `--` (or bare words after the command): files, globs or packages. */
  positional: string[];
}

/**
 * `shardproof <command> [--input value | --input=value | --switch] [--] [paths...]`.
 * Flags are checked against the command's inputs so a typo is an error, not a silently ignored setting.
 */
export function parseArgs(
  argv: string[],
  known: (command: string) => { inputs: readonly string[]; switches: readonly string[] } | undefined,
): CliArgs {
  const [command = 'help', ...rest] = argv;
  const spec = known(command);
  if (!spec) throw new UserError(`unknown command '${command}'; run 'shardproof help'`);
  const inputs: Record<string, string> = {};
  const switches = new Set<string>();
  const positional: string[] = [];
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--') {
      positional.push(...rest.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    if (spec.switches.includes(name)) {
      if (eq !== -1) throw new UserError(`--${name} takes no value`);
      switches.add(name);
    } else if (spec.inputs.includes(name)) {
      const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
      if (value === undefined) throw new UserError(`--${name} needs a value`);
      // Repeating a list input (--tests a --tests b) builds the newline-separated list the action takes.
      inputs[name] = name in inputs ? `${inputs[name]}\n${value}` : value;
    } else {
      const all = [...spec.inputs, ...spec.switches].map((n) => `--${n}`).join(', ');
      throw new UserError(`'shardproof ${command}' has no option --${name}; it takes ${all}`);
    }
  }
  return { command, inputs, switches, positional };
}
