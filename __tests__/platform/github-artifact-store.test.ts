import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  runBackendId,
  startActionsServices,
  type ActionsServices,
  type JobOptions,
} from '../harness/actions-services.js';
import {
  ArtifactConflictError,
  ArtifactDigestError,
  uploadCannotSucceed,
} from '../../src/platform/artifact-errors.js';
import { GitHubArtifactStore } from '../../src/platform/artifact-store.js';
import { uploadWithRetry } from '../../src/steps/upload-artifact.js';
import { becomeJob, scratch } from '../harness/job-env.js';

// The real @actions/artifact client against the results-service stand-in and Azurite: no mocks.
let services: ActionsServices;
const cleanups: Array<() => void> = [];
let nextRun = 100;

beforeAll(async () => {
  services = await startActionsServices();
}, 60_000);
afterAll(async () => {
  await services?.stop();
});
afterEach(() => {
  vi.unstubAllEnvs();
  for (const clean of cleanups.splice(0)) clean();
});

/** A fresh workflow run per test, so listings show only that test's artifacts. */
function job(options: JobOptions = {}): { store: GitHubArtifactStore; env: Record<string, string> } {
  const work = scratch('artifact-job');
  cleanups.push(work.remove);
  const env = becomeJob({
    ...services.envFor({ runId: nextRun, ...options }),
    GITHUB_WORKSPACE: work.dir,
    RUNNER_TEMP: work.dir,
  });
  return { store: new GitHubArtifactStore(env), env };
}

function folder(files: Record<string, string | Buffer>): string {
  const { dir, remove } = scratch('artifact-src');
  cleanups.push(remove);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

function readTree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true }))
    if (entry.isFile())
      out[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(
        join(entry.parentPath, entry.name),
      ).toString('base64');
  return out;
}

describe('GitHubArtifactStore with the real @actions/artifact client', { timeout: 120_000 }, () => {
  it('round-trips a folder with nested files byte for byte, and links to it on the run page', async () => {
    nextRun++;
    const { store, env } = job();
    const source = folder({
      'manifest.json': '{"proof":{"suite":"unit"}}\n',
      'records.jsonl': 'line 1\nline 2\n',
      'logs/run-1/output.log': 'ünïcödé ✓\r\nwindows line\n',
      'logs/run-1/binary.bin': randomBytes(300_000),
      'reports/deep/er/still/junit.xml': '<testsuite tests="1"/>',
      'empty.txt': '',
    });
    const uploaded = await store.upload('shardproof-proof-unit-1of3-a1', source, { retentionDays: 3 });
    expect(uploaded.id).toBeGreaterThan(0);
    expect(uploaded.url).toBe(
      `https://github.com/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}/artifacts/${uploaded.id}`,
    );
    const listed = await store.list();
    expect(listed.map((a) => [a.name, a.id])).toEqual([['shardproof-proof-unit-1of3-a1', uploaded.id]]);
    expect(listed[0].sizeBytes).toBeGreaterThan(0);

    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    expect(await store.download('shardproof-proof-unit-1of3-a1', target.dir)).toBe(true);
    expect(readTree(target.dir)).toEqual(readTree(source));
  });

  it('three shards uploading at once never collide', async () => {
    nextRun++;
    const { store } = job();
    const names = [1, 2, 3].map((shard) => `shardproof-proof-unit-${shard}of3-a1`);
    const results = await Promise.all(
      names.map((name, i) => store.upload(name, folder({ 'results.json': `{"shard":${i + 1}}` }))),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(3);
    expect((await store.list()).map((a) => a.name).sort()).toEqual(names);
    for (const [i, name] of names.entries()) {
      const target = scratch('artifact-dst');
      cleanups.push(target.remove);
      await store.download(name, target.dir);
      expect(readFileSync(join(target.dir, 'results.json'), 'utf8')).toBe(`{"shard":${i + 1}}`);
    }
  });

  it('a second artifact of one name in the workflow run is an ArtifactConflictError, and the first stays', async () => {
    nextRun++;
    const { store } = job();
    await store.upload('shardproof-report', folder({ 'a.txt': 'first' }));
    const second = store.upload('shardproof-report', folder({ 'a.txt': 'second' }));
    await expect(second).rejects.toBeInstanceOf(ArtifactConflictError);
    expect(uploadCannotSucceed(await second.catch((e: unknown) => e))).toBe(true);
    await expect(second).rejects.toThrow('shardproof-report already exists in this workflow run');
    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    await store.download('shardproof-report', target.dir);
    expect(readFileSync(join(target.dir, 'a.txt'), 'utf8')).toBe('first');
    // A conflict is not retried: one CreateArtifact call answered 409, no second try.
    expect(services.calls.filter((c) => c.status === 409)).toHaveLength(1);
  });

  it("a re-run attempt's own name keeps both attempts; reusing the first attempt's name conflicts", async () => {
    nextRun++;
    await job({ attempt: 1 }).store.upload('shardproof-proof-unit-2of3-a1', folder({ 'r.txt': 'attempt 1' }));
    const rerun = job({ attempt: 2 }).store;
    await rerun.upload('shardproof-proof-unit-2of3-a2', folder({ 'r.txt': 'attempt 2' }));
    expect((await rerun.list()).map((a) => a.name).sort()).toEqual([
      'shardproof-proof-unit-2of3-a1',
      'shardproof-proof-unit-2of3-a2',
    ]);
    await expect(
      rerun.upload('shardproof-proof-unit-2of3-a1', folder({ 'r.txt': 'x' })),
    ).rejects.toBeInstanceOf(ArtifactConflictError);
  });

  it('a service call answered 500 once is retried by the client, and the upload succeeds', async () => {
    nextRun++;
    const { store } = job();
    const before = services.calls.length;
    services.failNext('CreateArtifact', 1);
    const uploaded = await store.upload('retried', folder({ 'x.txt': 'x' }));
    expect(uploaded.id).toBeGreaterThan(0);
    expect(services.calls.slice(before).map((c) => `${c.method} ${c.status}`)).toEqual([
      'CreateArtifact 500',
      'CreateArtifact 200',
      'FinalizeArtifact 200',
    ]);
  });

  it('a failed blob transfer fails the upload with a retryable error, and the next attempt succeeds', async () => {
    nextRun++;
    const { store } = job();
    services.artifacts.spoilNextUploadUrls(1);
    const failed = await store
      .upload('transfer-retried', folder({ 'x.txt': 'payload' }))
      .catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(Error);
    expect((failed as Error).message).toContain('Server failed to authenticate the request');
    expect(uploadCannotSucceed(failed)).toBe(false);
    // Nothing half-uploaded is listed; the caller's next attempt (same job, same name) goes through.
    expect(await store.list()).toEqual([]);
    const uploaded = await store.upload('transfer-retried', folder({ 'x.txt': 'payload' }));
    expect(uploaded.id).toBeGreaterThan(0);
    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    await store.download('transfer-retried', target.dir);
    expect(readFileSync(join(target.dir, 'x.txt'), 'utf8')).toBe('payload');
  });

  it('refuses an artifact whose stored bytes are not the ones uploaded', async () => {
    nextRun++;
    const { store } = job();
    await store.upload('shardproof-proof-unit-1of2-a1', folder({ 'results.json': '{"passed":10}' }));
    await store.upload('shardproof-proof-unit-2of2-a1', folder({ 'results.json': '{"passed":0}' }));
    await services.artifacts.tamper(
      runBackendId(nextRun),
      'shardproof-proof-unit-1of2-a1',
      'shardproof-proof-unit-2of2-a1',
    );
    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    await expect(store.download('shardproof-proof-unit-1of2-a1', target.dir)).rejects.toBeInstanceOf(
      ArtifactDigestError,
    );
  });

  it('an empty folder is refused at once, as an error no retry can mend, without a service call', async () => {
    nextRun++;
    const { store } = job();
    const before = services.calls.length;
    const refused = await store.upload('nothing', folder({})).catch((e: unknown) => e);
    expect(refused).toMatchObject({ name: 'FilesNotFoundError' });
    expect(uploadCannotSucceed(refused)).toBe(true);
    expect(services.calls.length).toBe(before);
  });

  it('downloading a name nobody uploaded answers false', async () => {
    nextRun++;
    const { store } = job();
    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    expect(await store.download('never-uploaded', target.dir)).toBe(false);
  });

  it("another workflow run's artifacts are not listed", async () => {
    nextRun++;
    await job().store.upload('mine', folder({ 'x.txt': 'x' }));
    nextRun++;
    expect(await job().store.list()).toEqual([]);
  });

  it('never follows a symbolic link into the upload', async () => {
    nextRun++;
    const { store } = job();
    const secret = folder({ 'secret.txt': 'do not upload' });
    const source = folder({ 'kept.txt': 'kept' });
    symlinkSync(join(secret, 'secret.txt'), join(source, 'link.txt'));
    symlinkSync(secret, join(source, 'linked-dir'));
    await store.upload('no-links', source);
    const target = scratch('artifact-dst');
    cleanups.push(target.remove);
    await store.download('no-links', target.dir);
    expect(Object.keys(readTree(target.dir))).toEqual(['kept.txt']);
  });
});

describe("the run step's uploadWithRetry with the GitHub twin", { timeout: 120_000 }, () => {
  const io = () => {
    const log = { infos: [] as string[], warnings: [] as string[] };
    return {
      log,
      io: { info: (m: string) => log.infos.push(m), warning: (m: string) => log.warnings.push(m) },
    };
  };

  it('a failed blob transfer is retried and the proof arrives', async () => {
    nextRun++;
    const { store } = job();
    const { log, io: sink } = io();
    services.artifacts.spoilNextUploadUrls(1);
    const result = await uploadWithRetry(sink, store, {
      name: 'shardproof-proof-unit-1of2-a1',
      dir: folder({ 'results.json': '{}' }),
      retryDelaysMs: [10, 10],
      consequence: 'lost',
    });
    expect(result?.id).toBeGreaterThan(0);
    expect(log.infos[0]).toMatch(
      /^upload of artifact shardproof-proof-unit-1of2-a1 failed \(attempt 1 of 3: /,
    );
    expect(log.warnings).toEqual([]);
  });

  it('a taken name is not retried: one 409, one warning that says so', async () => {
    nextRun++;
    const { store } = job();
    await store.upload('shardproof-proof-unit-2of2-a1', folder({ 'a.txt': 'first' }));
    const { log, io: sink } = io();
    const before = services.calls.length;
    const result = await uploadWithRetry(sink, store, {
      name: 'shardproof-proof-unit-2of2-a1',
      dir: folder({ 'a.txt': 'second' }),
      retryDelaysMs: [10, 10],
      consequence: 'lost',
    });
    expect(result).toBeUndefined();
    expect(services.calls.slice(before).map((c) => `${c.method} ${c.status}`)).toEqual([
      'CreateArtifact 409',
    ]);
    expect(log.warnings).toHaveLength(1);
    expect(log.warnings[0]).toContain(
      'Artifact shardproof-proof-unit-2of2-a1 was not uploaded after 1 attempt (not retried: another would fail ' +
        'the same way) (an artifact named shardproof-proof-unit-2of2-a1 already exists in this workflow run',
    );
    expect(log.warnings[0]).toContain("Give each job that runs the step its own 'artifact-name'.");
  });
});
