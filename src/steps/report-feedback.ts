import type { ReportSettings } from '../inputs/report-settings.js';
import type { FeedbackCapabilities, PullRequestFeedback } from '../platform/types.js';
import { annotationPath } from '../report/annotation-path.js';
import { selectAnnotations } from '../report/annotations.js';
import { checkAnnotations } from '../report/check-annotations.js';
import type { Verdict } from '../verdict/verdict.js';
import type { AnnotationBudget } from './annotation-budget.js';

/** The hidden marker that finds the one sticky comment shardproof keeps on a pull request. */
export const COMMENT_MARKER = '<!-- shardproof-report -->';
/** GitHub refuses a comment body over 65,536 characters; UTF-8 bytes ≥ characters, so a byte budget holds. */
export const COMMENT_BYTE_BUDGET = 65_000;
export const CHECK_SUMMARY_BYTE_BUDGET = 65_000;

/** The sticky comment: the marker, then the summary cut to fit GitHub's comment limit. */
export function commentBody(render: (byteBudget: number) => string): string {
  return `${COMMENT_MARKER}\n${render(COMMENT_BYTE_BUDGET - COMMENT_MARKER.length - 1)}`;
}

export interface FeedbackInput {
  io: AnnotationBudget;
  feedback: PullRequestFeedback;
  env: NodeJS.ProcessEnv;
  settings: ReportSettings;
  verdict: Verdict;
  failing: boolean;
  title: string;
  /** Renders the summary within a byte budget (check-run summary, comment body). */
  render: (byteBudget: number) => string;
}

async function capabilitiesOf(input: FeedbackInput): Promise<FeedbackCapabilities> {
  try {
    return await input.feedback.capabilities();
  } catch (error) {
    return {
      checks: false,
      comment: false,
      reason: `could not ask GitHub what the token allows (${(error as Error).message})`,
    };
  }
}

/** The fallback GitHub always allows: workflow-command annotations, 10 per level per step. */
function workflowAnnotations(input: FeedbackInput): number {
  const { io, verdict, failing, settings, env } = input;
  const selected = selectAnnotations(verdict, { perLevel: io.remaining({ error: failing ? 1 : 0 }) });
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  for (const a of selected.annotations) {
    const file = a.props.file && annotationPath(a.props.file, settings.workingDirectory, workspace);
    io[a.level](a.message, { ...a.props, ...(file ? { file } : {}) });
  }
  return selected.omitted.error + selected.omitted.warning + selected.omitted.notice;
}

/** A call the token turned out not to allow (a 403 learned on the way): the answer says why, nothing was written. */
function skippedReason(result: object): string | undefined {
  const skipped = (result as { skipped?: unknown }).skipped;
  return typeof skipped === 'string' && skipped !== '' ? skipped : undefined;
}

/** The check run, or the reason it was not written. */
async function checkRun(input: FeedbackInput): Promise<{ note: string } | { skipped: string }> {
  const { settings, verdict, env } = input;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  const place = (file: string) => annotationPath(file, settings.workingDirectory, workspace);
  const { annotations, notShown } = checkAnnotations(verdict, settings.maxAnnotations, place);
  const published = await input.feedback.publishCheckRun({
    name: 'shardproof report',
    ...(settings.checkRunId !== undefined ? { checkRunId: settings.checkRunId } : {}),
    conclusion: input.failing ? 'failure' : 'success',
    title: input.title,
    summary: input.render(CHECK_SUMMARY_BYTE_BUDGET),
    annotations,
  });
  const skipped = skippedReason(published);
  if (skipped !== undefined) return { skipped };
  const more =
    notShown > 0
      ? `; ${notShown} not annotated (over max-annotations ${settings.maxAnnotations} or without a file)`
      : '';
  return {
    note: `check run: ${annotations.length} annotations${more}${published.url ? ` — ${published.url}` : ''}`,
  };
}

/**
 * Answers on the pull request as far as the token allows: a check run with annotations and the sticky comment;
 * without `checks`, the workflow-command annotations. Every failure here is one warning, never a red report.
 * Returns one line per decision for the log and the summary.
 */
export async function publishFeedback(input: FeedbackInput): Promise<string[]> {
  const { io, settings } = input;
  const notes: string[] = [];
  const can = await capabilitiesOf(input);
  let noCheckRun = can.checks ? undefined : (can.reason ?? 'the token cannot write checks');
  if (noCheckRun === undefined) {
    try {
      const result = await checkRun(input);
      if ('note' in result) notes.push(result.note);
      else noCheckRun = result.skipped;
    } catch (error) {
      io.warning(`could not publish the check run: ${(error as Error).message}`);
      noCheckRun = 'publishing it failed';
    }
  }
  if (noCheckRun !== undefined) {
    const omitted = workflowAnnotations(input);
    notes.push(
      `No check run (${noCheckRun}): annotations went to workflow commands, ` +
        `10 per level${omitted > 0 ? `, ${omitted} not shown` : ''}.`,
    );
  }
  if (settings.comment) {
    if (!can.comment) {
      notes.push(`No pull-request comment (${can.reason ?? 'the token cannot write comments'}).`);
    } else {
      try {
        const result = await input.feedback.upsertComment(COMMENT_MARKER, commentBody(input.render));
        const skipped = skippedReason(result);
        notes.push(
          skipped !== undefined
            ? `No pull-request comment (${skipped}).`
            : `pull-request comment updated${result.url ? ` — ${result.url}` : ''}`,
        );
      } catch (error) {
        io.warning(`could not update the pull-request comment: ${(error as Error).message}`);
      }
    }
  }
  for (const note of notes) io.info(note);
  return notes;
}
