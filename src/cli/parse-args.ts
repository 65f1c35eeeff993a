import { parseArgs as parseWithNode, type ParseArgsConfig } from 'node:util';
import { UserError } from '../errors/user-error.js';
import type { CliSwitch } from './commands.js';

export interface CliArgs {
  /** A command, or `help` / `version` for the global switches. */
  command: string;
  /** With `help`: the command whose help was asked for (`shardproof help run`). */
  topic?: string;
  /** Flag values by action input name: the CLI's flags are the action's inputs. */
  inputs: Record<string, string>;
  /** Boolean switches such as --json and --help. */
  switches: Set<string>;
  /** Bare words and everything after `--`: files, globs or packages. */
  positional: string[];
}

export interface CommandSpec {
  inputs: readonly string[];
  switches: readonly CliSwitch[];
  /** Whether bare words are accepted. */
  positional?: unknown;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `shardproof <command> [--input value | --input=value | --switch] [--] [paths...]`, parsed by node:util's
 * parseArgs in strict mode: an unknown option (`run -v`, a typo) is an error, never a file name or an ignored
 * setting. Its messages are reworded to name the command and list what it takes.
 */
export function parseArgs(argv: string[], known: (command: string) => CommandSpec | undefined): CliArgs {
  const [command = 'help', ...rest] = argv;
  if (command.startsWith('-')) return parseGlobal(argv);
  const empty = { inputs: {}, switches: new Set<string>(), positional: [] };
  if (command === 'help') {
    const topic = rest[0];
    if (topic !== undefined && !known(topic)) throw unknownCommand(topic);
    return { command, topic, ...empty };
  }
  const spec = known(command);
  if (!spec) throw unknownCommand(command);
  const options: Options = {};
  // A repeated list input (--tests a --tests b) builds the newline-separated list the action takes.
  for (const name of spec.inputs) options[name] = { type: 'string', multiple: true };
  for (const s of spec.switches)
    options[s.name] = { type: 'boolean', ...(s.short ? { short: s.short } : {}) };
  let parsed;
  try {
    parsed = parseWithNode({ args: rest, options, strict: true, allowPositionals: Boolean(spec.positional) });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UserError(explain(`shardproof ${command}`, rest, options, error, Boolean(spec.positional)));
  }
  const args: CliArgs = { command, ...empty, positional: parsed.positionals };
  for (const [name, value] of Object.entries(parsed.values)) {
    if (Array.isArray(value)) args.inputs[name] = value.join('\n');
    else if (value === true) args.switches.add(name);
  }
  return args;
}

const GLOBAL_OPTIONS: Options = { help: { type: 'boolean', short: 'h' }, version: { type: 'boolean' } };

/** `shardproof --help`, `-h` or `--version`, before any command. */
function parseGlobal(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseWithNode({ args: argv, options: GLOBAL_OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    if (!isParseArgsError(error)) throw error;
    throw new UserError(explain('shardproof', argv, GLOBAL_OPTIONS, error, false));
  }
  const command = parsed.values.version ? 'version' : 'help';
  return { command, inputs: {}, switches: new Set(), positional: [] };
}

function unknownCommand(command: string): UserError {
  return new UserError(
    `unknown command ${JSON.stringify(command)}; run 'shardproof --help' for the commands`,
  );
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  return error instanceof Error && String((error as { code?: unknown }).code).startsWith('ERR_PARSE_ARGS_');
}

/** The first problem in `args`, found by re-reading them leniently as tokens, in the CLI's own words. */
function explain(who: string, args: string[], options: Options, error: Error, takesPaths: boolean): string {
  const { tokens } = parseWithNode({ args, options, strict: false, allowPositionals: true, tokens: true });
  const takes = Object.keys(options)
    .map((n) => `--${n}`)
    .join(', ');
  for (const token of tokens) {
    if (token.kind === 'positional') {
      return `'${who}' takes no file or glob arguments, got ${JSON.stringify(token.value)}`;
    }
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) {
      const guess = closest(token.name, Object.keys(options));
      return (
        `'${who}' has no option ${token.rawName}${guess ? ` (did you mean --${guess}?)` : ''}; it takes ${takes}` +
        (takesPaths && !token.rawName.startsWith('--')
          ? `. A file name that starts with '-' goes after '--'`
          : '')
      );
    }
    if (option.type === 'string' && (token.value === undefined || token.value.startsWith('-'))) {
      if (token.inlineValue) continue; // --files=-x.py is a value, written unambiguously
      return `${token.rawName} needs a value (write ${token.rawName}=VALUE for a value that starts with '-')`;
    }
    if (option.type === 'boolean' && token.inlineValue) return `${token.rawName} takes no value`;
  }
  return error.message;
}

/** The known name within two edits of `name` (or that starts with it), for "did you mean". */
function closest(name: string, names: string[]): string | undefined {
  let best: { name: string; distance: number } | undefined;
  for (const candidate of names) {
    const distance = candidate.startsWith(name) ? 1 : editDistance(name, candidate);
    if (distance <= 2 && (!best || distance < best.distance)) best = { name: candidate, distance };
  }
  return best?.name;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length];
}
