import type { ReportFormat } from './model.js';

/** How much of a file we look at before giving up on recognising it. */
export const SNIFF_LIMIT = 64 * 1024;

export type Sniffed = ReportFormat | 'json' | 'unknown' | 'empty' | 'need-more';

/** A test2json event line: go test -json, possibly after `go build` noise. */
const GO_EVENT_LINE = /^\s*\{\s*"(Time|Action|ImportPath|Package)"\s*:/m;

/**
 * The format of a report from its first bytes, never its name: people name reports `.xml`, `.json`,
 * `.out`, `.txt`. `<` means XML; a first line that is a JSON object with an `Action` is go test -json;
 * any other JSON is a candidate for CTRF (decided once the whole document is read).
 * `complete` says whether `head` is the whole file.
 */
export function sniffFormat(head: string, complete: boolean): Sniffed {
  const start = head.search(/[^\s\uFEFF]/);
  if (start === -1) return complete || head.length >= SNIFF_LIMIT ? 'empty' : 'need-more';
  const first = head[start];
  if (first === '<') return 'junit';
  const newline = head.indexOf('\n', start);
  if (newline === -1 && !complete && head.length < SNIFF_LIMIT) return 'need-more';
  const firstLine = head.slice(start, newline === -1 ? head.length : newline).trim();
  if (first === '{') {
    if (isGoEvent(firstLine)) return 'go-json';
    return 'json';
  }
  if (GO_EVENT_LINE.test(head)) return 'go-json';
  return complete || head.length >= SNIFF_LIMIT ? 'unknown' : 'need-more';
}

function isGoEvent(line: string): boolean {
  if (!GO_EVENT_LINE.test(line)) return false;
  try {
    const value: unknown = JSON.parse(line);
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as { Action?: unknown }).Action === 'string'
    );
  } catch {
    return false;
  }
}
