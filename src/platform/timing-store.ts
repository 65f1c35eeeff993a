import * as cache from '@actions/cache';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { TimingStore } from './types.js';

/** Timing history in the Actions cache. Cache keys are immutable, so every save gets a unique key and
 * loading restores the newest entry by prefix. */
export class CacheTimingStore implements TimingStore {
  private readonly file: string;

  constructor(
    private readonly scope: string,
    workDir: string,
    private readonly uniqueSuffix: string,
    private readonly warn: (message: string) => void,
  ) {
    this.file = join(workDir, `shardproof-timings-${safe(scope)}.json`);
  }

  private get prefix(): string {
    return `shardproof-timings-v1-${safe(this.scope)}-`;
  }

  async load(): Promise<string | undefined> {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      const hit = await cache.restoreCache([this.file], this.prefix + this.uniqueSuffix, [this.prefix]);
      if (!hit || !existsSync(this.file)) return undefined;
      return readFileSync(this.file, 'utf8');
    } catch (error) {
      this.warn(`could not restore timing history from the cache: ${describe(error)}`);
      return undefined;
    }
  }

  async save(content: string): Promise<void> {
    try {
      mkdirSync(dirname(this.file), { recursive: true });
      writeFileSync(this.file, content);
      await cache.saveCache([this.file], this.prefix + this.uniqueSuffix);
    } catch (error) {
      // Saving is best-effort: a lost timing update makes the next plan slightly worse, never a red build.
      this.warn(`could not save timing history to the cache: ${describe(error)}`);
    }
  }
}

/** Timing history in a plain file: the CLI's store, and the `timings-file` input's. */
export class FileTimingStore implements TimingStore {
  constructor(private readonly path: string) {}

  async load(): Promise<string | undefined> {
    return existsSync(this.path) ? readFileSync(this.path, 'utf8') : undefined;
  }

  async save(content: string): Promise<void> {
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, content);
  }
}

export function cacheAvailable(): boolean {
  return cache.isFeatureAvailable();
}

function safe(scope: string): string {
  return scope.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80) || 'default';
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
