import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { COMMANDS, GLOBAL_SWITCHES } from '../../src/cli/commands.js';
import { renderCommandHelp, renderUsage } from '../../src/cli/help.js';
import { actionInputs, packageVersion } from '../../src/cli/package-files.js';

interface Input {
  description: string;
  default?: string;
}
const yamlInputs = (file: string) =>
  (parse(readFileSync(file, 'utf8')) as { inputs: Record<string, Input> }).inputs;
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('shardproof <command> --help', () => {
  const documented = Object.entries(COMMANDS).filter(([, c]) => c.actionFile !== undefined);

  it('covers the commands that take action inputs', () => {
    expect(documented.map(([name]) => name).sort()).toEqual(['calibrate', 'detect', 'plan', 'report', 'run']);
  });

  it.each(documented)(
    '%s lists every option with the description and default of its action.yml',
    async (name, command) => {
      const yaml = yamlInputs(command.actionFile!);
      const help = renderCommandHelp(name, command, await actionInputs(command.actionFile!));
      for (const input of command.inputs) {
        const meta = yaml[input];
        expect(meta, `${input} in ${command.actionFile}`).toBeDefined();
        const fallback = meta.default ? ` [default: ${meta.default}]` : '';
        expect(oneLine(help), input).toContain(
          `--${input} <value> ${oneLine(meta.description.trim())}${fallback}`,
        );
      }
      expect(help.match(/^ {2}--[a-z-]+ <value>$/gm)).toHaveLength(command.inputs.length);
      for (const s of command.switches) expect(help).toContain(s.description);
    },
  );

  it('run and plan take exactly the inputs of their action.yml', () => {
    expect([...COMMANDS.run.inputs].sort()).toEqual(Object.keys(yamlInputs('action.yml')).sort());
    expect([...COMMANDS.plan.inputs].sort()).toEqual(Object.keys(yamlInputs('plan/action.yml')).sort());
  });

  it('shows the default of an input exactly as action.yml has it', async () => {
    const help = oneLine(renderCommandHelp('run', COMMANDS.run, await actionInputs('action.yml')));
    expect(help).toContain(
      '--runs <value> Consecutive runs of the suite, as a stability check. Default 1. [default: 1]',
    );
    expect(help).toContain('--confidence <value>');
    expect(help).toMatch(/--confidence <value> [^[]+\[default: 0\.95\]/);
  });

  it('says so when an input has no description, rather than printing nothing', () => {
    const help = renderCommandHelp('run', { ...COMMANDS.run, inputs: ['brand-new'] }, {});
    expect(help).toContain('  --brand-new <value>\n      (not described in the action metadata)');
  });
});

describe('shardproof --help', () => {
  it('lists every command and the global switches', () => {
    const usage = renderUsage(COMMANDS, GLOBAL_SWITCHES);
    const lines = usage.split('\n');
    for (const [name, command] of Object.entries(COMMANDS)) {
      expect(lines, name).toContain(`  ${name.padEnd(12)}${command.about}`);
    }
    expect(usage).toContain('  -h, --help  show this help');
    expect(usage).toContain("  --version   print shardproof's version");
  });

  it('reads the version from package.json', () => {
    expect(packageVersion()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
});
