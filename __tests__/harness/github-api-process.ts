import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { GitHubApiServer, type GitHubApiServerOptions, type RecordedRequest } from './github-api-server.js';
import type {
  StoredArtifactRecord,
  StoredCheckRun,
  StoredComment,
  StoredPullRequest,
} from './github-api-state.js';

/** What the stand-in starts with. */
export interface GitHubApiSeed {
  options: GitHubApiServerOptions;
  artifacts?: StoredArtifactRecord[];
  pulls?: StoredPullRequest[];
  comments?: { issue: number; body: string; user: StoredComment['user'] }[];
}

/** The stand-in's state as a test in another process sees it. */
export interface GitHubApiSnapshot {
  checkRuns: StoredCheckRun[];
  comments: Record<string, StoredComment[]>;
}

export interface GitHubApiProcess {
  url: string;
  /** Every request the stand-in saw so far. */
  requests(): Promise<RecordedRequest[]>;
  /** The check runs and comments it holds now. */
  snapshot(): Promise<GitHubApiSnapshot>;
  stop(): void;
}

/**
 * The GitHub REST stand-in in a child process, for end-to-end tests that start a bundle with spawnSync (which
 * blocks the test process, so a stand-in inside it could not answer).
 */
export async function startGitHubApiProcess(seed: GitHubApiSeed): Promise<GitHubApiProcess> {
  const seedFile = join(mkdtempSync(join(tmpdir(), 'shardproof-github-api-')), 'seed.json');
  writeFileSync(seedFile, JSON.stringify(seed));
  const child = spawn(
    resolve('node_modules/.bin/tsx'),
    [resolve('__tests__/harness/github-api-process.ts'), seedFile],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolveUrl, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const line = /^listening (\S+)$/m.exec(out);
      if (line) resolveUrl(line[1]);
    });
    child.on('exit', (code) => reject(new Error(`the GitHub API stand-in exited with ${code}`)));
  });
  return {
    url,
    requests: async () => (await (await fetch(`${url}/_harness/requests`)).json()) as RecordedRequest[],
    snapshot: async () => (await (await fetch(`${url}/_harness/state`)).json()) as GitHubApiSnapshot,
    stop: () => void child.kill(),
  };
}

async function main(seedFile: string): Promise<void> {
  const seed = JSON.parse(readFileSync(seedFile, 'utf8')) as GitHubApiSeed;
  const api = await GitHubApiServer.start(seed.options);
  for (const artifact of seed.artifacts ?? []) api.state.addArtifact(artifact);
  api.state.pulls.push(...(seed.pulls ?? []));
  for (const c of seed.comments ?? []) api.state.seedComment(c.issue, c.body, c.user);
  process.stdout.write(`listening ${api.url}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href)
  void main(process.argv[2]);
