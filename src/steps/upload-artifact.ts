/**
 * Stores a folder as one artifact, best-effort like a cache save: a failed upload is retried with backoff,
 * then becomes one warning naming what was lost. It never throws, so it never changes or hides the test
 * outcome (a shard's missing proof is caught by the report job).
 */
import { ArtifactConflictError, uploadCannotSucceed } from '../platform/artifact-errors.js';
import type { ActionIO, ArtifactStore, UploadResult } from '../platform/types.js';

/** Pauses before the 2nd and 3rd attempt: a blip in the results service or blob storage passes in seconds. */
export const UPLOAD_RETRY_DELAYS_MS = [1_000, 4_000] as const;

export interface UploadArtifactOptions {
  name: string;
  dir: string;
  retentionDays?: number;
  /** The pause before each retry: one retry per element. Tests pass zeros. */
  retryDelaysMs?: readonly number[];
  /** What losing it means, for the warning (e.g. "the report job will list this job as missing"). */
  consequence: string;
}

export async function uploadWithRetry(
  io: Pick<ActionIO, 'info' | 'warning'>,
  artifacts: ArtifactStore,
  options: UploadArtifactOptions,
): Promise<UploadResult | undefined> {
  const delays = options.retryDelaysMs ?? UPLOAD_RETRY_DELAYS_MS;
  const attempts = delays.length + 1;
  const upload = { retentionDays: options.retentionDays };
  let lastError = '';
  let taken = false;
  let attempt = 1;
  for (; attempt <= attempts; attempt++) {
    try {
      const result = await artifacts.upload(options.name, options.dir, upload);
      io.info(`${options.dir} stored as ${result.location}${result.url ? ` (${result.url})` : ''}`);
      return result;
    } catch (error) {
      lastError = oneLine(error instanceof Error ? error.message : String(error));
      taken = error instanceof ArtifactConflictError;
      if (attempt === attempts || uploadCannotSucceed(error)) break;
      const wait = delays[attempt - 1];
      io.info(
        `upload of artifact ${options.name} failed (attempt ${attempt} of ${attempts}: ${lastError}); ` +
          `retrying in ${wait / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  const tries =
    attempt === 1 ? '1 attempt (not retried: another would fail the same way)' : `${attempt} attempts`;
  const hint = taken ? " Give each job that runs the step its own 'artifact-name'." : '';
  io.warning(
    `Artifact ${options.name} was not uploaded after ${tries} (${lastError}): folder ${options.dir} is not ` +
      `kept.${hint} ${options.consequence}`,
  );
  return undefined;
}

/** The first line, with query strings cut from URLs: a signed blob URL carries its token in the query. */
function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0].replace(/(https?:\/\/[^\s?#]+)[?#]\S*/g, '$1?…');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
