import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { discover } from '../../src/plan/discover.js';
import { LocalIO } from '../../src/platform/local-io.js';
import { terminalJson, terminalLine } from '../../src/platform/terminal-text.js';
import { scratch } from '../harness/job-env.js';

// The CLI's log goes to a terminal, and file and test names come from the repository under test. Escape
// sequences in them must reach the terminal as text, never as commands: clear the screen (CSI 2J), set the
// window title or write the clipboard (OSC 0 / OSC 52, ended by BEL), the 8-bit CSI, a CR that overwrites the
// line, a right-to-left override that reorders it.
const HOSTILE: Array<[string, string, string]> = [
  ['CSI clear screen', 'tests/\x1b[2J\x1b[Htest_a.py', 'tests/\\x1b[2J\\x1b[Htest_a.py'],
  ['OSC window title', 'test_\x1b]0;owned\x07.py', 'test_\\x1b]0;owned\\x07.py'],
  ['OSC 52 clipboard', '\x1b]52;c;Y3VybCBldmlsfHNo\x1b\\x.py', '\\x1b]52;c;Y3VybCBldmlsfHNo\\x1b\\x.py'],
  ['8-bit CSI', 'a\x9b31mred.py', 'a\\x9b31mred.py'],
  ['CR overwrite', 'test_evil.py\rtest_fine.py', 'test_evil.py\\rtest_fine.py'],
  ['right-to-left override', 'test_\u202eyp.exe', 'test_\\u202eyp.exe'],
  ['NUL, backspace, DEL', 'a\x00b\x08c\x7fd', 'a\\x00b\\x08c\\x7fd'],
];

describe('terminalLine shows every control character as an escape', () => {
  it.each(HOSTILE)('%s', (_, name, shown) => {
    expect(terminalLine(name)).toBe(shown);
  });

  it('leaves tabs and ordinary text, accents and emoji alone', () => {
    expect(terminalLine('tests/\tnaïve 🧪 test.py')).toBe('tests/\tnaïve 🧪 test.py');
  });

  it('terminalJson keeps the JSON value while escaping what JSON.stringify leaves raw', () => {
    const value = { file: 'a\x9b31m\u202e\x7f.py', clear: '\x1b[2J' };
    const text = terminalJson(JSON.stringify(value));
    expect(text).toBe('{"file":"a\\u009b31m\\u202e\\u007f.py","clear":"\\u001b[2J"}');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('LocalIO, the CLI log', () => {
  it.each(HOSTILE)('prints a name with %s inert, in every kind of line', (_, name, shown) => {
    const lines: string[] = [];
    const io = new LocalIO({ inputs: {}, write: (l) => lines.push(l), stopCommands: false });
    io.info(`could not start ${name}`);
    io.warning(`skipped ${name}`, { file: name, startLine: 3 });
    io.untrusted(name);
    io.startGroup(name);
    io.error(name);
    expect(lines).toEqual([
      `could not start ${shown}`,
      `warning ${shown}:3: skipped ${shown}`,
      shown,
      `▶ ${shown}`,
      `  error: ${shown}`,
    ]);
  });

  it('a CRLF line end is one line break, not an escaped CR', () => {
    const lines: string[] = [];
    new LocalIO({ inputs: {}, write: (l) => lines.push(l), stopCommands: false }).untrusted('one\r\ntwo\n');
    expect(lines).toEqual(['one', 'two', '']);
  });
});

describe('test files with control characters in their names', () => {
  let repo: ReturnType<typeof scratch>;
  beforeEach(() => {
    repo = scratch('terminal-names');
    mkdirSync(join(repo.dir, 'tests'));
    writeFileSync(join(repo.dir, 'tests', 'test_a.py'), 'def test_a(): pass\n');
    writeFileSync(join(repo.dir, 'tests', 'test_\x1b]0;owned\x07.py'), 'def test_b(): pass\n');
  });
  afterEach(() => repo.remove());

  it('are refused by name when the tests globs are discovered, with what to do', async () => {
    await expect(discover({ tests: 'tests/*.py', cwd: repo.dir })).rejects.toThrow(
      new UserError(
        `Input 'tests': the file "tests/test_\\u001b]0;owned\\u0007.py" contains a control character, ` +
          "and shardproof passes no such name to a test command. Rename it, or leave it out with 'exclude'.",
      ),
    );
  });

  it("a file at the top whose name starts with '-' is refused the same way: the run step would refuse the plan", async () => {
    writeFileSync(join(repo.dir, '-x.py'), 'def test_x(): pass\n');
    await expect(discover({ tests: '*.py', cwd: repo.dir })).rejects.toThrow(
      new UserError(
        "Input 'tests': the file -x.py starts with '-' and would be read as an option, and shardproof passes " +
          "no such name to a test command. Rename it, or leave it out with 'exclude'.",
      ),
    );
  });

  it('the CLI bundle says so on the terminal with no escape character in anything it prints', () => {
    const cli = resolve('dist/cli/index.js');
    const child = spawnSync(
      process.execPath,
      [cli, 'plan', '--framework', 'pytest', '--tests', 'tests/*.py'],
      {
        cwd: repo.dir,
        env: { PATH: process.env.PATH, SHARDPROOF_STATE_DIR: join(repo.dir, '.state') },
        encoding: 'utf8',
      },
    );
    expect(child.status).toBe(1);
    const printed = child.stdout + child.stderr;
    for (const raw of ['\x1b', '\x07', '\x9b']) expect(printed).not.toContain(raw);
    expect(child.stderr).toContain(`error: Input 'tests': the file "tests/test_\\u001b]0;owned\\u0007.py"`);
  });
});
