import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a bundle evaluates before its first line decides its start-up time (bench/cold-start.ts measures it).
// The heavy clients must sit in chunk files that load only when an upload, download or cache call happens.
const HEAVY = {
  '@actions/artifact': 'ArtifactServiceClientJSON',
  '@actions/cache': 'CacheServiceClientJSON',
  "@actions/github's octokit": 'class Octokit',
  'the Azure blob SDK': 'class BlobClient',
  '@actions/core (OIDC client)': 'OidcClient',
  undici: 'UND_ERR',
};

describe.each(['run', 'plan', 'report', 'cli'])('dist/%s', (entry) => {
  const dir = join('dist', entry);
  const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));
  const main = readFileSync(join(dir, 'index.js'), 'utf8');
  const lazy = chunks.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n');

  it.each(Object.entries(HEAVY))(
    'loads %s only when used: it is in a chunk, not in index.js',
    (_, marker) => {
      expect(main).not.toContain(marker);
      expect(lazy).toContain(marker);
    },
  );
});
