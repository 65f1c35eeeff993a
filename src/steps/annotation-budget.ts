import { ANNOTATIONS_PER_LEVEL, type AnnotationLevel } from '../report/annotations.js';
import type { ActionIO, AnnotationProps } from '../platform/types.js';

/**
 * GitHub shows at most 10 annotations per level per step from workflow commands and drops the rest
 * silently. Every annotation of a step goes through this one budget: past the limit an annotation becomes a
 * plain log line and is counted, so the summary can say how many were not shown. setFailed is an error
 * annotation too.
 */
export class AnnotationBudget implements ActionIO {
  readonly used: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  readonly overflow: Record<AnnotationLevel, number> = { error: 0, warning: 0, notice: 0 };
  private readonly shown = new Set<string>();

  constructor(
    private readonly io: ActionIO,
    private readonly limit = ANNOTATIONS_PER_LEVEL,
  ) {}

  /** What is left per level, keeping `reserve` slots (e.g. one error for the step's failure message). */
  remaining(reserve: Partial<Record<AnnotationLevel, number>> = {}): Record<AnnotationLevel, number> {
    const left = (level: AnnotationLevel) =>
      Math.max(0, this.limit - this.used[level] - (reserve[level] ?? 0));
    return { error: left('error'), warning: left('warning'), notice: left('notice') };
  }

  warning(message: string, props?: AnnotationProps): void {
    this.annotate('warning', message, props);
  }
  error(message: string, props?: AnnotationProps): void {
    this.annotate('error', message, props);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.annotate('notice', message, props);
  }
  setFailed(message: string): void {
    this.used.error++;
    this.io.setFailed(message);
  }

  getInput(name: string): string {
    return this.io.getInput(name);
  }
  setOutput(name: string, value: string): void {
    this.io.setOutput(name, value);
  }
  info(message: string): void {
    this.io.info(message);
  }
  untrusted(line: string): void {
    this.io.untrusted(line);
  }
  debug(message: string): void {
    this.io.debug(message);
  }
  startGroup(title: string): void {
    this.io.startGroup(title);
  }
  endGroup(): void {
    this.io.endGroup();
  }
  appendSummary(markdown: string): Promise<void> {
    return this.io.appendSummary(markdown);
  }

  private annotate(level: AnnotationLevel, message: string, props?: AnnotationProps): void {
    const where = props?.file ? ` ${props.file}${props.startLine ? `:${props.startLine}` : ''}` : '';
    const key = `${level}${where}\0${message}`;
    // The same warning from every run (say, "cannot rerun") would use up the budget the tests need. An
    // annotation with a title is about one test: two tests may share a file and a message, and each is shown
    // or counted as not annotated, never folded into the other.
    const repeated = props?.title === undefined && this.shown.has(key);
    if (!repeated && this.used[level] < this.limit) {
      this.used[level]++;
      this.shown.add(key);
      this.io[level](message, props);
      return;
    }
    if (!repeated) this.overflow[level]++;
    const why = repeated ? 'annotated already' : `not annotated: over GitHub's ${this.limit} per step`;
    // Messages carry test names and output: as a plain log line they are untrusted text, never commands.
    for (const line of `${level}${where} (${why}): ${message}`.split(/\r?\n|\r/)) this.io.untrusted(line);
  }
}
