import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { commandLikeLines, obeyedCommands } from '../hostile/runner-commands.js';
import { runBundle } from './run-bundle.js';

/** The run bundle, 2 runs of the test file itself as the command, in a scratch repository holding that file. */
function runWithTestFile(name: string): ReturnType<typeof runBundle> {
  const repo = mkdtempSync(join(tmpdir(), 'shardproof-hostile-bundle-'));
  mkdirSync(join(repo, 'tests'));
  writeFileSync(join(repo, 'tests', name), '');
  return runBundle(
    'run',
    { framework: 'custom', command: '{files}', tests: 'tests/*.test', results: 'reports/*.xml', runs: '2' },
    { cwd: repo },
  );
}

describe('the run bundle with a hostile file name', () => {
  it('refuses a name with a line break by name, giving the runner no command it did not mean', () => {
    const evil = 'evil\n::add-mask::secret ##[error]fake.test';
    const run = runWithTestFile(evil);
    expect(run.status).toBe(1);
    expect(obeyedCommands(run.stdout).map((c) => c.split(/[\s:]/)[0])).toEqual(['error']);
    expect(run.stdout.replaceAll('\u200b', '')).toContain(
      `::error::Input 'tests': the file ${JSON.stringify(`tests/${evil}`)} contains a control character`,
    );
  });

  it('logs and fails about a name with runner markers without giving the runner a command it did not mean', () => {
    const evil = 'evil ::add-mask::secret ##[error]fake.test';
    const run = runWithTestFile(evil);
    expect(run.status).toBe(1);
    // Every line the runner would obey is one shardproof issued on purpose.
    const obeyed = obeyedCommands(run.stdout).map((c) => c.split(/[\s:]/)[0]);
    expect(new Set(obeyed)).toEqual(new Set(['group', 'endgroup', 'warning', 'error']));
    expect(
      commandLikeLines(run.stdout).filter((l) => !/^::(group|endgroup|warning|error)[ :]/.test(l)),
    ).toEqual([]);
    // The name is on one line; only a zero-width space breaks its `##[`.
    expect(run.stdout.replaceAll('\u200b', '')).toContain(
      `run 1: could not start: tests/${evil} is not executable (EACCES)`,
    );
  });

  it("names a malformed report by the user's path, not by shardproof's copy", () => {
    const repo = mkdtempSync(join(tmpdir(), 'shardproof-hostile-bundle-'));
    writeFileSync(
      join(repo, 'write-report.mjs'),
      "import { mkdirSync, writeFileSync } from 'node:fs';\n" +
        "mkdirSync('reports', { recursive: true });\n" +
        "writeFileSync('reports/bad.xml', '<testsuite>\\n<testcase name=\"a\">\\n</testsuite>\\n');\n",
    );
    const run = runBundle(
      'run',
      {
        framework: 'custom',
        command: 'node write-report.mjs',
        results: 'reports/*.xml',
        runs: '1',
        upload: 'false',
      },
      { cwd: repo },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(
      /a report could not be read, so its results are incomplete: reports\/bad\.xml:3: /,
    );
    expect(run.stdout).not.toContain('run-1-1.xml');
  });

  it('records runs that tamper with the output folder as failed, with the reason, and runs the rest', () => {
    const repo = mkdtempSync(join(tmpdir(), 'shardproof-hostile-bundle-'));
    const outside = join(repo, 'outside.txt');
    writeFileSync(outside, 'not yours\n');
    const tamper = resolve('__tests__/fixtures/execute/tamper-output.mjs');
    const run = runBundle(
      'run',
      { framework: 'custom', command: `node ${tamper} {results} ${outside}`, runs: '3', upload: 'false' },
      { cwd: repo },
    );
    expect(run.status).toBe(1);
    for (const n of [1, 2, 3]) expect(run.stdout).toContain(`run ${n} tampered with its output folder`);
    expect(run.stdout).toContain('::group::Run 3/3');
    expect(run.stdout).toMatch(
      /::error::run 1 tampered with its output folder, so its report is not used: the output folder .* was removed; recreated it/,
    );
    expect(readFileSync(outside, 'utf8')).toBe('not yours\n');
    expect(existsSync(join(run.outputs['proof-dir'], 'results.json'))).toBe(true);
  });
});
