import type { AnnotationProps } from '../platform/types.js';
import type { TestVerdict, Verdict } from '../verdict/verdict.js';
import { loadedOnRerun } from '../verdict/file-errors.js';
import { patternLegend } from '../verdict/outcome-pattern.js';
import { capText, firstLines } from './cap-text.js';
import { causeText } from './isolation-text.js';

export type AnnotationLevel = 'error' | 'warning' | 'notice';

/** Plain text, not markdown: GitHub shows annotation messages verbatim, and @actions/core escapes commands. */
export interface Annotation {
  level: AnnotationLevel;
  message: string;
  props: AnnotationProps;
}

export interface AnnotationSelection {
  /** Errors first, then warnings, then notices; most important first within each level. */
  annotations: Annotation[];
  /** Candidates per level that did not make the cut: always reported, never silently dropped. */
  omitted: Record<AnnotationLevel, number>;
}

/** GitHub shows at most 10 annotations per level per step from workflow commands (and 50 per job). */
export const ANNOTATIONS_PER_LEVEL = 10;

const MAX_TITLE_CHARS = 200;
const MAX_FAILURE_LINES = 6;
const MAX_FAILURE_CHARS = 1000;

function byId(a: TestVerdict, b: TestVerdict): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

// More failing runs first: a test that failed every run matters more than one that failed once.
function byRunsFailed(a: TestVerdict, b: TestVerdict): number {
  return b.runsFailed - a.runsFailed || b.failures - a.failures || byId(a, b);
}

function byMissingRuns(a: TestVerdict, b: TestVerdict): number {
  return b.missingRuns - a.missingRuns || byId(a, b);
}

function location(test: TestVerdict): AnnotationProps {
  // Without a line GitHub needs one to place the annotation on the file: line 1 shows it at the top.
  return test.file === undefined ? {} : { file: test.file, startLine: test.line ?? 1 };
}

function title(prefix: string, test: TestVerdict): string {
  return capText(`${prefix}: ${test.name}`.replace(/\s+/g, ' ').trim(), MAX_TITLE_CHARS);
}

function failureText(test: TestVerdict): string {
  return causeLines(test) + messageText(test);
}

/** The isolation checks' finding, when there is one: why it fails and how to get that run back. */
function causeLines(test: TestVerdict): string {
  return test.cause ? `\n${causeText(test.cause)}` : '';
}

function messageText(test: TestVerdict): string {
  const text = [test.message, test.details].filter((t) => t !== undefined && t.trim() !== '').join('\n');
  return text === '' ? '' : '\n' + firstLines(text, MAX_FAILURE_LINES, MAX_FAILURE_CHARS);
}

function runsLine(test: TestVerdict, runs: number): string {
  const missing = test.missingRuns > 0 ? `, absent from ${test.missingRuns}` : '';
  return `${test.pattern}  (failed in ${test.runsFailed} of ${runs} runs${missing}; ${patternLegend(test.pattern)})`;
}

function failedAnnotation(test: TestVerdict, runs: number): Annotation {
  return {
    level: 'error',
    message: `Failed every time it ran: ${runsLine(test, runs)}${failureText(test)}`,
    props: { title: title('Failed', test), ...location(test) },
  };
}

function fileErrorAnnotation(test: TestVerdict, runs: number): Annotation {
  if (loadedOnRerun(test)) {
    return {
      level: 'warning',
      message:
        `Flaky at the file level: this file failed to load, then loaded on rerun: ` +
        `${runsLine(test, runs)}${failureText(test)}`,
      props: {
        title: capText(`Loaded on rerun: ${test.file ?? test.id}`, MAX_TITLE_CHARS),
        ...location(test),
      },
    };
  }
  return {
    level: 'error',
    message: `This file failed to load, so none of its tests ran: ${runsLine(test, runs)}${failureText(test)}`,
    props: { title: capText(`Failed to load: ${test.file ?? test.id}`, MAX_TITLE_CHARS), ...location(test) },
  };
}

function flakyAnnotation(test: TestVerdict, runs: number): Annotation {
  return {
    level: 'warning',
    message: `Flaky, passed and failed across runs: ${runsLine(test, runs)}${failureText(test)}`,
    props: { title: title('Flaky', test), ...location(test) },
  };
}

function missingAnnotation(test: TestVerdict, runs: number): Annotation {
  return {
    level: 'notice',
    message: `Absent from ${test.missingRuns} of ${runs} runs that produced a report: ${test.pattern}  (${patternLegend(test.pattern)}). A test that comes and goes is filtered, generated or crashing its worker.`,
    props: { title: title('Missing from some runs', test), ...location(test) },
  };
}

/**
 * Picks the annotations GitHub will actually show: failed tests as errors, flaky tests as warnings, and
 * tests missing from some runs as notices; at most `perLevel` each, and counts what was left out.
 */
export function selectAnnotations(
  verdict: Verdict,
  options: { perLevel?: number | Record<AnnotationLevel, number> } = {},
): AnnotationSelection {
  const limit = options.perLevel ?? ANNOTATIONS_PER_LEVEL;
  const per = (level: AnnotationLevel) => (typeof limit === 'number' ? limit : limit[level]);
  const runs = verdict.runs.length;
  // Files that failed to load come first: every test in them is missing from the counts.
  const fileErrors = verdict.tests.filter((t) => t.class === 'file-error');
  const failed = [
    ...fileErrors.filter((t) => !loadedOnRerun(t)).sort(byRunsFailed),
    ...verdict.tests.filter((t) => t.class === 'failed').sort(byRunsFailed),
  ];
  // A file that loaded on rerun is flaky at the file level: a warning, before the flaky tests.
  const flaky = [
    ...fileErrors.filter(loadedOnRerun).sort(byRunsFailed),
    ...verdict.tests.filter((t) => t.class === 'flaky').sort(byRunsFailed),
  ];
  const missing = verdict.tests
    .filter((t) => (t.class === 'passed' || t.class === 'skipped') && t.missingRuns > 0)
    .sort(byMissingRuns);
  return {
    annotations: [
      ...failed
        .slice(0, per('error'))
        .map((t) => (t.class === 'file-error' ? fileErrorAnnotation(t, runs) : failedAnnotation(t, runs))),
      ...flaky
        .slice(0, per('warning'))
        .map((t) => (t.class === 'file-error' ? fileErrorAnnotation(t, runs) : flakyAnnotation(t, runs))),
      ...missing.slice(0, per('notice')).map((t) => missingAnnotation(t, runs)),
    ],
    omitted: {
      error: Math.max(0, failed.length - per('error')),
      warning: Math.max(0, flaky.length - per('warning')),
      notice: Math.max(0, missing.length - per('notice')),
    },
  };
}
