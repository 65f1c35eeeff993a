import { createReadStream } from 'node:fs';
import { UserError } from '../inputs/user-error.js';
import type { ParsedReport } from './model.js';
import { resolveLimits, type ParseOptions } from './parse-options.js';
import { ReportSession } from './report-session.js';

/**
 * 64 KiB reads: each chunk becomes a string the tokenizer slices, and garbage piles up per chunk before the
 * collector runs; on a 177 MB report 1 MiB chunks peaked at ~170 MB RSS, 64 KiB at ~110 MB, at the same speed.
 */
const READ_CHUNK_BYTES = 64 * 1024;

/**
 * Parses one report file (JUnit XML, go test -json or CTRF; recognised by content) as a stream, so memory
 * stays flat however large the file. Throws a UserError naming the file (and line) for anything refused.
 */
export async function parseReportFile(path: string, options: ParseOptions = {}): Promise<ParsedReport> {
  const limits = resolveLimits(options);
  const name = options.name ?? path;
  const session = new ReportSession(name, limits, options.onTest);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: READ_CHUNK_BYTES });
  try {
    for await (const chunk of stream) {
      if (stream.bytesRead > limits.maxBytes) {
        throw new UserError(`${name}: larger than the ${limits.maxBytes}-byte limit for one report.`);
      }
      session.write(chunk as string);
      await options.afterChunk?.();
    }
    return session.end();
  } catch (error) {
    throw asUserError(error, name);
  } finally {
    stream.destroy();
  }
}

/** The same as parseReportFile for text already in memory; `source` names it in errors. */
export function parseReportText(text: string, source: string, options: ParseOptions = {}): ParsedReport {
  const limits = resolveLimits(options);
  if (text.length > limits.maxBytes) {
    throw new UserError(`${source}: larger than the ${limits.maxBytes}-byte limit for one report.`);
  }
  const session = new ReportSession(source, limits, options.onTest);
  session.write(text);
  return session.end();
}

/** A report to parse and the name messages give it (see ParseOptions.name). */
export interface ReportFile {
  path: string;
  name: string;
}

export interface ParseReportsResult {
  reports: ParsedReport[];
  /** One entry per report that could not be read; the others are still parsed. */
  errors: { source: string; message: string }[];
}

/**
 * Parses every report, one at a time so that only one is ever streaming. A refused or unreadable report is
 * listed in `errors` and never hides the others; bugs (anything not a UserError) still throw.
 */
export async function parseReports(
  files: readonly (string | ReportFile)[],
  options: ParseOptions = {},
): Promise<ParseReportsResult> {
  const result: ParseReportsResult = { reports: [], errors: [] };
  for (const file of files) {
    const { path, name } = typeof file === 'string' ? { path: file, name: file } : file;
    try {
      result.reports.push(await parseReportFile(path, { ...options, name }));
    } catch (error) {
      if (!(error instanceof UserError)) throw error;
      result.errors.push({ source: name, message: error.message });
    }
  }
  return result;
}

/** File-system failures (missing file, a directory, no permission) are the user's to fix. */
function asUserError(error: unknown, path: string): unknown {
  if (error instanceof UserError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (typeof code === 'string' && ['ENOENT', 'EISDIR', 'EACCES', 'EPERM', 'ENOTDIR'].includes(code)) {
    return new UserError(`${path}: cannot read the report (${code}: ${(error as Error).message}).`);
  }
  return error;
}
