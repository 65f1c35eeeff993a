import { describe, expect, it } from 'vitest';
import { GitHubArtifactStore, LocalArtifactStore } from '../../src/platform/artifact-store.js';
import { chooseArtifactStore, chooseTimingStore } from '../../src/platform/select.js';
import { CacheTimingStore, FileTimingStore, cacheAvailable } from '../../src/platform/timing-store.js';
import { RecordingLog } from '../harness/job-env.js';

const runner = { ACTIONS_RUNTIME_TOKEN: 'token', ACTIONS_RESULTS_URL: 'https://results.example/' };

describe('choosing a twin from the environment', () => {
  it("GitHub's artifact service only with the runtime token and results URL a JavaScript action gets", () => {
    expect(chooseArtifactStore(runner)).toBeInstanceOf(GitHubArtifactStore);
    expect(chooseArtifactStore({ ACTIONS_RESULTS_URL: runner.ACTIONS_RESULTS_URL })).toBeInstanceOf(
      LocalArtifactStore,
    );
    expect(chooseArtifactStore({})).toBeInstanceOf(LocalArtifactStore);
  });

  it('the cache as @actions/cache would find it: service v2 needs the results URL, v1 the cache URL', () => {
    expect(cacheAvailable({ ...runner, ACTIONS_CACHE_SERVICE_V2: 'true' })).toBe(true);
    expect(cacheAvailable({ ACTIONS_RUNTIME_TOKEN: 't', ACTIONS_CACHE_URL: 'https://c/' })).toBe(true);
    expect(cacheAvailable({ ...runner })).toBe(false); // v1 without ACTIONS_CACHE_URL
    // GitHub Enterprise Server has no cache service v2: it falls back to v1 and its ACTIONS_CACHE_URL.
    expect(
      cacheAvailable({ ...runner, ACTIONS_CACHE_SERVICE_V2: 'true', GITHUB_SERVER_URL: 'https://ghes.corp' }),
    ).toBe(false);
    expect(cacheAvailable({ ACTIONS_CACHE_SERVICE_V2: 'true', ACTIONS_RESULTS_URL: 'https://r/' })).toBe(
      false,
    );
    expect(
      chooseTimingStore('unit', new RecordingLog(), { ...runner, ACTIONS_CACHE_SERVICE_V2: 'true' }),
    ).toBeInstanceOf(CacheTimingStore);
    expect(chooseTimingStore('unit', new RecordingLog(), {})).toBeInstanceOf(FileTimingStore);
  });
});
