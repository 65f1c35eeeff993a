import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { startActionsServices, type ActionsServices, type JobOptions } from '../harness/actions-services.js';
import { CacheTimingStore } from '../../src/platform/timing-store.js';
import { chooseTimingStore } from '../../src/platform/select.js';
import { becomeJob, RecordingLog, scratch } from '../harness/job-env.js';

// The real @actions/cache client (cache service v2) against the results-service stand-in and Azurite.
let services: ActionsServices;
// One runner layout for every "workflow run", as on hosted runners: the cache version hashes the file's path.
let runner: ReturnType<typeof scratch>;
let nextScope = 0;

beforeAll(async () => {
  services = await startActionsServices();
  runner = scratch('cache-runner');
  mkdirSync(join(runner.dir, 'work/repo/repo'), { recursive: true });
  mkdirSync(join(runner.dir, 'work/_temp'), { recursive: true });
}, 60_000);
afterAll(async () => {
  await services?.stop();
  runner?.remove();
});
afterEach(() => {
  vi.unstubAllEnvs();
});

/** A job of a workflow run; its store reads and writes the suite's timing history. */
function job(scope: string, options: JobOptions = {}): { store: CacheTimingStore; log: RecordingLog } {
  const env = becomeJob({
    ...services.envFor({ job: 'report', ...options }),
    GITHUB_WORKSPACE: `${runner.dir}/work/repo/repo`,
    RUNNER_TEMP: `${runner.dir}/work/_temp`,
  });
  const log = new RecordingLog();
  const store = chooseTimingStore(scope, log, env);
  expect(store).toBeInstanceOf(CacheTimingStore);
  return { store: store as CacheTimingStore, log };
}

/** Workflow commands that reached stdout during `action` (the client's own ::warning:: lines must not). */
async function commandsPrinted(action: () => Promise<unknown>): Promise<string[]> {
  const lines: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]) {
    lines.push(
      ...String(chunk)
        .split('\n')
        .filter((line) => /^::(warning|error)/.test(line)),
    );
    return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
  } as typeof process.stdout.write;
  try {
    await action();
  } finally {
    process.stdout.write = write;
  }
  return lines;
}

describe('CacheTimingStore with the real @actions/cache client', { timeout: 120_000 }, () => {
  it('a history saved by one workflow run is restored by prefix in the next; the newest save wins', async () => {
    const scope = `suite-${nextScope++}`;
    const first = job(scope, { runId: 1 });
    expect(await first.store.load()).toBeUndefined();
    await first.store.save('{"version":1,"from":"run 1"}');
    expect(first.log.warnings).toEqual([]);
    expect(first.log.infos).toContain(
      `timing history saved to the cache as shardproof-timings-v1-${scope}-1-1-report`,
    );

    const second = job(scope, { runId: 2 });
    expect(await second.store.load()).toBe('{"version":1,"from":"run 1"}');
    await second.store.save('{"version":1,"from":"run 2"}');

    const third = job(scope, { runId: 3 });
    expect(await third.store.load()).toBe('{"version":1,"from":"run 2"}');
    expect(third.log.warnings).toEqual([]);
    // Another suite's prefix sees none of it.
    expect(await job(`other-${scope}`, { runId: 3 }).store.load()).toBeUndefined();
  });

  it('a key is immutable: saving it again is one warning and the first content stays', async () => {
    const scope = `suite-${nextScope++}`;
    const { store, log } = job(scope, { runId: 10 });
    await store.save('first');
    const printed = await commandsPrinted(() => store.save('second'));
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain(
      `timing history not saved to the cache as shardproof-timings-v1-${scope}-10-1-report`,
    );
    expect(printed).toEqual([]);
    expect(services.cache.entries.filter((e) => e.key.includes(scope)).map((e) => e.finalized)).toEqual([
      true,
    ]);
    expect(await job(scope, { runId: 11 }).store.load()).toBe('first');
  });

  it("a fork's read-only token: saving is one warning naming the refusal, loading still restores", async () => {
    const scope = `suite-${nextScope++}`;
    await job(scope, { runId: 20 }).store.save('from main');
    const fork = job(scope, { runId: 21, ref: 'refs/pull/9/merge', readOnlyCache: true });
    expect(await fork.store.load()).toBe('from main');
    const printed = await commandsPrinted(() => fork.store.save('from the fork'));
    expect(fork.log.warnings).toHaveLength(1);
    expect(fork.log.warnings[0]).toContain('cache write denied');
    expect(printed).toEqual([]);
    expect(await job(scope, { runId: 22 }).store.load()).toBe('from main');
  });

  it("the runner's cache-mode read: no save is attempted, one warning; load works", async () => {
    const scope = `suite-${nextScope++}`;
    await job(scope, { runId: 30 }).store.save('seeded');
    const readOnly = job(scope, { runId: 31, cacheMode: 'read' });
    const before = services.calls.length;
    await readOnly.store.save('not saved');
    expect(services.calls.slice(before)).toEqual([]);
    expect(readOnly.log.warnings).toEqual([
      "timing history not saved: the runner's cache-mode is 'read' (read-only for this run)",
    ]);
    expect(await readOnly.store.load()).toBe('seeded');
  });

  it('cache-mode none: neither load nor save reaches the service, and the load says so once', async () => {
    const scope = `suite-${nextScope++}`;
    const off = job(scope, { runId: 40, cacheMode: 'none' });
    const before = services.calls.length;
    expect(await off.store.load()).toBeUndefined();
    await off.store.save('x');
    expect(services.calls.slice(before)).toEqual([]);
    expect(off.log.infos).toEqual(["timing history not restored: the runner's cache-mode is 'none'"]);
    expect(off.log.warnings).toHaveLength(1);
  });

  it('pull-request caches are visible to that pull request only; a pull request reads its base branch', async () => {
    const scope = `suite-${nextScope++}`;
    await job(scope, { runId: 50 }).store.save('main history');
    const pr = { ref: 'refs/pull/7/merge', baseRef: 'refs/heads/main' };
    expect(await job(scope, { runId: 51, ...pr }).store.load()).toBe('main history');
    await job(scope, { runId: 51, ...pr }).store.save('pr 7 history');
    expect(await job(scope, { runId: 52, ...pr }).store.load()).toBe('pr 7 history');
    expect(await job(scope, { runId: 53 }).store.load()).toBe('main history');
    expect(await job(scope, { runId: 54, ref: 'refs/pull/8/merge' }).store.load()).toBe('main history');
  });

  it('a cache call answered 500 once is retried by the client and the save succeeds', async () => {
    const scope = `suite-${nextScope++}`;
    const { store, log } = job(scope, { runId: 60 });
    const before = services.calls.length;
    services.failNext('CreateCacheEntry', 1);
    await store.save('after a retry');
    expect(log.warnings).toEqual([]);
    expect(services.calls.slice(before).map((c) => `${c.method} ${c.status}`)).toEqual([
      'CreateCacheEntry 500',
      'CreateCacheEntry 200',
      'FinalizeCacheEntryUpload 200',
    ]);
    expect(await job(scope, { runId: 61 }).store.load()).toBe('after a retry');
  });

  it('the upload rate limit (429) is one warning, never an error', async () => {
    const scope = `suite-${nextScope++}`;
    const limit = services.cache.uploadsPerMinute;
    services.cache.uploadsPerMinute = 0;
    try {
      const { store, log } = job(scope, { runId: 70 });
      const printed = await commandsPrinted(() => store.save('limited'));
      expect(log.warnings).toHaveLength(1);
      expect(log.warnings[0]).toMatch(/rate limit/i);
      expect(printed).toEqual([]);
    } finally {
      services.cache.uploadsPerMinute = limit;
    }
  });

  it('a lookup the service refuses is one warning and no history, never a thrown error', async () => {
    const scope = `suite-${nextScope++}`;
    const { store, log } = job(scope, { runId: 80 });
    // A token the service did not sign: 401, which the client does not retry.
    vi.stubEnv('ACTIONS_RUNTIME_TOKEN', `${process.env.ACTIONS_RUNTIME_TOKEN}x`);
    const printed = await commandsPrinted(async () => expect(await store.load()).toBeUndefined());
    expect(printed).toEqual([]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toMatch(/^could not restore timing history from the cache: /);
  });
});
