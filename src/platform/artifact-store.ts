import { DefaultArtifactClient } from '@actions/artifact';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArtifactStore, StoredArtifact, UploadOptions, UploadResult } from './types.js';

/** Artifacts on GitHub: needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which only JavaScript actions get. */
export class GitHubArtifactStore implements ArtifactStore {
  private readonly client = new DefaultArtifactClient();

  async upload(name: string, dir: string, options: UploadOptions = {}): Promise<UploadResult> {
    const files = listFiles(dir);
    const result = await this.client.uploadArtifact(name, files, dir, options);
    return { id: result.id, location: `artifact ${name}` };
  }

  async list(): Promise<StoredArtifact[]> {
    const { artifacts } = await this.client.listArtifacts();
    return artifacts.map((a) => ({
      name: a.name,
      id: a.id,
      sizeBytes: a.size,
      createdAt: a.createdAt?.toISOString(),
    }));
  }

  async download(name: string, dir: string): Promise<boolean> {
    let id: number;
    try {
      id = (await this.client.getArtifact(name)).artifact.id;
    } catch (error) {
      if (error instanceof Error && error.name === 'ArtifactNotFoundError') return false;
      throw error;
    }
    await this.client.downloadArtifact(id, { path: dir });
    return true;
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

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) out.push(join(entry.parentPath, entry.name));
  }
  return out.sort((a, b) => relative(dir, a).localeCompare(relative(dir, b)));
}
