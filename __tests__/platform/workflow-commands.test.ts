import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdClientAnnotations } from '../../src/platform/client-annotations.js';
import { annotationProperties, formatCommand, writeOutput } from '../../src/platform/workflow-commands.js';
import { parseOutputFile } from '../e2e/run-bundle.js';
import { scratch } from '../harness/job-env.js';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const clean of cleanups.splice(0)) clean();
});

/** What @actions/core itself prints for the same calls (run in a child, as only src/platform may import it). */
function printedByActionsCore(calls: Array<[string, string, Record<string, unknown>?]>): string[] {
  const script = `import * as core from '@actions/core';
for (const [level, message, props] of JSON.parse(process.argv[1])) core[level](message, props);`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script, JSON.stringify(calls)], {
    encoding: 'utf8',
    env: { ...process.env, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' },
  });
  expect(child.status, child.stderr).toBe(0);
  return child.stdout.trimEnd().split('\n');
}

describe('workflow commands written without @actions/core', () => {
  const hostile = [
    'plain message',
    'two\nlines and a carriage\rreturn',
    '100% sure, with: colons, commas and %0A already escaped',
    '::add-mask::secret on one line\n::error::injected on the next',
  ];

  it('are byte for byte what @actions/core writes, escaping included', () => {
    const props = { title: 'a: title, with commas', file: 'src/a b/c%.ts', startLine: 12 };
    const calls: Array<[string, string, Record<string, unknown>?]> = [];
    const ours: string[] = [];
    for (const message of hostile) {
      for (const level of ['warning', 'error', 'notice'] as const) {
        calls.push([level, message, props]);
        ours.push(formatCommand(level, annotationProperties(props), message));
        calls.push([level, message]);
        ours.push(formatCommand(level, annotationProperties(), message));
      }
      calls.push(['debug', message]);
      ours.push(formatCommand('debug', {}, message));
    }
    expect(ours).toEqual(printedByActionsCore(calls));
  });

  it('an output value with newlines and a delimiter-like line reads back as it was', () => {
    const { dir, remove } = scratch('outputs');
    cleanups.push(remove);
    const file = join(dir, 'output');
    writeFileSync(file, '');
    const value = 'line 1\nEOF\nname<<EOF\nghadelimiter_x\n';
    writeOutput('results-json', value, { GITHUB_OUTPUT: file });
    writeOutput('passed', '3', { GITHUB_OUTPUT: file });
    expect(parseOutputFile(readFileSync(file, 'utf8'))).toEqual({ 'results-json': value, passed: '3' });
  });
});

describe('holdClientAnnotations', () => {
  it("holds back a client's ::warning:: and ::error:: lines, unescaped, and lets every other line through", async () => {
    const seen: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => (seen.push(chunk), true)) as typeof process.stdout.write;
    try {
      const { value, messages } = await holdClientAnnotations(async () => {
        process.stdout.write('::warning::Failed to save: 50%25 done%0Asecond line\n');
        process.stdout.write('progress line\n');
        process.stdout.write('::error file=a.ts,line=3::server said 500\n');
        process.stdout.write('::add-mask::hidden\n');
        return 42;
      });
      expect(value).toBe(42);
      expect(messages).toEqual(['Failed to save: 50% done\nsecond line', 'server said 500']);
    } finally {
      process.stdout.write = write;
    }
    expect(seen).toEqual(['progress line\n', '::add-mask::hidden\n']);
  });

  it('puts stdout back even when the call throws', async () => {
    const write = process.stdout.write;
    await expect(
      holdClientAnnotations(async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(process.stdout.write).toBe(write);
  });
});
