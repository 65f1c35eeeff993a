import type { TestResult } from './model.js';

/** Knobs for parsing one report. Every limit exists so a hostile or runaway report cannot exhaust the runner. */
export interface ParseOptions {
  /** Reject files larger than this many bytes. Default 2 GiB: far above real reports, below "someone uploaded a disk image". */
  maxBytes?: number;
  /** Reject XML nested deeper than this. Real JUnit is < 10 deep; 256 leaves room for generated suites. */
  maxDepth?: number;
  /** Keep at most this many characters of failure text (message body, stack, system-out/err) per test. */
  maxDetailChars?: number;
  /** CTRF is one JSON document and must be held in memory whole, so it has its own, smaller cap. */
  maxJsonBytes?: number;
  /**
   * How messages (and the report's `source`) name the file, when that is not its path: shardproof parses
   * its own copy of a user's report (`run-1-1.xml`), but a message must point at the file the user knows.
   */
  name?: string;
  /** Absolute paths under this directory are made relative to it (e.g. the workspace). */
  rootDir?: string;
  /**
   * Receive each test as soon as it is complete instead of collecting them; the returned report then has
   * `tests: []`. For reports with millions of tests where holding every result would not fit in memory.
   */
  onTest?: (test: TestResult) => void;
  /**
   * Awaited after each chunk of the file is parsed: a consumer that writes what `onTest` gives it out to a
   * file waits here for its own writes to drain, so a fast parser never piles them up in memory.
   */
  afterChunk?: () => Promise<void> | void;
}

export interface Limits {
  maxBytes: number;
  maxDepth: number;
  maxDetailChars: number;
  maxJsonBytes: number;
  rootDir?: string;
}

export const DEFAULT_LIMITS: Limits = {
  maxBytes: 2 * 1024 ** 3,
  maxDepth: 256,
  maxDetailChars: 64 * 1024,
  maxJsonBytes: 256 * 1024 ** 2,
};

export function resolveLimits(options: ParseOptions = {}): Limits {
  return {
    maxBytes: options.maxBytes ?? DEFAULT_LIMITS.maxBytes,
    maxDepth: options.maxDepth ?? DEFAULT_LIMITS.maxDepth,
    maxDetailChars: options.maxDetailChars ?? DEFAULT_LIMITS.maxDetailChars,
    maxJsonBytes: options.maxJsonBytes ?? DEFAULT_LIMITS.maxJsonBytes,
    rootDir: options.rootDir,
  };
}
