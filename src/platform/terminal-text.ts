/**
 * The CLI logs to a terminal, and its lines quote names from a repository or a report. A name can hold escape
 * sequences — `ESC [` (CSI: cursor moves, colours, erasing the screen), `ESC ]` (OSC: window titles, hyperlinks,
 * clipboard writes on some terminals), the 8-bit CSI `\x9b` — a CR that returns to the start of the line to
 * overwrite what was printed, or bidirectional overrides that reorder what is shown. Each such character is
 * printed as an escape (`\x1b`, `\r`, `\u202e`): the line still says what the name is, and the terminal obeys
 * nothing in it. The terminal's counterpart of inert-text.ts, which does the same for the runner's commands.
 */

/** C0 controls but tab and LF, DEL, C1 controls, and the Unicode bidirectional and direction marks. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const TERMINAL_CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** One line with every control character shown as an escape. */
export function terminalLine(line: string): string {
  return line.replace(TERMINAL_CONTROL, (c) => {
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff
      ? `\\x${code.toString(16).padStart(2, '0')}`
      : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/** A message as terminal lines: split at LF (CRLF counts as one break), each line made safe. */
export function terminalLines(message: string): string[] {
  return message.split(/\r?\n/).map(terminalLine);
}

/**
 * JSON text for stdout (JSON.stringify's output): it escapes C0 controls already; the rest (DEL, C1,
 * bidirectional marks) can stand only inside strings, where a `\u` escape leaves the same JSON value.
 */
export function terminalJson(json: string): string {
  return json.replace(TERMINAL_CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
