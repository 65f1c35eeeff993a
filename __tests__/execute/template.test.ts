import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildInvocation, displayCommand } from '../../src/execute/template.js';
import { runOnce } from '../../src/execute/run-once.js';
import { UserError } from '../../src/inputs/user-error.js';

const printArgv = resolve('__tests__/fixtures/execute/print-argv.mjs');
const values = { files: ['a.py', 'b.py'], workers: 3, results: '/out/run-1.xml', run: 1 };

describe('buildInvocation: plain templates become argv without a shell', () => {
  it('expands {files} to one element per file and fills the scalar placeholders', () => {
    expect(buildInvocation('pytest -n {workers} --junitxml={results} {files}', values)).toEqual({
      argv: ['pytest', '-n', '3', '--junitxml=/out/run-1.xml', 'a.py', 'b.py'],
      mode: 'argv',
      usesFiles: true,
    });
  });

  it('honours single quotes, double quotes and backslashes like a POSIX shell', () => {
    const { argv, mode } = buildInvocation(`run 'a b' "c \\"d\\" \\$e" f\\ g '' "{run}x"`, values);
    expect(mode).toBe('argv');
    expect(argv).toEqual(['run', 'a b', 'c "d" $e', 'f g', '', '1x']);
  });

  it('puts filter arguments right before the files', () => {
    const { argv } = buildInvocation('jest --ci {files} --verbose', { ...values, filterArgs: ['-t', '^x$'] });
    expect(argv).toEqual(['jest', '--ci', '-t', '^x$', 'a.py', 'b.py', '--verbose']);
  });

  it('reports a template without {files}', () => {
    expect(buildInvocation('make test', values)).toEqual({
      argv: ['make', 'test'],
      mode: 'argv',
      usesFiles: false,
    });
  });

  it.each([
    ['&&', 'pytest {files} && echo ok', "'&'"],
    ['cd', 'cd app', "'cd' is a shell command"],
    ['a pipe', 'pytest {files} | tee out.txt', "'|'"],
    ['a variable', 'pytest $PYTEST_ARGS {files}', "'$'"],
    ['a variable in double quotes', 'pytest "$ARGS" {files}', "'$' inside double quotes"],
    ['a redirect', 'go test {files} > out.json', "'>'"],
    ['a glob', 'pytest tests/*.py', "the glob character '*'"],
    ['an assignment', 'FOO=1 pytest {files}', 'a variable assignment'],
    ['a subshell', '(pytest {files})', "'('"],
    ['a redirect glued to {files}', 'pytest {files}>out.txt', "'>'"],
    ['several lines', 'pytest {files}\necho done', 'a multi-line command'],
  ])('runs through bash when the template uses %s', (_what, template, reason) => {
    const invocation = buildInvocation(template, values);
    expect(invocation.mode).toBe('bash');
    expect(invocation.shellReason).toBe(reason);
    expect(invocation.argv.slice(0, 6)).toEqual(['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c']);
    expect(invocation.argv.slice(7)).toEqual(['shardproof', 'a.py', 'b.py']);
  });

  it('quotes each placeholder for the context it sits in within the bash script', () => {
    const hostile = { ...values, results: `/o/it's $(x) "q".xml` };
    const { argv } = buildInvocation(`cd . && t {results} '{results}' "{results}" {files}`, hostile);
    expect(argv[6]).toBe(
      `cd . && t '/o/it'\\''s $(x) "q".xml' '/o/it'\\''s $(x) "q".xml' "/o/it's \\$(x) \\"q\\".xml" "$@"`,
    );
  });

  it.each(['pytest --files={files}', "pytest '{files}'", 'cd x && pytest "{files}"'])(
    'rejects {files} that is not a word of its own: %s',
    (template) => {
      expect(() => buildInvocation(template, values)).toThrow(UserError);
      expect(() => buildInvocation(template, values)).toThrow(/Input 'command': \{files\} must be a word/);
    },
  );

  it('rejects an unclosed quote and an empty command, naming the input', () => {
    expect(() => buildInvocation(`pytest 'oops {files}`, values)).toThrow(
      `Input 'command': a single quote is never closed in "pytest 'oops {files}".`,
    );
    expect(() => buildInvocation('   ', values)).toThrow(/Input 'command': the command is empty/);
  });
});

describe('hostile file names reach the command intact and execute nothing', () => {
  const hostileFiles = [
    '$(touch pwned).py',
    'a b;rm -rf x.py',
    '`touch pwned2`.py',
    "'quote'.py",
    '"dq".py',
    'back\\slash.py',
    'new\nline.py',
    '*.py',
    '-n.py',
  ];
  // A leading dash would read as an option; the same file as ./-n.py does not.
  const expected = [...hostileFiles.slice(0, -1), './-n.py'];
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shardproof-hostile-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ['argv', `node ${printArgv} {files}`],
    ['bash', `cd . && node ${printArgv} {files} | cat`],
  ])('in %s mode', async (mode, template) => {
    const invocation = buildInvocation(template, { ...values, files: hostileFiles });
    expect(invocation.mode).toBe(mode);
    const lines: string[] = [];
    const outcome = await runOnce({
      argv: invocation.argv,
      cwd: dir,
      env: { PATH: process.env.PATH ?? '' },
      logPath: join(dir, 'run.log'),
      onLine: (stream, line) => stream === 'stdout' && lines.push(line),
    });
    expect(outcome.exitCode).toBe(0);
    expect(lines.map((l) => JSON.parse(l))).toEqual([expected]);
    expect((await readdir(dir)).sort()).toEqual(['run.log']);
  });
});

describe('displayCommand', () => {
  it('quotes only the words a shell would need quoted', () => {
    expect(
      displayCommand(['python3', '-m', 'pytest', '--junitxml=/tmp/r.xml', 'a b.py', "it's.py", '$(x).py']),
    ).toBe(`python3 -m pytest --junitxml=/tmp/r.xml 'a b.py' 'it'\\''s.py' '$(x).py'`);
  });
});
