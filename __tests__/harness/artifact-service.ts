import type { BlobSigner } from './blob-signer.js';
import type { RuntimeClaims } from './runtime-token.js';
import { TwirpError, type TwirpHandler } from './twirp-server.js';

export interface StoredArtifactRecord {
  id: number;
  runBackendId: string;
  jobBackendId: string;
  name: string;
  blob: string;
  size: number;
  createdAt: Date;
  finalized: boolean;
  digest?: string;
}

const SERVICE = 'github.actions.results.api.v1.ArtifactService';

/**
 * The artifact half of the results service, with GitHub's rules: an artifact's name is unique within its workflow
 * run (a second one is 409 already_exists, also from a re-run attempt, which shares the run); a job may create its
 * own unfinished artifact again (a retried upload); only finalized artifacts are listed or downloadable.
 */
export class ArtifactService {
  readonly artifacts: StoredArtifactRecord[] = [];
  private nextId = 1001;
  private spoiledUploads = 0;

  constructor(private readonly blobs: BlobSigner) {}

  handlers(): Record<string, TwirpHandler> {
    return {
      [`${SERVICE}/CreateArtifact`]: (body, claims) => this.create(body, claims),
      [`${SERVICE}/FinalizeArtifact`]: (body, claims) => this.finalize(body, claims),
      [`${SERVICE}/ListArtifacts`]: (body, claims) => this.list(body, claims),
      [`${SERVICE}/GetSignedArtifactURL`]: (body, claims) => this.signedUrl(body, claims),
      [`${SERVICE}/DeleteArtifact`]: (body, claims) => this.delete(body, claims),
    };
  }

  /** The next `count` CreateArtifact answers carry an upload URL whose signature Azurite refuses (403), so the
   * blob transfer fails after the service call succeeded. */
  spoilNextUploadUrls(count: number): void {
    this.spoiledUploads += count;
  }

  /** Replaces the stored bytes of artifact `target` with those of `source` (both of one run), keeping the digest
   * recorded at upload: a download must notice. */
  async tamper(runBackendId: string, target: string, source: string): Promise<void> {
    const find = (name: string) =>
      this.artifacts.find((a) => a.finalized && a.runBackendId === runBackendId && a.name === name);
    const [to, from] = [find(target), find(source)];
    if (!to || !from) throw new Error(`no artifacts ${target} and ${source} to tamper with`);
    await this.blobs.copy(from.blob, to.blob);
  }

  /** Removes an artifact of a workflow run as a person would in the UI (tests: "a shard's artifact went missing"). */
  async remove(runBackendId: string, name: string): Promise<boolean> {
    const index = this.artifacts.findIndex(
      (a) => a.runBackendId === runBackendId && a.name === name && a.finalized,
    );
    if (index < 0) return false;
    const [gone] = this.artifacts.splice(index, 1);
    await this.blobs.delete(gone.blob);
    return true;
  }

  private create(body: Record<string, unknown>, claims: RuntimeClaims) {
    const { run, job } = ownIds(body, claims);
    const name = requireString(body, 'name');
    if (Number(body.version) < 4)
      throw new TwirpError(400, 'invalid_argument', 'unsupported artifact version');
    const existing = this.artifacts.find((a) => a.runBackendId === run && a.name === name);
    if (existing && (existing.finalized || existing.jobBackendId !== job))
      throw new TwirpError(
        409,
        'already_exists',
        `an artifact with this name already exists on the workflow run`,
      );
    if (existing) this.artifacts.splice(this.artifacts.indexOf(existing), 1);
    const id = this.nextId++;
    const blob = `${run}/${id}.zip`;
    this.artifacts.push({
      id,
      runBackendId: run,
      jobBackendId: job,
      name,
      blob,
      size: 0,
      createdAt: new Date(),
      finalized: false,
    });
    let url = this.blobs.uploadUrl(blob);
    if (this.spoiledUploads > 0) {
      this.spoiledUploads--;
      url = url.replace(/([?&]sig=)[^&]+/, '$1c3BvaWxlZA%3D%3D');
    }
    return { ok: true, signed_upload_url: url };
  }

  private async finalize(body: Record<string, unknown>, claims: RuntimeClaims) {
    const { run, job } = ownIds(body, claims);
    const name = requireString(body, 'name');
    const artifact = this.artifacts.find(
      (a) => a.runBackendId === run && a.jobBackendId === job && a.name === name && !a.finalized,
    );
    if (!artifact) throw new TwirpError(404, 'not_found', `no artifact ${name} waiting to be finalized`);
    const uploaded = await this.blobs.size(artifact.blob);
    const claimed = Number(body.size ?? 0);
    if (uploaded === undefined) throw new TwirpError(412, 'failed_precondition', 'nothing was uploaded');
    if (uploaded !== claimed)
      throw new TwirpError(
        400,
        'invalid_argument',
        `size ${claimed} does not match the ${uploaded} bytes uploaded`,
      );
    artifact.finalized = true;
    artifact.size = uploaded;
    artifact.digest = typeof body.hash === 'string' ? body.hash : undefined;
    return { ok: true, artifact_id: String(artifact.id) };
  }

  private list(body: Record<string, unknown>, claims: RuntimeClaims) {
    const run = ownRun(body, claims);
    const nameFilter = typeof body.name_filter === 'string' ? body.name_filter : undefined;
    const idFilter = body.id_filter === undefined ? undefined : Number(body.id_filter);
    const artifacts = this.artifacts.filter(
      (a) =>
        a.finalized &&
        a.runBackendId === run &&
        (nameFilter === undefined || a.name === nameFilter) &&
        (idFilter === undefined || a.id === idFilter),
    );
    return {
      artifacts: artifacts.map((a) => ({
        workflow_run_backend_id: a.runBackendId,
        workflow_job_run_backend_id: a.jobBackendId,
        database_id: String(a.id),
        name: a.name,
        size: String(a.size),
        created_at: a.createdAt.toISOString(),
        ...(a.digest ? { digest: a.digest } : {}),
      })),
    };
  }

  private signedUrl(body: Record<string, unknown>, claims: RuntimeClaims) {
    const artifact = this.finalizedByName(body, claims);
    return { signed_url: this.blobs.downloadUrl(artifact.blob) };
  }

  private async delete(body: Record<string, unknown>, claims: RuntimeClaims) {
    const artifact = this.finalizedByName(body, claims);
    await this.remove(artifact.runBackendId, artifact.name);
    return { ok: true, artifact_id: String(artifact.id) };
  }

  private finalizedByName(body: Record<string, unknown>, claims: RuntimeClaims): StoredArtifactRecord {
    // The client names the uploading job here (from the listing), not its own: any job of the run may download.
    const run = ownRun(body, claims);
    const name = requireString(body, 'name');
    const artifact = this.artifacts.find((a) => a.finalized && a.runBackendId === run && a.name === name);
    if (!artifact) throw new TwirpError(404, 'not_found', `artifact ${name} not found`);
    return artifact;
  }
}

/** A job reaches only its own workflow run's artifacts. */
function ownRun(body: Record<string, unknown>, claims: RuntimeClaims): string {
  const run = requireString(body, 'workflow_run_backend_id');
  if (run !== claims.workflowRunBackendId)
    throw new TwirpError(403, 'permission_denied', 'the token does not grant access to that workflow run');
  return run;
}

/** A job creates and finalizes artifacts only as itself. */
function ownIds(body: Record<string, unknown>, claims: RuntimeClaims): { run: string; job: string } {
  const run = ownRun(body, claims);
  const job = requireString(body, 'workflow_job_run_backend_id');
  if (job !== claims.workflowJobRunBackendId)
    throw new TwirpError(403, 'permission_denied', 'the token belongs to another job');
  return { run, job };
}

export function requireString(body: Record<string, unknown>, field: string): string {
  const value = body[field];
  if (typeof value !== 'string' || value === '')
    throw new TwirpError(400, 'invalid_argument', `${field} is required`);
  return value;
}
