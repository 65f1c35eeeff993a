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

/** Stores a folder under a name unique per workflow run (GitHub: @actions/artifact; local: a folder). */
export interface ArtifactStore {
  upload(name: string, dir: string): Promise<{ id?: number; location: string }>;
  /** Downloads the named artifact into `dir`; returns false when there is no such artifact. */
  download(name: string, dir: string): Promise<boolean>;
}

/** Keeps timing history between workflow runs (GitHub: @actions/cache; local: a file). */
export interface TimingStore {
  /** Restores the newest saved history, or undefined when there is none. */
  load(): Promise<string | undefined>;
  /** Saves a new version; best-effort: failures are warnings, never a red build. */
  save(content: string): Promise<void>;
}
