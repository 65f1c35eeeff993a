import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { holdClientAnnotations } from './client-annotations.js';
import { readOwnFile, writeOwnFileAt } from './confined-path.js';
import type { TimingStore } from './types.js';

/** Where the twins say what they did: an ActionIO fits. */
export interface StoreLog {
  info(message: string): void;
  warning(message: string): void;
}

/**
 * Timing history in the Actions cache (@actions/cache, loaded only when a load or save happens).
 * Cache keys are immutable, so every save gets a key unique to the run, attempt and job, and a load restores the
 * newest entry of this scope by prefix. The cache version hashes the file's path, so the file lives at a fixed
 * place under RUNNER_TEMP (the same on every hosted runner of one OS).
 */
export class CacheTimingStore implements TimingStore {
  private readonly file: string;

  constructor(
    private readonly scope: string,
    runnerTemp: string,
    private readonly uniqueSuffix: string,
    private readonly log: StoreLog,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {
    this.file = join(runnerTemp, 'shardproof-cache', `timings-${safe(scope)}.json`);
  }

  private get prefix(): string {
    return `shardproof-timings-v1-${safe(this.scope)}-`;
  }

  async load(): Promise<string | undefined> {
    const mode = cacheMode(this.env);
    if (mode === 'none' || mode === 'write-only') {
      this.log.info(`timing history not restored: the runner's cache-mode is '${mode}'`);
      return undefined;
    }
    try {
      rmSync(this.file, { force: true });
      mkdirSync(dirname(this.file), { recursive: true });
      const cache = await import('@actions/cache');
      const { value: hit, messages } = await holdClientAnnotations(() =>
        cache.restoreCache([this.file], this.prefix + this.uniqueSuffix, [this.prefix]),
      );
      if (messages.length)
        this.log.warning(`could not restore timing history from the cache: ${reasons(messages)}`);
      if (!hit) return undefined;
      // The entry is a tar archive: it could hold a link at the file's name (or its folder's) instead of a file.
      const content = await readOwnFile(this.file);
      if (content !== undefined) this.log.info(`timing history restored from cache entry ${hit}`);
      return content;
    } catch (error) {
      this.log.warning(`could not restore timing history from the cache: ${describe(error)}`);
      return undefined;
    }
  }

  async save(content: string): Promise<void> {
    const key = this.prefix + this.uniqueSuffix;
    const mode = cacheMode(this.env);
    if (mode === 'none' || mode === 'read') {
      // Fork pull requests get a read-only cache; the default branch's runs keep the history up to date.
      this.log.warning(
        `timing history not saved: the runner's cache-mode is '${mode}' (read-only for this run)`,
      );
      return;
    }
    try {
      await writeOwnFileAt(this.file, content);
      const cache = await import('@actions/cache');
      const { value: id, messages } = await holdClientAnnotations(() => cache.saveCache([this.file], key));
      if (id === -1) {
        // Best-effort: a lost timing update makes the next plan slightly worse, never a red build.
        const why = reasons(messages) || 'the cache service refused the key (saved already, or being saved)';
        this.log.warning(`timing history not saved to the cache as ${key}: ${why}`);
        return;
      }
      this.log.info(`timing history saved to the cache as ${key}`);
    } catch (error) {
      this.log.warning(`timing history not saved to the cache as ${key}: ${describe(error)}`);
    }
  }
}

/** Timing history in a plain file: the CLI's store, and the `timings-file` input's. */
export class FileTimingStore implements TimingStore {
  constructor(private readonly path: string) {}

  /** A link at the file's name or its folder's (a committed `.shardproof -> elsewhere`) is a UserError. */
  async load(): Promise<string | undefined> {
    return readOwnFile(this.path);
  }

  async save(content: string): Promise<void> {
    await writeOwnFileAt(this.path, content);
  }
}

/**
 * Whether the runner offers the Actions cache: the check @actions/cache's isFeatureAvailable makes, done on
 * the environment so that choosing a store does not load the client.
 */
export function cacheAvailable(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!env.ACTIONS_RUNTIME_TOKEN) return false;
  const v2 = Boolean(env.ACTIONS_CACHE_SERVICE_V2) && !isGhes(env);
  return Boolean(v2 ? env.ACTIONS_RESULTS_URL : env.ACTIONS_CACHE_URL);
}

/** The runner's ACTIONS_CACHE_MODE (none, read, write, write-only); '' when unset or unknown (read and write). */
export function cacheMode(env: NodeJS.ProcessEnv): 'none' | 'read' | 'write' | 'write-only' | '' {
  const mode = (env.ACTIONS_CACHE_MODE ?? '').trim().toLowerCase();
  return mode === 'none' || mode === 'read' || mode === 'write' || mode === 'write-only' ? mode : '';
}

/** Cache service v2 is github.com's (and GHE.com's); GitHub Enterprise Server still has v1. */
function isGhes(env: NodeJS.ProcessEnv): boolean {
  const host = new URL(env.GITHUB_SERVER_URL || 'https://github.com').hostname.toUpperCase();
  return host !== 'GITHUB.COM' && !host.endsWith('.GHE.COM') && !host.endsWith('.LOCALHOST');
}

function safe(scope: string): string {
  return scope.replace(/[^A-Za-z0-9._-]/g, '_').slice(0, 80) || 'default';
}

/** The client's messages for one warning; a signed blob URL's query (its token) is cut. */
function reasons(messages: string[]): string {
  return messages.map((m) => m.replace(/(https?:\/\/[^\s?#]+)[?#]\S*/g, '$1?…')).join('; ');
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
