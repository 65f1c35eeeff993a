import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { parseArgs, type CommandSpec } from '../../src/cli/parse-args.js';
import { UserError } from '../../src/inputs/user-error.js';

const RUN: CommandSpec = {
  inputs: ['framework', 'tests', 'runs', 'workers', 'files'],
  switches: [
    { name: 'json', description: 'json' },
    { name: 'help', short: 'h', description: 'help' },
  ],
  positional: { input: 'files' },
};
const DETECT: CommandSpec = { inputs: ['workers'], switches: [] };
const known = (command: string) => ({ run: RUN, detect: DETECT })[command];
const problem = (argv: string[]) => {
  try {
    parseArgs(argv, known);
  } catch (error) {
    expect(error).toBeInstanceOf(UserError);
    return (error as Error).message;
  }
  throw new Error(`${argv.join(' ')} parsed`);
};

describe('parseArgs', () => {
  it('maps --input value and --input=value to action inputs, and words after -- to paths', () => {
    const args = parseArgs(
      ['run', '--framework', 'pytest', '--runs=5', '--json', '--', '--weird-file.py', '-v', 'a b.py'],
      known,
    );
    expect(args).toEqual({
      command: 'run',
      inputs: { framework: 'pytest', runs: '5' },
      switches: new Set(['json']),
      positional: ['--weird-file.py', '-v', 'a b.py'],
    });
  });

  it('joins a repeated list input with newlines, as the action takes lists', () => {
    expect(parseArgs(['run', '--tests', 'a/**', '--tests', 'b/**'], known).inputs.tests).toBe('a/**\nb/**');
  });

  it('reads --help, -h and --version before or after a command', () => {
    expect(parseArgs(['--help'], known).command).toBe('help');
    expect(parseArgs(['-h'], known).command).toBe('help');
    expect(parseArgs([], known).command).toBe('help');
    expect(parseArgs(['--version'], known).command).toBe('version');
    expect(parseArgs(['run', '-h'], known).switches).toEqual(new Set(['help']));
    expect(parseArgs(['help', 'run'], known)).toMatchObject({ command: 'help', topic: 'run' });
  });

  it('refuses -v after a command instead of passing it on as a file', () => {
    expect(problem(['run', '-v'])).toBe(
      "'shardproof run' has no option -v; it takes --framework, --tests, --runs, --workers, --files, --json, --help. " +
        "A file name that starts with '-' goes after '--'",
    );
  });

  it('names the problem for unknown commands, unknown options and missing values', () => {
    expect(problem(['rnu'])).toBe(`unknown command "rnu"; run 'shardproof --help' for the commands`);
    expect(problem(['help', 'rnu'])).toBe(`unknown command "rnu"; run 'shardproof --help' for the commands`);
    expect(problem(['run', '--worker', '2'])).toBe(
      "'shardproof run' has no option --worker (did you mean --workers?); it takes --framework, --tests, --runs, " +
        '--workers, --files, --json, --help',
    );
    expect(problem(['run', '--runs'])).toBe(
      "--runs needs a value (write --runs=VALUE for a value that starts with '-')",
    );
    expect(problem(['run', '--runs', '--json'])).toBe(
      "--runs needs a value (write --runs=VALUE for a value that starts with '-')",
    );
    expect(problem(['run', '--json=1'])).toBe('--json takes no value');
    expect(problem(['detect', 'extra'])).toBe(
      `'shardproof detect' takes no file or glob arguments, got "extra"`,
    );
    expect(problem(['-v'])).toBe(
      "'shardproof' has no option -v (did you mean --version?); it takes --help, --version",
    );
  });

  it('takes a value that starts with - when written with =', () => {
    expect(parseArgs(['run', '--files=-odd.py'], known).inputs.files).toBe('-odd.py');
  });

  it('accepts exactly the action inputs as options for every real command', () => {
    for (const [name, command] of Object.entries(COMMANDS)) {
      for (const input of command.inputs) {
        expect(parseArgs([name, `--${input}`, 'x'], (c) => COMMANDS[c]).inputs[input], input).toBe('x');
      }
    }
  });
});
