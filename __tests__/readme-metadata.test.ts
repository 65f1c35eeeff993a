import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface ActionMetadata {
  inputs: Record<string, { description: string; default?: string }>;
  outputs: Record<string, { description: string }>;
}

const readme = readFileSync('README.md', 'utf8');
const SECTIONS = [
  { file: 'action.yml', heading: '### The run step' },
  { file: 'plan/action.yml', heading: '### The plan sub-action' },
  { file: 'report/action.yml', heading: '### The report sub-action' },
];

/** The README section from `heading` to the next heading of any level. */
function section(heading: string): string {
  const start = readme.indexOf(heading);
  expect(start, heading).toBeGreaterThanOrEqual(0);
  const end = readme.slice(start + heading.length).search(/\n#{2,3} /);
  return end < 0 ? readme.slice(start) : readme.slice(start, start + heading.length + end);
}

/** Table rows as cells: `| \`name\` | a | b |` → ['name', 'a', 'b'] (backticks around the name and default dropped). */
function rows(text: string): string[][] {
  return text
    .split('\n')
    .filter((line) => /^\| `[a-z-]+`/.test(line))
    .map((line) =>
      line
        .slice(1, -1)
        .split('|')
        .map((cell) => cell.trim().replace(/^`(.*)`$/, '$1')),
    );
}

describe.each(SECTIONS)('README tables for $file', ({ file, heading }) => {
  const meta = parse(readFileSync(file, 'utf8')) as ActionMetadata;
  const table = rows(section(heading));

  it('list every input with the default and description of action.yml, word for word', () => {
    const inputs = table.filter((cells) => cells.length === 3);
    expect(inputs.map(([name]) => name).sort()).toEqual(Object.keys(meta.inputs).sort());
    for (const [name, fallback, description] of inputs) {
      expect({ name, fallback, description }).toEqual({
        name,
        fallback: meta.inputs[name].default ?? '',
        description: meta.inputs[name].description,
      });
    }
  });

  it('list every output with the description of action.yml, word for word', () => {
    const outputs = table.filter((cells) => cells.length === 2);
    expect(outputs.map(([name]) => name).sort()).toEqual(Object.keys(meta.outputs).sort());
    for (const [name, description] of outputs) expect(description, name).toBe(meta.outputs[name].description);
  });
});
