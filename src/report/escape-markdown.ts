import { capText } from './cap-text.js';

/** Default cap for one test name, path or message in markdown, in characters. */
export const MAX_MARKDOWN_TEXT = 200;

// Everything GitHub-flavoured markdown or HTML could act on becomes a numeric entity, which renders as the
// character itself: HTML (& < > " '), tables (|), code spans (`), emphasis (* _ ~), links and images ([ ]),
// backslash escapes (\) and math ($).
const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '|': '&#124;',
  '`': '&#96;',
  '*': '&#42;',
  _: '&#95;',
  '~': '&#126;',
  '[': '&#91;',
  ']': '&#93;',
  '\\': '&#92;',
  $: '&#36;',
};
const SPECIAL = /[&<>"'|`*_~[\]\\$]/g;

// Line breaks, tabs and other control characters would end a table row or a list item.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f\u2028\u2029]+/g;

// GitHub turns "@name" into a notification and "#123" into a cross-reference on that issue, and does so
// after decoding entities, so escaping the "@" is not enough. A zero-width joiner between "@"/"#" and the
// name keeps the text readable and copyable-looking but breaks the match.
const ZERO_WIDTH_JOINER = '\u200D';
const MENTION = /@(?=[A-Za-z0-9])/g;
const ISSUE_REFERENCE = /#(?=\d)/g;

/**
 * Makes untrusted text (test names, paths, failure messages: they come from pull requests) inert in
 * markdown and HTML: one line, at most `maxChars` characters before escaping, no markup, no mentions.
 */
export function escapeMarkdown(text: string, maxChars: number = MAX_MARKDOWN_TEXT): string {
  const oneLine = text.replace(CONTROL, ' ');
  return capText(oneLine, maxChars)
    .replace(MENTION, '@' + ZERO_WIDTH_JOINER)
    .replace(ISSUE_REFERENCE, '#' + ZERO_WIDTH_JOINER)
    .replace(SPECIAL, (c) => ENTITIES[c]);
}
