import { requireString } from './artifact-service.js';
import type { BlobSigner } from './blob-signer.js';
import type { RuntimeClaims } from './runtime-token.js';
import { TwirpError, type TwirpHandler } from './twirp-server.js';

export interface CacheEntryRecord {
  id: number;
  /** The git ref the entry was saved under (the job's writable cache scope). */
  scope: string;
  key: string;
  /** The client's hash of the paths and compression: a restore matches only the same version. */
  version: string;
  blob: string;
  size: number;
  /** Creation order: "newest" means the highest. */
  created: number;
  finalized: boolean;
}

const SERVICE = 'github.actions.results.api.v1.CacheService';

/**
 * The cache half of the results service (cache service v2), with GitHub's rules:
 * - keys are immutable: a second entry with the same key and version in one scope is 409 already_exists;
 * - a job writes only into its token's writable scope (its own ref); a fork run's token has none, and the
 *   service answers `cache write denied:` (the prefix the client recognises);
 * - a restore searches the token's readable scopes in order (own ref, then base and default branch): in each,
 *   the key exactly, then as a prefix, then each restore key the same way; among prefix matches the newest wins;
 * - at most `uploadsPerMinute` entries created per minute (GitHub: 200 per repository), else 429.
 */
export class CacheService {
  readonly entries: CacheEntryRecord[] = [];
  private created = 0;
  private readonly recentCreates: number[] = [];

  constructor(
    private readonly blobs: BlobSigner,
    /** GitHub: 200 per repository; tests lower it to see the limit. */
    public uploadsPerMinute = 200,
  ) {}

  handlers(): Record<string, TwirpHandler> {
    return {
      [`${SERVICE}/CreateCacheEntry`]: (body, claims) => this.create(body, claims),
      [`${SERVICE}/FinalizeCacheEntryUpload`]: (body, claims) => this.finalize(body, claims),
      [`${SERVICE}/GetCacheEntryDownloadURL`]: (body, claims) => this.lookup(body, claims),
    };
  }

  private create(body: Record<string, unknown>, claims: RuntimeClaims) {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const scope = claims.cacheScopes.find((s) => s.write)?.scope;
    if (!scope)
      return { ok: false, message: 'cache write denied: the token of this run may only read the cache' };
    const now = Date.now();
    while (this.recentCreates.length && this.recentCreates[0] < now - 60_000) this.recentCreates.shift();
    if (this.recentCreates.length >= this.uploadsPerMinute)
      throw new TwirpError(429, 'resource_exhausted', 'cache upload rate limit exceeded', {
        'retry-after': '60',
      });
    if (this.entries.some((e) => e.scope === scope && e.key === key && e.version === version))
      throw new TwirpError(
        409,
        'already_exists',
        'cache entry with the same key, version, and scope already exists',
      );
    this.recentCreates.push(now);
    const id = ++this.created;
    const blob = `caches/${id}`;
    this.entries.push({ id, scope, key, version, blob, size: 0, created: id, finalized: false });
    return { ok: true, signed_upload_url: this.blobs.uploadUrl(blob) };
  }

  private async finalize(body: Record<string, unknown>, claims: RuntimeClaims) {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const scope = claims.cacheScopes.find((s) => s.write)?.scope;
    const entry = this.entries.find(
      (e) => e.scope === scope && e.key === key && e.version === version && !e.finalized,
    );
    if (!entry) throw new TwirpError(404, 'not_found', `no cache entry ${key} waiting to be finalized`);
    const uploaded = await this.blobs.size(entry.blob);
    if (uploaded === undefined || uploaded !== Number(body.size_bytes))
      throw new TwirpError(
        400,
        'invalid_argument',
        `size ${String(body.size_bytes)} does not match the upload`,
      );
    entry.finalized = true;
    entry.size = uploaded;
    return { ok: true, entry_id: String(entry.id) };
  }

  private lookup(body: Record<string, unknown>, claims: RuntimeClaims) {
    const key = requireString(body, 'key');
    const version = requireString(body, 'version');
    const restoreKeys = Array.isArray(body.restore_keys) ? body.restore_keys.map(String) : [];
    for (const { scope } of claims.cacheScopes.filter((s) => s.read)) {
      const candidates = this.entries.filter(
        (e) => e.finalized && e.scope === scope && e.version === version,
      );
      for (const wanted of [key, ...restoreKeys]) {
        const hit = bestMatch(candidates, wanted);
        if (hit)
          return { ok: true, signed_download_url: this.blobs.downloadUrl(hit.blob), matched_key: hit.key };
      }
    }
    return { ok: false };
  }
}

function bestMatch(entries: CacheEntryRecord[], wanted: string): CacheEntryRecord | undefined {
  const exact = entries.find((e) => e.key === wanted);
  if (exact) return exact;
  return entries.filter((e) => e.key.startsWith(wanted)).sort((a, b) => b.created - a.created)[0];
}
