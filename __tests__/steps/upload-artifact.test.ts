import { describe, expect, it } from 'vitest';
import { ArtifactConflictError } from '../../src/platform/artifact-errors.js';
import type { ArtifactStore } from '../../src/platform/types.js';
import { uploadWithRetry } from '../../src/steps/upload-artifact.js';

/** An error as @actions/artifact names its own (UsageError: the storage quota is used up). */
function named(name: string, message: string): Error {
  const error = new Error(message);
  error.name = name;
  return error;
}

/** A store whose uploads fail with the given errors in turn, then succeed. */
function failing(...errors: (string | Error)[]): ArtifactStore & { calls: number } {
  const store = {
    calls: 0,
    upload: async (name: string) => {
      const error = errors[store.calls++];
      if (error !== undefined) throw typeof error === 'string' ? new Error(error) : error;
      return { location: `artifact ${name}`, id: 7 };
    },
    download: async () => false,
    list: async () => [],
  };
  return store;
}

function recorder() {
  const lines: string[] = [];
  return {
    lines,
    io: {
      info: (m: string) => lines.push(`info: ${m}`),
      warning: (m: string) => lines.push(`warning: ${m}`),
    },
  };
}

const options = {
  name: 'proof-a1',
  dir: '/tmp/proof',
  retryDelaysMs: [0, 0],
  consequence: 'Outcome unchanged.',
};

describe('uploadWithRetry', () => {
  it('retries a server error and returns the stored artifact', async () => {
    const { io, lines } = recorder();
    const store = failing(
      'Failed to make request after 5 attempts: Failed request: (503) Service Unavailable',
    );
    expect(await uploadWithRetry(io, store, options)).toEqual({ location: 'artifact proof-a1', id: 7 });
    expect(store.calls).toBe(2);
    expect(lines).toEqual([
      'info: upload of artifact proof-a1 failed (attempt 1 of 3: Failed to make request after 5 attempts: ' +
        'Failed request: (503) Service Unavailable); retrying in 0 s',
      'info: /tmp/proof stored as artifact proof-a1',
    ]);
  });

  it('does not retry a name taken in this workflow run, and says how to make names unique', async () => {
    const { io, lines } = recorder();
    const store = failing(new ArtifactConflictError('proof-a1'));
    expect(await uploadWithRetry(io, store, options)).toBeUndefined();
    expect(store.calls).toBe(1);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^warning: Artifact proof-a1 was not uploaded after 1 attempt \(not retried/);
    expect(lines[0]).toContain(
      "already exists in this workflow run (GitHub allows one per name)): folder /tmp/proof is not kept. Give each job that runs the step its own 'artifact-name'.",
    );
    expect(lines[0]).toContain('folder /tmp/proof is not kept');
    expect(lines[0]).toMatch(/Outcome unchanged\.$/);
  });

  it('stops at an error no retry mends found on a later attempt', async () => {
    const { io, lines } = recorder();
    const store = failing(
      'Failed request: (429) Too Many Requests',
      named('UsageError', 'Artifact storage quota has been hit'),
    );
    expect(await uploadWithRetry(io, store, options)).toBeUndefined();
    expect(store.calls).toBe(2);
    expect(lines.at(-1)).toMatch(
      /^warning: Artifact proof-a1 was not uploaded after 2 attempts \(Artifact storage quota/,
    );
  });

  it('gives up after the last retry with one warning carrying the last error', async () => {
    const { io, lines } = recorder();
    const store = failing('socket hang up', 'ECONNRESET', 'ETIMEDOUT\n    at stack line');
    expect(await uploadWithRetry(io, store, options)).toBeUndefined();
    expect(store.calls).toBe(3);
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([
      'warning: Artifact proof-a1 was not uploaded after 3 attempts (ETIMEDOUT): folder /tmp/proof is not kept. Outcome unchanged.',
    ]);
  });
});
