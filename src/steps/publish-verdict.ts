/**
 * Publishes a verdict where a person sees it: annotations for failed and flaky tests within the step's
 * budget, and the job summary (also kept as a file in the proof folder). The run step publishes its own
 * runs; the report step publishes the merged verdict of every shard and run slot with the same code.
 */
import { writeOwnFile } from '../execute/own-files.js';
import { annotationPath } from '../report/annotation-path.js';
import { selectAnnotations } from '../report/annotations.js';
import { renderRunSummary } from '../report/run-summary.js';
import type { Verdict } from '../verdict/verdict.js';
import type { AnnotationBudget } from './annotation-budget.js';

export interface PublishOptions {
  /** The step will fail: one error annotation is kept for its failure message. */
  failing: boolean;
  failOnFlaky: boolean;
  confidence: number;
  /** The command as it ran, for the summary's "to reproduce" line. */
  reproduceCommand?: string;
  /** Turns a result's file (relative to where the tests ran) into a path relative to the repository root. */
  annotationPath: (file: string | undefined) => string | undefined;
  /** Also write the summary to this file (the proof folder's summary.md). */
  summaryFile?: string;
}

export async function publishVerdict(
  io: AnnotationBudget,
  verdict: Verdict,
  options: PublishOptions,
): Promise<string> {
  // Tests get the annotations the runs left over, less one error kept for the step's own failure message.
  const selected = selectAnnotations(verdict, { perLevel: io.remaining({ error: options.failing ? 1 : 0 }) });
  for (const annotation of selected.annotations) {
    const props = { ...annotation.props, file: options.annotationPath(annotation.props.file) };
    io[annotation.level](annotation.message, props);
  }
  const summary = renderRunSummary(verdict, {
    failOnFlaky: options.failOnFlaky,
    confidence: options.confidence,
    omitted: {
      error: selected.omitted.error + io.overflow.error,
      warning: selected.omitted.warning + io.overflow.warning,
      notice: selected.omitted.notice + io.overflow.notice,
    },
    reproduceCommand: options.reproduceCommand,
  });
  if (options.summaryFile) await writeOwnFile(options.summaryFile, summary);
  await io.appendSummary(summary);
  return summary;
}

/** Annotations are placed relative to the repository root (GITHUB_WORKSPACE); results are relative to the
 * directory the tests ran in. */
export function repositoryPath(
  workingDirectory: string,
  env: NodeJS.ProcessEnv,
): (file: string | undefined) => string | undefined {
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return (file) => (file ? annotationPath(file, workingDirectory, workspace) : undefined);
}
