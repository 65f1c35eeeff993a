import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { emptyHistory } from '../../src/plan/history.js';
import { parsePlan, serializePlan } from '../../src/plan/plan-file.js';
import { planHash } from '../../src/plan/plan-hash.js';
import { LocalIO } from '../../src/platform/local-io.js';
import { localServices } from '../../src/platform/services.js';
import { planStep } from '../../src/steps/plan-step.js';

const SECRET = 'SECRET-CONTENT-THAT-MUST-NOT-LEAK';
let repo: string;
let outside: string;
let lines: string[];
const startDir = process.cwd();

beforeEach(() => {
  repo = mkdtempSync(join(tmpdir(), 'shardproof-hostile-repo-'));
  outside = join(mkdtempSync(join(tmpdir(), 'shardproof-outside-')), 'shadow');
  writeFileSync(outside, `${SECRET}\n`);
  mkdirSync(join(repo, 'tests'));
  writeFileSync(join(repo, 'tests', 'test_a.py'), 'def test_a(): pass\n');
  writeFileSync(join(repo, 'tests', 'test_b.py'), 'def test_b(): pass\n');
  lines = [];
  process.chdir(repo);
});
afterEach(() => process.chdir(startDir));

async function plan(inputs: Record<string, string>): Promise<void> {
  const env = { SHARDPROOF_STATE_DIR: join(repo, '.state'), GITHUB_WORKSPACE: repo, PATH: process.env.PATH };
  const services = localServices({ framework: 'pytest', tests: 'tests/test_*.py', ...inputs }, env);
  services.io = new LocalIO({
    inputs: { framework: 'pytest', tests: 'tests/test_*.py', ...inputs },
    write: (l) => lines.push(l),
    stopCommands: false,
  });
  await planStep(services);
}

describe('the plan step never reads through a link out of the workspace', () => {
  it('a committed report linked to a file outside is skipped with a warning naming both paths', async () => {
    mkdirSync(join(repo, 'old'));
    symlinkSync(outside, join(repo, 'old', 'run-1.xml'));
    writeFileSync(
      join(repo, 'old', 'run-2.xml'),
      '<testsuite><testcase file="tests/test_a.py" name="test_a" classname="tests.test_a" time="3"/>' +
        '<testcase file="tests/test_b.py" name="test_b" classname="tests.test_b" time="1"/></testsuite>',
    );
    await plan({ 'timings-reports': 'old/*.xml', shards: '2' });
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([
      `warning: timings-reports: skipped ${join(repo, 'old', 'run-1.xml')} is a symbolic link to ${outside}, ` +
        `outside the workspace ${repo}; shardproof reads no file there`,
    ]);
    expect(lines).toContain('timings: 4 items from 1 reports');
    expect(lines.join('\n')).not.toContain(SECRET);
  });

  it('a report it cannot read is named as the user wrote its path', async () => {
    mkdirSync(join(repo, 'old'));
    writeFileSync(join(repo, 'old', 'bad.xml'), '<testsuite>\n<testcase name="a">\n</testsuite>\n');
    await plan({ 'timings-reports': 'old/*.xml' });
    expect(lines.filter((l) => l.startsWith('warning: timings-reports'))).toEqual([
      expect.stringMatching(/^warning: timings-reports: skipped old\/bad\.xml:3: /),
    ]);
  });

  it('a timings-file linked outside is refused before it is read', async () => {
    symlinkSync(outside, join(repo, 'timings.json'));
    await expect(plan({ 'timings-file': 'timings.json' })).rejects.toThrow(
      new UserError(
        `Input 'timings-file': ${join(repo, 'timings.json')} is a symbolic link to ${outside}, outside the ` +
          `workspace ${repo}; shardproof reads no file there.`,
      ),
    );
  });

  it('a timings-file that is not JSON is refused without quoting its content', async () => {
    writeFileSync(join(repo, 'timings.json'), `${SECRET}\n`);
    const refused = plan({ 'timings-file': 'timings.json' });
    await expect(refused).rejects.toThrow(
      `Timing history 'timings-file' ${JSON.stringify(join(repo, 'timings.json'))} is not valid JSON (SyntaxError).`,
    );
  });
});

/** A plan whose items were edited, with its hash recomputed: the hash proves integrity, not safety. */
function forged(files: string[], extra: { tests?: string[] } = {}): string {
  const plan = makePlan({
    suites: [{ name: 'default', files: ['tests/test_a.py'], shards: 1 }],
    history: emptyHistory(),
    settings: {},
  });
  plan.suites[0].shards[0].items = files.map((file) => ({ file, seconds: 1, ...extra }));
  plan.hash = planHash(plan);
  return serializePlan(plan);
}

describe('plan items outside the workspace never reach a command', () => {
  it.each([
    ['../../etc/passwd', '../../etc/passwd', 'leads outside the workspace'],
    ['tests/../../x.py', 'tests/../../x.py', 'leads outside the workspace'],
    ['/etc/passwd', '/etc/passwd', 'is an absolute path'],
    ['C:\\Windows\\x.py', '"C:\\\\Windows\\\\x.py"', 'is an absolute path'],
    ['--help', '--help', "starts with '-' and would be read as an option"],
    ['a\nb.py', '"a\\nb.py"', 'contains a control character'],
  ])('%j is refused: it shows as %s and %s', (file, shown, why) => {
    expect(() => parsePlan(forged([file]), '"plan.json"')).toThrow(
      new UserError(
        `Plan "plan.json": suite default, shard 1 has item ${shown}, which ${why}. ` +
          'A plan names test files inside the workspace by relative paths only; re-run the plan step instead of editing the plan.',
      ),
    );
  });

  it('a test selector that reads as an option is refused', () => {
    expect(() => parsePlan(forged(['tests/test_a.py'], { tests: ['-k'] }), '"plan.json"')).toThrow(
      `Plan "plan.json": suite default, shard 1, item tests/test_a.py has tests -k, which starts with '-' and would be read as an option; re-run the plan step.`,
    );
  });

  it('ordinary items pass: nested paths, ./-prefixed names, go packages', () => {
    const plan = parsePlan(
      forged(['tests/test_a.py', './-dash.py', './pkg/...', 'com.example.FooTest']),
      'p',
    );
    expect(plan.suites[0].shards[0].items.map((i) => i.file)).toEqual([
      'tests/test_a.py',
      './-dash.py',
      './pkg/...',
      'com.example.FooTest',
    ]);
  });
});
