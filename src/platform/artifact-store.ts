import type { ArtifactClient } from '@actions/artifact';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ArtifactConflictError, ArtifactDigestError } from './artifact-errors.js';
import type { ArtifactStore, StoredArtifact, UploadOptions, UploadResult } from './types.js';

/**
 * Artifacts on GitHub through @actions/artifact (loaded on first use, so a bundle starts without it). Needs
 * ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which the runner gives JavaScript actions only; the client
 * reads them from process.env. The client retries each service call itself (5 attempts on 5xx); a whole upload
 * that still fails (e.g. in the blob transfer) is the caller's to retry, unless uploadCannotSucceed(error).
 */
export class GitHubArtifactStore implements ArtifactStore {
  private client?: Promise<ArtifactClient>;

  constructor(private readonly env: NodeJS.ProcessEnv = process.env) {}

  async upload(name: string, dir: string, options: UploadOptions = {}): Promise<UploadResult> {
    const client = await this.loadClient();
    const files = listFiles(dir);
    let result;
    try {
      result = await client.uploadArtifact(name, files, dir, { retentionDays: options.retentionDays });
    } catch (error) {
      // The client reports GitHub's 409 only in its message: "… (409) Conflict: …".
      if (error instanceof Error && /\(409\)/.test(error.message)) throw new ArtifactConflictError(name);
      throw error;
    }
    return { id: result.id, url: this.artifactUrl(result.id), location: `artifact ${name}` };
  }

  /** Every artifact of this workflow run, earlier attempts included (the service answers in one listing). */
  async list(): Promise<StoredArtifact[]> {
    const { artifacts } = await (await this.loadClient()).listArtifacts();
    return artifacts.map((a) => ({
      name: a.name,
      id: a.id,
      sizeBytes: a.size,
      createdAt: a.createdAt?.toISOString(),
    }));
  }

  /** The newest artifact of that name, by its id; its bytes are checked against the digest taken at upload. */
  async download(name: string, dir: string): Promise<boolean> {
    const client = await this.loadClient();
    let artifact;
    try {
      ({ artifact } = await client.getArtifact(name));
    } catch (error) {
      if (error instanceof Error && error.name === 'ArtifactNotFoundError') return false;
      throw error;
    }
    mkdirSync(dir, { recursive: true });
    const { digestMismatch } = await client.downloadArtifact(artifact.id, {
      path: dir,
      expectedHash: artifact.digest,
    });
    if (digestMismatch) throw new ArtifactDigestError(name);
    return true;
  }

  private loadClient(): Promise<ArtifactClient> {
    this.client ??= import('@actions/artifact').then((m) => new m.DefaultArtifactClient());
    return this.client;
  }

  /** Where a person downloads it: the run page's artifact link. */
  private artifactUrl(id: number | undefined): string | undefined {
    const { GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_RUN_ID } = this.env;
    if (id === undefined || !GITHUB_REPOSITORY || !GITHUB_RUN_ID) return undefined;
    const server = (GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, '');
    return `${server}/${GITHUB_REPOSITORY}/actions/runs/${GITHUB_RUN_ID}/artifacts/${id}`;
  }
}

/** Artifacts off GitHub: a folder per name under `<root>/artifacts/`. There is no workflow run here to make
 * names unique in, so a later upload of a name replaces the earlier one (a plan re-made by the CLI, say). */
export class LocalArtifactStore implements ArtifactStore {
  constructor(private readonly root: string) {}

  async upload(name: string, dir: string): Promise<UploadResult> {
    const target = join(this.root, 'artifacts', name);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    cpSync(dir, target, { recursive: true });
    return { location: target, url: target };
  }

  async list(): Promise<StoredArtifact[]> {
    const root = join(this.root, 'artifacts');
    if (!existsSync(root)) return [];
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => ({ name: entry.name }));
  }

  async download(name: string, dir: string): Promise<boolean> {
    const source = join(this.root, 'artifacts', name);
    if (!existsSync(source)) return false;
    rmSync(dir, { recursive: true, force: true });
    cpSync(source, dir, { recursive: true });
    return true;
  }
}

/**
 * Regular files only, walked by hand: a symbolic link in the folder, to a file or a folder, is never followed
 * into the upload (readdir's own `recursive` walks into linked folders).
 */
function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push(path);
    }
  };
  walk(dir);
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}
