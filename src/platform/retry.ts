export interface RetryPolicy {
  /** Attempts in all, the first included. */
  attempts: number;
  /** Wait before the second attempt; each later wait is three times longer. */
  firstDelayMs: number;
  /** False for errors that another attempt cannot mend (a name conflict, a quota). */
  retryable(error: unknown): boolean;
  /** Told before each wait, e.g. to log "upload failed (…), retrying in 2 s". */
  onRetry?(error: unknown, attempt: number, delayMs: number): void;
}

/** Runs `operation` until it succeeds, a non-retryable error, or the last attempt; throws the last error. */
export async function withRetries<T>(operation: () => Promise<T>, policy: RetryPolicy): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await operation();
    } catch (error) {
      if (attempt >= policy.attempts || !policy.retryable(error)) throw error;
      const delayMs = policy.firstDelayMs * 3 ** (attempt - 1);
      policy.onRetry?.(error, attempt, delayMs);
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}
