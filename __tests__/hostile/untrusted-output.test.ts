import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { resolvePreset } from '../../src/frameworks/index.js';
import { runSeries } from '../../src/execute/run-series.js';
import { GitHubIO } from '../../src/platform/github-io.js';
import { inertText } from '../../src/platform/inert-text.js';
import { AnnotationBudget } from '../../src/steps/annotation-budget.js';
import { commandLikeLines, obeyedCommands } from './runner-commands.js';

const HOSTILE = 'evil\n::add-mask::secret\r##[error]fake ::warning::x';
let work: string;
let stdout: string;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'shardproof-hostile-out-'));
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
});
afterEach(async () => {
  vi.restoreAllMocks();
  await rm(work, { recursive: true, force: true });
});

describe('strings from the repository leave through the untrusted path', () => {
  it('a log line quoting a hostile name has no line the runner would obey', () => {
    const io = new GitHubIO();
    io.info(`could not start ${HOSTILE}`);
    io.info(`  ::add-mask::leading-space`);
    expect(commandLikeLines(stdout)).toEqual([]);
    expect(obeyedCommands(stdout)).toEqual([]);
    // Still readable: the same characters apart from zero-width spaces, one line per line of the message.
    expect(stdout.replaceAll('\u200b', '')).toBe(
      'could not start evil\n::add-mask::secret\n##[error]fake ::warning::x\n  ::add-mask::leading-space\n',
    );
  });

  it('warnings, errors, groups and the failure escape their data: each is one command, none is add-mask', () => {
    const io = new GitHubIO();
    io.startGroup(`Run 1 ${HOSTILE}`);
    io.warning(`left no report ${HOSTILE}`, { file: HOSTILE, title: HOSTILE, startLine: 1 });
    io.error(HOSTILE);
    io.endGroup();
    io.setFailed(`failed: ${HOSTILE}`);
    process.exitCode = 0;
    expect(obeyedCommands(stdout).map((c) => c.split(/[\s:]/)[0])).toEqual([
      'group',
      'warning',
      'error',
      'endgroup',
      'error',
    ]);
    expect(stdout).not.toMatch(/^\s*::add-mask/m);
    // Only the file property keeps its bytes (GitHub places the annotation by it); the line is a command
    // (`::warning …::`), which the runner parses before it looks for the legacy `##[`.
    expect(stdout.replace(/file=[^,]*,/g, 'file=…,')).not.toContain('##[');
  });

  it('a command named by a hostile file that cannot start is logged and warned about inertly', async () => {
    const io = new AnnotationBudget(new GitHubIO());
    const records = await runSeries({
      preset: resolvePreset('custom', { workers: 1, command: '{files}', results: 'none/*.xml' }),
      files: [HOSTILE],
      workers: 1,
      runs: 2,
      outputDir: join(work, 'proof'),
      cwd: work,
      baseEnv: { PATH: process.env.PATH ?? '' },
      logger: io,
      portLeaseDir: join(work, 'leases'),
    });
    expect(records.map((r) => r.outcome.spawnError)).toEqual([
      `command not found: ${JSON.stringify(HOSTILE)} (is it installed and on PATH?)`,
      `command not found: ${JSON.stringify(HOSTILE)} (is it installed and on PATH?)`,
    ]);
    expect(commandLikeLines(stdout).filter((l) => !/^::(group|endgroup|warning)/.test(l))).toEqual([]);
    expect(obeyedCommands(stdout).map((c) => c.split(/[\s:]/)[0])).toEqual([
      'group',
      'warning',
      'endgroup',
      'group',
      'warning',
      'endgroup',
    ]);
  });

  it('inertText breaks every marker the runner looks for and nothing else', () => {
    expect(inertText('a::b ::c')).toBe('a::b ::c');
    expect(inertText('::x::y')).toBe(':\u200b:x::y');
    expect(inertText('\u0085\t::x')).toBe('\u0085\t:\u200b:x');
    expect(inertText('a##[b')).toBe('a#\u200b#[b');
    expect(inertText('1\r2\r\n3')).toBe('1\n2\n3');
  });
});
