import { DefaultArtifactClient } from '@actions/artifact';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ArtifactStore } from './types.js';

/** Artifacts on GitHub: needs ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL, which only JavaScript actions get. */
export class GitHubArtifactStore implements ArtifactStore {
  private readonly client = new DefaultArtifactClient();

  async upload(name: string, dir: string): Promise<{ id?: number; location: string }> {
    const files = listFiles(dir);
    const result = await this.client.uploadArtifact(name, files, dir);
    return { id: result.id, location: `artifact ${name}` };
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

  async upload(name: string, dir: string): Promise<{ location: string }> {
    const target = join(this.root, 'artifacts', name);
    rmSync(target, { recursive: true, force: true });
    mkdirSync(target, { recursive: true });
    cpSync(dir, target, { recursive: true });
    return { location: target };
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
