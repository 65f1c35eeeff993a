import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { discover } from '../../src/plan/discover.js';
import { readPlan } from '../../src/plan/plan-file.js';
import { LocalIO } from '../../src/platform/local-io.js';
import { localServices } from '../../src/platform/services.js';
import { readRunSettings } from '../../src/inputs/run-settings.js';
import { LocalArtifactStore } from '../../src/platform/artifact-store.js';
import { planStep } from '../../src/steps/plan-step.js';
import { selectTests } from '../../src/steps/select-tests.js';

// A pull request commits links in the test folder: walking them would list files outside the checkout as plan
// items (and the run step would hand them to the test command).
let repo: string;
let outside: string;
const startDir = process.cwd();

beforeEach(() => {
  // Real paths: the refusal names the link's target as the kernel resolves it (/tmp may itself be a link).
  repo = realpathSync(mkdtempSync(join(tmpdir(), 'shardproof-linked-repo-')));
  outside = realpathSync(mkdtempSync(join(tmpdir(), 'shardproof-linked-outside-')));
  writeFileSync(join(outside, 'test_secret.py'), 'def test_secret(): pass\n');
  mkdirSync(join(repo, 'tests'));
  writeFileSync(join(repo, 'tests', 'test_a.py'), 'def test_a(): pass\n');
  mkdirSync(join(repo, 'shared'));
  writeFileSync(join(repo, 'shared', 'test_shared.py'), 'def test_shared(): pass\n');
});
afterEach(() => {
  process.chdir(startDir);
  rmSync(repo, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const refusal = (link: string, target: string) =>
  `${join(repo, link)} is a symbolic link to ${target}, outside the workspace ${repo}; shardproof reads no file there`;

describe('discovering tests globs never walks a link out of the workspace', () => {
  it('a folder linked to a folder outside is not walked, and the warning names the link and its target', async () => {
    symlinkSync(outside, join(repo, 'tests', 'evil'));
    const warnings: string[] = [];
    const files = await discover({
      tests: 'tests/**/test_*.py',
      cwd: repo,
      workspace: repo,
      warn: (m) => warnings.push(m),
    });
    expect(files).toEqual(['tests/test_a.py']);
    expect(warnings).toEqual([`tests: ${refusal('tests/evil', outside)}`]);
  });

  it('a relative link up and out of the checkout (tests/up -> ../..) is refused the same way', async () => {
    symlinkSync(join('..', '..'), join(repo, 'tests', 'up'));
    const warnings: string[] = [];
    const files = await discover({
      tests: 'tests/**/*.py',
      cwd: repo,
      workspace: repo,
      warn: (m) => warnings.push(m),
    });
    expect(files).toEqual(['tests/test_a.py']);
    expect(warnings).toEqual([`tests: ${refusal('tests/up', realpathSync(join(repo, '..')))}`]);
  });

  it('a test file linked to a file outside does not become a test file', async () => {
    symlinkSync(join(outside, 'test_secret.py'), join(repo, 'tests', 'test_leak.py'));
    const warnings: string[] = [];
    const files = await discover({ tests: 'tests/*.py', cwd: repo, warn: (m) => warnings.push(m) });
    expect(files).toEqual(['tests/test_a.py']);
    expect(warnings).toEqual([`tests: ${refusal('tests/test_leak.py', join(outside, 'test_secret.py'))}`]);
  });

  it('without a place for warnings (the run step’s own globs) the link is a UserError that says what to do', async () => {
    symlinkSync(outside, join(repo, 'tests', 'evil'));
    await expect(discover({ tests: 'tests/**/*.py', cwd: repo })).rejects.toThrow(
      new UserError(
        `Input 'tests': ${refusal('tests/evil', outside)}. shardproof follows no link out of the workspace; ` +
          `remove the link or leave it out with 'exclude'.`,
      ),
    );
  });

  it('a link that exclude leaves out is neither walked nor reported', async () => {
    symlinkSync(outside, join(repo, 'tests', 'evil'));
    const files = await discover({ tests: 'tests/**/*.py', exclude: 'tests/evil/**', cwd: repo });
    expect(files).toEqual(['tests/test_a.py']);
  });

  it('links that stay inside the workspace are still followed', async () => {
    symlinkSync(join('..', 'shared'), join(repo, 'tests', 'shared'));
    const files = await discover({ tests: 'tests/**/*.py', cwd: repo, workspace: repo });
    expect(files).toEqual(['tests/shared/test_shared.py', 'tests/test_a.py']);
  });

  it('a link that loops back inside (tests/loop -> ..) lists each file once, by its name without the link', async () => {
    symlinkSync('..', join(repo, 'tests', 'loop'));
    const files = await discover({ tests: 'tests/**/*.py', cwd: repo, workspace: repo });
    // Not tests/loop/tests/test_a.py as well; shared/ is reached only through the link, so it keeps that name.
    expect(files).toEqual(['tests/loop/shared/test_shared.py', 'tests/test_a.py']);
  });

  it('a working directory that is a link leading out is refused before anything is walked', async () => {
    symlinkSync(outside, join(repo, 'suite'));
    await expect(discover({ tests: '*.py', cwd: join(repo, 'suite'), workspace: repo })).rejects.toThrow(
      new UserError(`Input 'working-directory': ${refusal('suite', outside)}.`),
    );
  });
});

describe('the plan step with a committed tests/evil link', () => {
  it('plans only the files inside, with one warning naming the refused path', async () => {
    symlinkSync(outside, join(repo, 'tests', 'evil'));
    process.chdir(repo);
    const lines: string[] = [];
    const inputs = { framework: 'pytest', tests: 'tests/**/test_*.py', shards: '1' };
    const env = {
      SHARDPROOF_STATE_DIR: join(repo, '.state'),
      GITHUB_WORKSPACE: repo,
      PATH: process.env.PATH,
    };
    const services = localServices(inputs, env);
    services.io = new LocalIO({ inputs, write: (l) => lines.push(l), stopCommands: false });
    await planStep(services);
    expect(lines.filter((l) => l.startsWith('warning: tests'))).toEqual([
      `warning: tests: ${refusal('tests/evil', outside)}`,
    ]);
    const plan = await readPlan(join(repo, '.state', 'plan.json'));
    expect(plan.suites[0].shards.flatMap((s) => s.items.map((i) => i.file))).toEqual(['tests/test_a.py']);
  });
});

describe("the run step's own tests globs with a committed tests/evil link", () => {
  it('run only the files inside, with one warning naming the refused path', async () => {
    symlinkSync(outside, join(repo, 'tests', 'evil'));
    const settings = readRunSettings({ getInput: (name) => ({ tests: 'tests/**/*.py' })[name] ?? '' }, repo);
    const warnings: string[] = [];
    const selection = await selectTests(settings, new LocalArtifactStore(join(repo, '.state')), 1, (m) =>
      warnings.push(m),
    );
    expect(selection.files).toEqual(['tests/test_a.py']);
    expect(warnings).toEqual([`tests: ${refusal('tests/evil', outside)}`]);
  });
});
