/**
 * GitHub refuses a second artifact of one name in a workflow run (409 Conflict), re-run attempts included.
 * Callers catch this to say "name already used" rather than a generic upload failure; retrying cannot help.
 */
export class ArtifactConflictError extends Error {
  override readonly name = 'ArtifactConflictError';

  constructor(readonly artifactName: string) {
    super(
      `an artifact named ${artifactName} already exists in this workflow run (GitHub allows one per name)`,
    );
  }
}

/** The artifact the proof was uploaded as came back with other bytes than were uploaded. */
export class ArtifactDigestError extends Error {
  override readonly name = 'ArtifactDigestError';

  constructor(readonly artifactName: string) {
    super(`artifact ${artifactName} downloaded with a different SHA-256 than it was uploaded with`);
  }
}

/** Errors of @actions/artifact (by the `name` it gives them) and ours that no further attempt can mend. */
const PERMANENT = new Set([
  'ArtifactConflictError',
  'FilesNotFoundError',
  'UsageError',
  'GHESNotSupportedError',
]);

/**
 * True when retrying an upload cannot help: the name is taken, the folder has no files, the storage quota is
 * used up, or the server has no artifact service (GitHub Enterprise Server). Callers retry everything else.
 */
export function uploadCannotSucceed(error: unknown): boolean {
  return error instanceof Error && PERMANENT.has(error.name);
}
