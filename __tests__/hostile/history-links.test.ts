import { lstatSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../src/errors/user-error.js';
import { chooseTimingStore } from '../../src/platform/select.js';
import { FileTimingStore } from '../../src/platform/timing-store.js';
import { startActionsServices, type ActionsServices } from '../harness/actions-services.js';
import { becomeJob, RecordingLog, scratch } from '../harness/job-env.js';

// The timing history shardproof keeps for itself is restored from a tar archive (the Actions cache) or read
// from the CLI's state folder, which a repository can commit (`.shardproof/timings-default.json -> ~/.ssh/id_rsa`).
// Either way a link at its name, or at its folder's, must never be read, quoted or written through.
const SECRET = 'SECRET-CONTENT-THAT-MUST-NOT-LEAK';
let work: ReturnType<typeof scratch>;
let secret: string;

beforeEach(() => {
  work = scratch('history-links');
  mkdirSync(join(work.dir, 'outside'));
  secret = join(work.dir, 'outside', 'secret.json');
  writeFileSync(secret, `${SECRET}\n`);
});
afterEach(() => work.remove());

describe("the CLI's local timing history", () => {
  it('a history file that is a link is refused unread, naming the link and its target', async () => {
    mkdirSync(join(work.dir, '.shardproof'));
    const file = join(work.dir, '.shardproof', 'timings-default.json');
    symlinkSync(secret, file);
    const store = new FileTimingStore(file);
    await expect(store.load()).rejects.toThrow(
      new UserError(
        `${file} is a symbolic link to ${secret}; shardproof reads and writes its own files only where it made ` +
          'them (remove the link)',
      ),
    );
  });

  it('saving over a link replaces the link with a file of its own: the target is untouched', async () => {
    mkdirSync(join(work.dir, '.shardproof'));
    const file = join(work.dir, '.shardproof', 'timings-default.json');
    symlinkSync(secret, file);
    await new FileTimingStore(file).save('{"version":1}');
    expect(readFileSync(secret, 'utf8')).toBe(`${SECRET}\n`);
    expect(lstatSync(file).isFile()).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1}');
  });

  it('a state folder that is a link is refused for reading and for writing', async () => {
    symlinkSync(join(work.dir, 'outside'), join(work.dir, '.shardproof'));
    writeFileSync(join(work.dir, 'outside', 'timings-default.json'), SECRET);
    const store = new FileTimingStore(join(work.dir, '.shardproof', 'timings-default.json'));
    const problem =
      `${join(work.dir, '.shardproof')} is a symbolic link to ${join(work.dir, 'outside')}; shardproof reads ` +
      'and writes its own files only where it made them (remove the link)';
    await expect(store.load()).rejects.toThrow(new UserError(problem));
    await expect(store.save('{"version":1}')).rejects.toThrow(new UserError(problem));
    expect(readFileSync(join(work.dir, 'outside', 'timings-default.json'), 'utf8')).toBe(SECRET);
  });

  it('a FIFO at the history name is refused without blocking', async () => {
    mkdirSync(join(work.dir, '.shardproof'));
    const file = join(work.dir, '.shardproof', 'timings-default.json');
    const made = (await import('node:child_process')).spawnSync('mkfifo', [file]);
    expect(made.status).toBe(0);
    await expect(new FileTimingStore(file).load()).rejects.toThrow(
      new UserError(`${file} is not a regular file; not read`),
    );
  });
});

describe('a cache entry that holds a link instead of the history', { timeout: 120_000 }, () => {
  let services: ActionsServices;
  let runner: ReturnType<typeof scratch>;
  beforeAll(async () => {
    services = await startActionsServices();
    runner = scratch('history-links-runner');
    mkdirSync(join(runner.dir, 'work/repo/repo'), { recursive: true });
    mkdirSync(join(runner.dir, 'work/_temp'), { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await services?.stop();
    runner?.remove();
  });
  afterEach(() => vi.unstubAllEnvs());

  const jobEnv = (runId: number) =>
    becomeJob({
      ...services.envFor({ job: 'report', runId }),
      GITHUB_WORKSPACE: `${runner.dir}/work/repo/repo`,
      RUNNER_TEMP: `${runner.dir}/work/_temp`,
    });

  it('is restored but not read: one warning names the link, and the next save does not write through it', async () => {
    // A job that could write to the cache stores a link at the history's path, under shardproof's own key prefix.
    const env = jobEnv(1);
    const file = join(env.RUNNER_TEMP, 'shardproof-cache', 'timings-unit.json');
    mkdirSync(join(env.RUNNER_TEMP, 'shardproof-cache'), { recursive: true });
    symlinkSync(secret, file);
    const cache = await import('@actions/cache');
    expect(await cache.saveCache([file], 'shardproof-timings-v1-unit-planted')).not.toBe(-1);

    const log = new RecordingLog();
    const store = chooseTimingStore('unit', log, jobEnv(2));
    expect(await store.load()).toBeUndefined();
    expect(lstatSync(file).isSymbolicLink()).toBe(true); // the archive did plant the link again
    expect(log.warnings).toEqual([
      `could not restore timing history from the cache: ${file} is a symbolic link to ${secret}; shardproof ` +
        'reads and writes its own files only where it made them (remove the link)',
    ]);
    await store.save('{"version":1}');
    expect(readFileSync(secret, 'utf8')).toBe(`${SECRET}\n`);
    expect(readFileSync(file, 'utf8')).toBe('{"version":1}');
  });
});
