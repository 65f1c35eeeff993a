/**
 * Stores a folder as one artifact, best-effort like a cache save: a failed upload is retried with backoff,
 * then becomes one warning naming what was lost. It never throws, so it never changes or hides the test
 * outcome (a shard's missing proof is caught by the report job).
 */
import { uploadCannotSucceed } from '../platform/artifact-errors.js';
import type { ActionIO, ArtifactStore, UploadResult } from '../platform/types.js';

/** Pauses before the 2nd and 3rd attempt: a blip in the results service or blob storage passes in seconds. */
export const UPLOAD_RETRY_DELAYS_MS = [1_000, 4_000] as const;

export interface UploadArtifactOptions {
  name: string;
  dir: string;
  retentionDays?: number;
  /** Waits before each retry; the last element is used again if there are more. Tests pass zeros. */
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
  let tried = 0;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    tried = attempt;
    try {
      const result = await artifacts.upload(options.name, options.dir, upload);
      io.info(`${options.dir} stored as ${result.location}${result.url ? ` (${result.url})` : ''}`);
      return result;
    } catch (error) {
      lastError = error instanceof Error ? error.message : String(error);
      // A taken name, an empty folder or a used-up quota stays so: no point waiting to hear it again.
      if (attempt === attempts || uploadCannotSucceed(error)) break;
      const wait = delays[attempt - 1];
      io.info(
        `upload of artifact ${options.name} failed (attempt ${attempt} of ${attempts}: ${oneLine(lastError)}); ` +
          `retrying in ${wait / 1000} s`,
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
  io.warning(
    `Artifact ${options.name} was not uploaded after ${tried} attempt${tried === 1 ? '' : 's'} (${oneLine(lastError)}): folder ` +
      `${options.dir} is not kept. ${options.consequence}`,
  );
  return undefined;
}

/** The first line, with query strings cut from URLs: a signed blob URL carries its token in the query. */
function oneLine(text: string): string {
  const line = text.split(/\r?\n/)[0].replace(/(https?:\/\/[^\s?#]+)[?#]\S*/g, '$1?…');
  return line.length > 300 ? `${line.slice(0, 300)}…` : line;
}
