import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/parse-args.js';

const known = (command: string) =>
  command === 'run' ? { inputs: ['framework', 'tests', 'runs'], switches: ['json'] } : undefined;

describe('parseArgs', () => {
  it('maps --input value and --input=value to action inputs, and words after -- to paths', () => {
    const args = parseArgs(
      ['run', '--framework', 'pytest', '--runs=5', '--json', '--', '--weird-file.py', 'a b.py'],
      known,
    );
    expect(args).toEqual({
      command: 'run',
      inputs: { framework: 'pytest', runs: '5' },
      switches: new Set(['json']),
      positional: ['--weird-file.py', 'a b.py'],
    });
  });

  it('joins a repeated list input with newlines, as the action takes lists', () => {
    expect(parseArgs(['run', '--tests', 'a/**', '--tests', 'b/**'], known).inputs.tests).toBe('a/**\nb/**');
  });

  it('names the problem for unknown commands, unknown options and missing values', () => {
    expect(() => parseArgs(['rnu'], known)).toThrow("unknown command 'rnu'");
    expect(() => parseArgs(['run', '--frame', 'x'], known)).toThrow(
      'has no option --frame; it takes --framework',
    );
    expect(() => parseArgs(['run', '--runs'], known)).toThrow('--runs needs a value');
    expect(() => parseArgs(['run', '--json=1'], known)).toThrow('--json takes no value');
  });
});
