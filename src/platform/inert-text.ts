/**
 * Text that came from a repository or a report (file names, test names, messages, paths) must never be
 * obeyed by the runner as a workflow command. The runner reads the step's stdout line by line, splitting on
 * LF, CR and CRLF, and obeys a line that starts with `::` after leading whitespace, or that contains the
 * legacy `##[` anywhere. Log lines pass through `inertText` on their way out, so whatever a message quotes,
 * none of its lines is a command; a zero-width space (not whitespace to the runner) breaks each marker while
 * the line still reads the same.
 */
const ZERO_WIDTH_SPACE = '\u200b';
const LINE_BREAK = /\r\n|\r|\n/;
// The runner trims leading whitespace before it looks for `::`; \u0085 is whitespace to .NET, not to JS.
const COMMAND_START = /^([\s\u0085]*:):/;

/** One line made inert: no `::` at its start, no `##[` anywhere. */
export function inertLine(line: string): string {
  return line.replaceAll('##[', `#${ZERO_WIDTH_SPACE}#[`).replace(COMMAND_START, `$1${ZERO_WIDTH_SPACE}:`);
}

/** A message of any number of lines, each made inert; line breaks of every kind become `\n`. */
export function inertText(message: string): string {
  return message.split(LINE_BREAK).map(inertLine).join('\n');
}

/**
 * A name as a one-line message shows it: as it is when it is plain, else in JSON string syntax, so a newline
 * or CR in a file name shows as `\n` or `\r` instead of starting a line of its own.
 */
export function quoted(value: string): string {
  // Control characters, quotes, backslashes, separators (\u2028) and edge spaces would be ambiguous.
  return /^[^\s"\\\p{C}](?:[^"\\\p{C}\u2028\u2029]*[^\s"\\\p{C}])?$/u.test(value)
    ? value
    : JSON.stringify(value);
}
