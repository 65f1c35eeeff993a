import type { CheckAnnotation } from '../platform/types.js';
import type { Verdict } from '../verdict/verdict.js';
import { selectAnnotations, type AnnotationLevel } from './annotations.js';
import { capText } from './cap-text.js';

const CHECK_LEVEL: Record<AnnotationLevel, CheckAnnotation['level']> = {
  error: 'failure',
  warning: 'warning',
  notice: 'notice',
};

/** GitHub caps an annotation's message at 64 KB and its title at 255 characters. */
const MAX_MESSAGE = 4000;
const MAX_TITLE = 255;

export interface CheckAnnotations {
  annotations: CheckAnnotation[];
  /** Candidates left out (over `max`, or with no file to place them on): the summary says how many. */
  notShown: number;
}

/**
 * Check-run annotations for failed, then flaky, then partly missing tests, most important first, at most
 * `max`. `place` maps a result path to a repository path.
 */
export function checkAnnotations(
  verdict: Verdict,
  max: number,
  place: (file: string) => string,
): CheckAnnotations {
  const all = selectAnnotations(verdict, { perLevel: Number.MAX_SAFE_INTEGER }).annotations;
  const placed = all.filter((a) => a.props.file !== undefined);
  const annotations = placed.slice(0, max).map((a) => {
    const line = a.props.startLine ?? 1;
    return {
      path: place(a.props.file!),
      startLine: line,
      endLine: line,
      level: CHECK_LEVEL[a.level],
      message: capText(a.message, MAX_MESSAGE),
      ...(a.props.title ? { title: capText(a.props.title, MAX_TITLE) } : {}),
    };
  });
  return { annotations, notShown: all.length - annotations.length };
}
