import { isAbsolute, relative } from 'node:path';
import {
  ANNOTATION_TEXT_MAX_BYTES,
  ANNOTATION_TITLE_MAX_CHARS,
  ANNOTATIONS_PER_REQUEST,
  CHECK_SUMMARY_MAX_CHARS,
  CHECK_TITLE_MAX_CHARS,
  cutBytes,
  cutChars,
  cutMarkdown,
} from './github-limits.js';
import type { CheckAnnotation, CheckRunReport } from './types.js';

export interface ApiAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: CheckAnnotation['level'];
  message: string;
  title?: string;
  raw_details?: string;
}

export interface CheckRunOutput {
  title: string;
  summary: string;
  annotations?: ApiAnnotation[];
}

/**
 * The `output` of each request that publishes a report: the first carries the first 50 annotations, each later
 * one the next 50 (GitHub appends them). Every one repeats the title and summary, which GitHub requires
 * whenever `output` is sent. There is always at least one.
 */
export function checkRunOutputs(report: CheckRunReport, workspace?: string): CheckRunOutput[] {
  const title = cutChars(report.title, CHECK_TITLE_MAX_CHARS);
  const summary = cutMarkdown(report.summary, CHECK_SUMMARY_MAX_CHARS);
  const annotations = report.annotations.map((a) => apiAnnotation(a, workspace));
  const outputs: CheckRunOutput[] = [{ title, summary }];
  for (let from = 0; from < annotations.length; from += ANNOTATIONS_PER_REQUEST) {
    const batch = annotations.slice(from, from + ANNOTATIONS_PER_REQUEST);
    if (from === 0) outputs[0].annotations = batch;
    else outputs.push({ title, summary, annotations: batch });
  }
  return outputs;
}

function apiAnnotation(a: CheckAnnotation, workspace: string | undefined): ApiAnnotation {
  const startLine = Math.max(1, Math.floor(a.startLine) || 1);
  return {
    path: repositoryPath(a.path, workspace),
    start_line: startLine,
    end_line: Math.max(startLine, Math.floor(a.endLine) || startLine),
    annotation_level: a.level,
    message: cutBytes(a.message || '(no message)', ANNOTATION_TEXT_MAX_BYTES),
    ...(a.title ? { title: cutChars(a.title, ANNOTATION_TITLE_MAX_CHARS) } : {}),
    ...(a.rawDetails ? { raw_details: cutBytes(a.rawDetails, ANNOTATION_TEXT_MAX_BYTES) } : {}),
  };
}

/**
 * GitHub places an annotation only on a path relative to the repository root, with forward slashes: a report's
 * absolute path inside the workspace or a leading `./` would leave it on no file.
 */
export function repositoryPath(path: string, workspace: string | undefined): string {
  let out = path.replace(/\\/g, '/');
  if (workspace && isAbsolute(out)) {
    const inside = relative(workspace, out).replace(/\\/g, '/');
    if (inside && !inside.startsWith('../') && !isAbsolute(inside)) out = inside;
  }
  return out.replace(/^(\.\/)+/, '');
}
