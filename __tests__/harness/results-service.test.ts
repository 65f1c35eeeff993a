import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runBackendId,
  startActionsServices,
  type ActionsServices,
  type JobOptions,
} from './actions-services.js';

// The stand-in's own rules, spoken to directly (the real clients never send some of these requests).
let services: ActionsServices;
beforeAll(async () => {
  services = await startActionsServices();
}, 60_000);
afterAll(async () => {
  await services?.stop();
});

async function call(
  service: 'ArtifactService' | 'CacheService',
  method: string,
  body: object,
  job: JobOptions = {},
) {
  const env = services.envFor(job);
  const response = await fetch(
    `${env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.${service}/${method}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN}` },
      body: JSON.stringify(body),
    },
  );
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Record<string, unknown>,
  };
}

const ids = (runId: number, job = 'test') => ({
  workflow_run_backend_id: runBackendId(runId),
  workflow_job_run_backend_id: `${runBackendId(runId)}-attempt-1-${job}`,
});

async function putBlob(signedUrl: string, bytes: string): Promise<void> {
  const response = await fetch(signedUrl, {
    method: 'PUT',
    headers: { 'x-ms-blob-type': 'BlockBlob' },
    body: bytes,
  });
  expect(response.status).toBe(201);
}

describe('the results-service stand-in', { timeout: 60_000 }, () => {
  it('refuses a token it did not sign (401) and a request for another workflow run (403)', async () => {
    const env = services.envFor({});
    const forged = await fetch(
      `${env.ACTIONS_RESULTS_URL}twirp/github.actions.results.api.v1.ArtifactService/ListArtifacts`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${env.ACTIONS_RUNTIME_TOKEN.slice(0, -2)}xx` },
        body: JSON.stringify(ids(1)),
      },
    );
    expect(forged.status).toBe(401);
    const other = await call('ArtifactService', 'ListArtifacts', ids(2), { runId: 1 });
    expect(other).toMatchObject({ status: 403, body: { code: 'permission_denied' } });
  });

  it('finalizes an artifact only when the uploaded size matches, and lists only finalized ones', async () => {
    const job = { runId: 300 };
    const created = await call(
      'ArtifactService',
      'CreateArtifact',
      { ...ids(300), name: 'a', version: 7 },
      job,
    );
    expect(created.status).toBe(200);
    await putBlob(String(created.body.signed_upload_url), 'four');
    expect((await call('ArtifactService', 'ListArtifacts', ids(300), job)).body.artifacts).toEqual([]);
    const wrong = await call(
      'ArtifactService',
      'FinalizeArtifact',
      { ...ids(300), name: 'a', size: '5' },
      job,
    );
    expect(wrong).toMatchObject({ status: 400, body: { code: 'invalid_argument' } });
    const right = await call(
      'ArtifactService',
      'FinalizeArtifact',
      { ...ids(300), name: 'a', size: '4' },
      job,
    );
    expect(right.body).toMatchObject({ ok: true });
    const listed = await call('ArtifactService', 'ListArtifacts', ids(300), job);
    expect(listed.body.artifacts).toMatchObject([
      { name: 'a', size: '4', database_id: right.body.artifact_id },
    ]);
    // Another job of the same run cannot take the name, finalized or not.
    const again = await call(
      'ArtifactService',
      'CreateArtifact',
      { ...ids(300, 'other'), name: 'a', version: 7 },
      { ...job, job: 'other' },
    );
    expect(again).toMatchObject({ status: 409, body: { code: 'already_exists' } });
  });

  it('restores the exact key first, then the newest prefix match, only for the same version', async () => {
    const save = async (key: string, version = 'v1') => {
      const created = await call('CacheService', 'CreateCacheEntry', { key, version });
      expect(created.body).toMatchObject({ ok: true });
      await putBlob(String(created.body.signed_upload_url), key);
      const done = await call('CacheService', 'FinalizeCacheEntryUpload', {
        key,
        version,
        size_bytes: String(key.length),
      });
      expect(done.body).toMatchObject({ ok: true });
    };
    await save('hist-1');
    await save('hist-3');
    await save('hist-2');
    await save('hist-9', 'v2');
    const lookup = async (key: string, restore_keys: string[] = [], version = 'v1') =>
      (await call('CacheService', 'GetCacheEntryDownloadURL', { key, restore_keys, version })).body;
    expect(await lookup('hist-3', ['hist-'])).toMatchObject({ ok: true, matched_key: 'hist-3' });
    expect(await lookup('hist-7', ['hist-'])).toMatchObject({ ok: true, matched_key: 'hist-2' });
    expect(await lookup('hist-', [], 'v2')).toMatchObject({ ok: true, matched_key: 'hist-9' });
    expect(await lookup('other-', [], 'v1')).toEqual({ ok: false });
    const duplicate = await call('CacheService', 'CreateCacheEntry', { key: 'hist-1', version: 'v1' });
    expect(duplicate).toMatchObject({ status: 409, body: { code: 'already_exists' } });
  });

  it('answers 429 with retry-after past the cache upload rate, and 500 for injected faults', async () => {
    const limit = services.cache.uploadsPerMinute;
    services.cache.uploadsPerMinute = 0;
    try {
      const limited = await call('CacheService', 'CreateCacheEntry', { key: 'rate', version: 'v1' });
      expect(limited.status).toBe(429);
      expect(limited.headers.get('retry-after')).toBe('60');
    } finally {
      services.cache.uploadsPerMinute = limit;
    }
    services.failNext('ListArtifacts', 2);
    expect((await call('ArtifactService', 'ListArtifacts', ids(1))).status).toBe(500);
    expect((await call('ArtifactService', 'ListArtifacts', ids(1))).status).toBe(500);
    expect((await call('ArtifactService', 'ListArtifacts', ids(1))).status).toBe(200);
    expect(() => services.failNext('NoSuchMethod', 1)).toThrow('the stand-in has no method NoSuchMethod');
  });
});
