import { isAbsolute, resolve } from 'node:path';
import { DEFAULT_PROOF_PREFIX } from '../proof/artifact-name.js';
import { DEFAULT_CONFIDENCE } from '../verdict/confidence.js';
import { type InputSource, readBoolean, readInteger, readNumber } from './read-input.js';
import { inputError } from './user-error.js';

export interface ReportSettings {
  /** Prefix of the proof artifacts to gather (`artifact-name` of the run steps). */
  artifactPrefix: string;
  /** A plan file to check completeness against instead of the plan artifact. Absolute. */
  planFile?: string;
  /** Durations kept per item in the timing history. */
  historySize: number;
  failOnFlaky: boolean;
  confidence: number;
  /** What test paths are relative to (the run steps' working-directory). Absolute. */
  workingDirectory: string;
  /** Where the report is written; default under RUNNER_TEMP (or the local state folder). Absolute. */
  outputDir?: string;
  retentionDays?: number;
  /** The job's own check run (`job.check_run_id`), updated instead of creating one. */
  checkRunId?: number;
  comment: boolean;
  /** Annotations on the check run, most important first. */
  maxAnnotations: number;
}

function absolute(cwd: string, path: string): string {
  return isAbsolute(path) ? path : resolve(cwd, path);
}

export function readReportSettings(source: InputSource, cwd: string): ReportSettings {
  const prefix = source.getInput('artifact-name') || DEFAULT_PROOF_PREFIX;
  if (/[\r\n]/.test(prefix)) throw inputError('artifact-name', prefix, 'one line');
  const planFile = source.getInput('plan-file');
  const outputDir = source.getInput('output-dir');
  const checkRun = source.getInput('check-run-id');
  return {
    artifactPrefix: prefix,
    ...(planFile ? { planFile: absolute(cwd, planFile) } : {}),
    historySize: readInteger(source, 'history-size', 10, 1, 100),
    failOnFlaky: readBoolean(source, 'fail-on-flaky', true),
    confidence: readNumber(source, 'confidence', DEFAULT_CONFIDENCE, { min: 0, max: 1, exclusive: true })!,
    workingDirectory: absolute(cwd, source.getInput('working-directory') || '.'),
    ...(outputDir ? { outputDir: absolute(cwd, outputDir) } : {}),
    ...(source.getInput('retention-days')
      ? { retentionDays: readInteger(source, 'retention-days', 0, 1, 90) }
      : {}),
    ...(checkRun ? { checkRunId: readInteger(source, 'check-run-id', 0, 1, Number.MAX_SAFE_INTEGER) } : {}),
    comment: readBoolean(source, 'comment', false),
    maxAnnotations: readInteger(source, 'max-annotations', 50, 0, 1000),
  };
}
