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

/** A bundle's main file (evaluated at start) and its chunk files (loaded by dynamic imports), as text. */
function bundleParts(entry: string): { main: string; lazy: string } {
  const dir = join('dist', entry);
  const chunks = readdirSync(dir).filter((name) => /^\d+\.index\.js$/.test(name));
  return {
    main: readFileSync(join(dir, 'index.js'), 'utf8'),
    lazy: chunks.map((name) => readFileSync(join(dir, name), 'utf8')).join('\n'),
  };
}

describe.each(['run', 'plan', 'report', 'cli'])('dist/%s', (entry) => {
  const { main, lazy } = bundleParts(entry);

  it.each(Object.entries(HEAVY))(
    'loads %s only when used: it is in a chunk, not in index.js',
    (_, marker) => {
      expect(main).not.toContain(marker);
      expect(lazy).toContain(marker);
    },
  );
});

// Dependencies only some inputs need: the YAML parser (the `suites` input) and tinyglobby (globs on disk, which
// the run step first needs after its test runs). Markers are names from each library's own code.
const ON_DEMAND: Record<string, Record<string, string>> = {
  run: { tinyglobby: 'function globSync', picomatch: 'function picomatch' },
  plan: { yaml: 'YAMLParseError', tinyglobby: 'function globSync' },
  cli: { yaml: 'YAMLParseError', tinyglobby: 'function globSync', picomatch: 'function picomatch' },
};
// The CLI loads a command's step when that command runs: --help, --version and detect load none.
const CLI_STEPS = ['planStep', 'runStep', 'reportStep', 'calibrateStep', 'runDemo'];

describe.each(Object.entries(ON_DEMAND))('dist/%s before its first line', (entry, libraries) => {
  const { main, lazy } = bundleParts(entry);

  it.each(Object.entries(libraries))('leaves %s to a chunk', (_, marker) => {
    expect(main).not.toContain(marker);
    expect(lazy).toContain(marker);
  });
});

describe('dist/cli', () => {
  const { main, lazy } = bundleParts('cli');

  it.each(CLI_STEPS)('leaves %s to a chunk', (step) => {
    expect(main).not.toContain(`function ${step}(`);
    expect(lazy).toContain(`function ${step}(`);
  });
});
