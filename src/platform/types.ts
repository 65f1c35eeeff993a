/**
 * The small interfaces between shardproof's logic and the outside world.
 * Only src/platform/ imports @actions/*: the GitHub twin implements these with the real libraries,
 * the local twin (CLI, tests, demo) with plain files. Entries pick a twin once, from the environment.
 */

export interface AnnotationProps {
  title?: string;
  file?: string;
  startLine?: number;
}

/** Logging, inputs, outputs and the job summary. */
export interface ActionIO {
  /** The raw input value, trimmed; '' when not given. */
  getInput(name: string): string;
  setOutput(name: string, value: string): void;
  info(message: string): void;
  /** A line of the test command's own output: shown as it is, never obeyed as a workflow command. */
  untrusted(line: string): void;
  debug(message: string): void;
  warning(message: string, props?: AnnotationProps): void;
  error(message: string, props?: AnnotationProps): void;
  notice(message: string, props?: AnnotationProps): void;
  startGroup(title: string): void;
  endGroup(): void;
  /** Appends markdown to the job summary (GitHub: GITHUB_STEP_SUMMARY; local: a file or stdout). */
  appendSummary(markdown: string): Promise<void>;
  setFailed(message: string): void;
}

/** An artifact of this workflow run, as a listing shows it. */
export interface StoredArtifact {
  name: string;
  /** GitHub's artifact id; absent off GitHub. */
  id?: number;
  sizeBytes?: number;
  /** ISO time, when known. */
  createdAt?: string;
}

export interface UploadOptions {
  /** Days GitHub keeps the artifact (1–90, capped by the repository setting); default: the repository's. */
  retentionDays?: number;
}

export interface UploadResult {
  id?: number;
  /** Where a person can download it (GitHub: the run's artifact URL; local: the folder). */
  url?: string;
  /** For log lines: `artifact NAME` on GitHub, the folder off it. */
  location: string;
}

/**
 * Stores a folder under a name unique per workflow run (GitHub: @actions/artifact; local: a folder under
 * `.shardproof/artifacts/<name>/`). GitHub refuses a second artifact of the same name in one workflow run
 * (409), so callers build names that are unique by construction (src/proof/artifact-name.ts).
 */
export interface ArtifactStore {
  upload(name: string, dir: string, options?: UploadOptions): Promise<UploadResult>;
  /** Downloads the named artifact into `dir`; returns false when there is no such artifact. */
  download(name: string, dir: string): Promise<boolean>;
  /** Every artifact of this workflow run, all pages of the listing, in no particular order. */
  list(): Promise<StoredArtifact[]>;
}

/** Keeps timing history between workflow runs (GitHub: @actions/cache; local: a file). */
export interface TimingStore {
  /** Restores the newest saved history, or undefined when there is none. */
  load(): Promise<string | undefined>;
  /** Saves a new version; best-effort: failures are warnings, never a red build. */
  save(content: string): Promise<void>;
}

/** An annotation on a check run (GitHub allows 50 per create/update request). */
export interface CheckAnnotation {
  path: string;
  startLine: number;
  endLine: number;
  level: 'failure' | 'warning' | 'notice';
  message: string;
  title?: string;
  rawDetails?: string;
}

export interface CheckRunReport {
  /** The check run's name when one is created. */
  name: string;
  /** Update this check run (the job's own, `job.check_run_id`) instead of creating one. */
  checkRunId?: number;
  conclusion: 'success' | 'failure' | 'neutral';
  title: string;
  /** Markdown, at most 65,535 characters. */
  summary: string;
  /** Most important first; sent in batches of at most 50 per request. */
  annotations: CheckAnnotation[];
}

/** What the token and the event allow: fork pull requests and read-only tokens allow neither. */
export interface FeedbackCapabilities {
  checks: boolean;
  comment: boolean;
  /** One line saying why something is not allowed, for the log and the summary. */
  reason?: string;
}

/**
 * Feedback on the pull request through GitHub's REST API (GitHub: @actions/github's octokit; local: files
 * under `.shardproof/feedback/`). Every call is best-effort: the caller turns a failure into one warning.
 */
export interface PullRequestFeedback {
  capabilities(): Promise<FeedbackCapabilities>;
  /** Creates or updates the check run; returns its URL when known. */
  publishCheckRun(report: CheckRunReport): Promise<FeedbackResult & { id?: number }>;
  /**
   * Creates, or updates in place, the one comment on this pull request that contains `marker` (a hidden
   * HTML comment such as `<!-- shardproof-report -->`; put at the top of the body when the body lacks it).
   */
  upsertComment(marker: string, body: string): Promise<FeedbackResult>;
}

export interface FeedbackResult {
  url?: string;
  /**
   * Set when nothing was written because the token or the event does not allow it (a fork pull request,
   * a read-only token answering 403): one line for the log. Other failures are thrown.
   */
  skipped?: string;
}

/**
 * Artifacts kept by earlier workflow runs of the repository, for the timing history's fallback when its
 * cache entry was evicted (GitHub: the REST listing of the repository's artifacts; local: the artifact folder).
 */
export interface HistoryArtifacts {
  /**
   * Downloads into `dir` the newest unexpired artifact called `name` made by a run on the default branch
   * of this repository (never by a fork's run); false when there is none or the token may not read it.
   */
  newestFromDefaultBranch(name: string, dir: string): Promise<boolean>;
}
