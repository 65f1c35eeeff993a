import type { CliCommand, CliSwitch } from './commands.js';
import type { InputMetadata } from './package-files.js';

const WIDTH = 100;

/** `shardproof --help`: the commands and the global switches. */
export function renderUsage(commands: Record<string, CliCommand>, globals: readonly CliSwitch[]): string {
  const names = Object.keys(commands);
  const pad = Math.max(...names.map((n) => n.length), ...globals.map((s) => switchName(s).length)) + 2;
  return [
    'usage: shardproof <command> [--option value ...] [-- paths...]',
    '       shardproof <command> --help',
    '',
    'commands:',
    ...names.map((name) => `  ${name.padEnd(pad)}${commands[name].about}`),
    '',
    ...globals.map((s) => `  ${switchName(s).padEnd(pad)}${s.description}`),
    '',
    'Every option of run, plan and detect is the GitHub Action input of the same name (see README.md);',
    'a list input takes one value per --option, or several lines in one value. For example:',
    '  shardproof run --framework pytest --runs 5 -- tests/test_api.py',
    "  shardproof plan --framework pytest --shards 3 --plan-file plan.json -- 'tests/**/test_*.py'",
  ].join('\n');
}

/**
 * `shardproof <command> --help`: every option with its description and default, taken from the action.yml that
 * defines the input, so the CLI and the action are documented by the same words.
 */
export function renderCommandHelp(
  name: string,
  command: CliCommand,
  metadata: Record<string, InputMetadata>,
): string {
  const usage = `usage: shardproof ${name}${command.inputs.length ? ' [options]' : ''}${
    command.positional ? ' [--] [paths...]' : ''
  }`;
  const lines = [usage, '', command.about, ''];
  if (command.positional) {
    lines.push(`  paths: ${command.positional.description}`, '');
  }
  if (command.inputs.length) lines.push('options:');
  for (const input of command.inputs) {
    const meta = metadata[input];
    const described = meta?.description?.trim() || '(not described in the action metadata)';
    const fallback = meta?.default !== undefined && meta.default !== '' ? ` [default: ${meta.default}]` : '';
    lines.push(`  --${input} <value>`, ...wrap(`${described}${fallback}`, 6));
  }
  if (command.inputs.length) lines.push('');
  if (command.switches.length) lines.push('switches:');
  for (const s of command.switches) lines.push(`  ${switchName(s)}`, ...wrap(s.description, 6));
  return lines.join('\n');
}

function switchName(s: CliSwitch): string {
  return s.short ? `-${s.short}, --${s.name}` : `--${s.name}`;
}

/** Words wrapped to WIDTH columns, each line indented. */
function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent + line.length + 1 + word.length > WIDTH) {
      lines.push(' '.repeat(indent) + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(' '.repeat(indent) + line);
  return lines;
}
