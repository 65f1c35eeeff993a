/**
 * Command templates → argv. A template is a command line with placeholders:
 *   {files}   one argument per test file (must be a word of its own)
 *   {workers} the worker count   {results} the report path   {run} the run number (1-based)
 *
 * File names never pass through a shell string. Plain templates are split into words here (POSIX-like
 * quoting) and spawned directly. Templates that need a shell (`&&`, `|`, `$VAR`, `cd`, globs, …) run as
 *   bash --noprofile --norc -eo pipefail -c '<template>' shardproof <file1> <file2> …
 * with {files} replaced by "$@" and the other placeholders by quoted literals — the file list travels as
 * positional parameters, so `$(touch pwned).py` stays a name. The bash flags match GitHub's own `run:`
 * steps, so a `pytest | tee` pipeline fails when pytest fails.
 */
import { UserError } from '../errors/user-error.js';

export interface TemplateValues {
  files: string[];
  workers: number;
  results: string;
  run: number;
  /** Extra arguments placed right before the files, e.g. a rerun filter (`-t '^name$'`). */
  filterArgs?: string[];
}

export interface Invocation {
  argv: string[];
  mode: 'argv' | 'bash';
  /** Why the template needed bash, for the log line that explains the mode. */
  shellReason?: string;
  /** False when the template has no {files}: the command then selects its own tests. */
  usesFiles: boolean;
}

type PlaceholderName = 'files' | 'workers' | 'results' | 'run';
type ScalarName = Exclude<PlaceholderName, 'files'>;
const PLACEHOLDERS: PlaceholderName[] = ['files', 'workers', 'results', 'run'];
type QuoteContext = 'none' | 'single' | 'double';

type Part = { kind: 'text'; text: string } | { kind: 'placeholder'; name: PlaceholderName; quoted: boolean };
interface PlaceholderSpan {
  start: number;
  end: number;
  name: PlaceholderName;
  context: QuoteContext;
}
interface ScannedTemplate {
  words: Part[][];
  spans: PlaceholderSpan[];
  shellReason?: string;
}

const SHELL_OPERATORS = '|&;<>()$`';
const WORD_BREAKING_OPERATORS = '|&;<>()';
const GLOB_CHARS = '*?[';
// Words that only mean something to a shell when they start the command.
const SHELL_FIRST_WORDS = new Set([
  'cd', 'export', 'source', '.', 'set', 'unset', 'ulimit', 'umask', 'exec', 'eval', 'if', 'for', 'while',
  'until', 'case', '!', '{', 'time', 'trap', 'alias', 'pushd', 'popd', 'shopt',
]); // prettier-ignore
const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

export function buildInvocation(template: string, values: TemplateValues): Invocation {
  const scanned = scanTemplate(template);
  if (scanned.words.length === 0) {
    throw new UserError(`Input 'command': the command is empty; give the command that runs your tests.`);
  }
  checkFilesPlacement(scanned.words);
  const fileArgs = [...(values.filterArgs ?? []), ...values.files.map(dashSafe)];
  const usesFiles = scanned.spans.some((s) => s.name === 'files');
  if (scanned.shellReason === undefined) {
    return { argv: expandWords(scanned.words, values, fileArgs), mode: 'argv', usesFiles };
  }
  const script = renderScript(template, scanned.spans, values);
  return {
    argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script, 'shardproof', ...fileArgs],
    mode: 'bash',
    shellReason: scanned.shellReason,
    usesFiles,
  };
}

/** `-n.py` would be read as an option by every test runner; `./-n.py` is the same file. */
function dashSafe(file: string): string {
  return file.startsWith('-') ? `./${file}` : file;
}

/** Quotes a value for a POSIX shell: the result is always exactly one word. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** A command line for people to read and paste: words quoted only where a shell would need it. */
export function displayCommand(argv: readonly string[]): string {
  return argv.map((arg) => (/^[\w@%+=:,./-]+$/.test(arg) ? arg : shellQuote(arg))).join(' ');
}

function scanTemplate(template: string): ScannedTemplate {
  const words: Part[][] = [];
  const spans: PlaceholderSpan[] = [];
  let current: Part[] | null = null;
  let quote: QuoteContext = 'none';
  let shellReason: string | undefined;
  const needShell = (why: string) => (shellReason ??= why);
  const pushText = (text: string) => {
    current ??= [];
    const last = current.at(-1);
    if (last?.kind === 'text') last.text += text;
    else current.push({ kind: 'text', text });
  };
  const endWord = () => {
    if (current) words.push(current);
    current = null;
  };

  for (let i = 0; i < template.length;) {
    const name = PLACEHOLDERS.find((p) => template.startsWith(`{${p}}`, i));
    if (name) {
      current ??= [];
      current.push({ kind: 'placeholder', name, quoted: quote !== 'none' });
      spans.push({ start: i, end: i + name.length + 2, name, context: quote });
      i += name.length + 2;
      continue;
    }
    const c = template[i];
    const next = template[i + 1];
    if (quote === 'single') {
      if (c === "'") quote = 'none';
      else pushText(c);
      i++;
    } else if (quote === 'double') {
      if (c === '"') quote = 'none';
      else if (c === '\\' && next !== undefined && '$`"\\\n'.includes(next)) {
        if (next !== '\n') pushText(next);
        i++;
      } else {
        if (c === '$' || c === '`') needShell(`'${c}' inside double quotes`);
        pushText(c);
      }
      i++;
    } else if (c === ' ' || c === '\t') {
      endWord();
      i++;
    } else if (c === '\n') {
      needShell('a multi-line command');
      endWord();
      i++;
    } else if (c === "'" || c === '"') {
      quote = c === "'" ? 'single' : 'double';
      current ??= []; // '' is a word of its own
      i++;
    } else if (c === '\\') {
      if (next === undefined) pushText(c);
      else if (next !== '\n') pushText(next);
      i += 2;
    } else {
      if (SHELL_OPERATORS.includes(c)) {
        needShell(`'${c}'`);
        if (WORD_BREAKING_OPERATORS.includes(c)) {
          // `(pytest {files})` and `{files}>out` keep {files} a word of its own, as in a shell
          endWord();
          pushText(c);
          endWord();
          i++;
          continue;
        }
      } else if (GLOB_CHARS.includes(c)) needShell(`the glob character '${c}'`);
      else if (c === '{' || c === '}') needShell(`brace expansion '${c}'`);
      else if ((c === '~' || c === '#') && current === null) needShell(`'${c}' at the start of a word`);
      pushText(c);
      i++;
    }
  }
  if (quote !== 'none') {
    throw new UserError(`Input 'command': a ${quote} quote is never closed in ${JSON.stringify(template)}.`);
  }
  endWord();
  const first = words[0]?.map((p) => (p.kind === 'text' ? p.text : '')).join('');
  if (first !== undefined && SHELL_FIRST_WORDS.has(first)) needShell(`'${first}' is a shell command`);
  else if (first !== undefined && ASSIGNMENT.test(first)) needShell('a variable assignment');
  return { words, spans, shellReason };
}

function checkFilesPlacement(words: Part[][]): void {
  for (const word of words) {
    const hasFiles = word.some((p) => p.kind === 'placeholder' && p.name === 'files');
    const alone = word.length === 1 && word[0].kind === 'placeholder' && !word[0].quoted;
    if (hasFiles && !alone) {
      throw new UserError(
        `Input 'command': {files} must be a word of its own and unquoted (e.g. "pytest {files}"), ` +
          `so that each file becomes one argument.`,
      );
    }
  }
}

function expandWords(words: Part[][], values: TemplateValues, fileArgs: string[]): string[] {
  const argv: string[] = [];
  for (const word of words) {
    if (word.length === 1 && word[0].kind === 'placeholder' && word[0].name === 'files') {
      argv.push(...fileArgs);
    } else {
      // checkFilesPlacement guarantees no {files} inside a longer word
      argv.push(
        word.map((p) => (p.kind === 'text' ? p.text : String(values[p.name as ScalarName]))).join(''),
      );
    }
  }
  return argv;
}

function renderScript(template: string, spans: PlaceholderSpan[], values: TemplateValues): string {
  let script = '';
  let last = 0;
  for (const span of spans) {
    script += template.slice(last, span.start) + quoteInContext(span, values);
    last = span.end;
  }
  return script + template.slice(last);
}

function quoteInContext(span: PlaceholderSpan, values: TemplateValues): string {
  if (span.name === 'files') return '"$@"'; // checkFilesPlacement guarantees an unquoted word
  const value = String(values[span.name as ScalarName]);
  if (span.context === 'single') return value.replaceAll("'", `'\\''`);
  if (span.context === 'double') return value.replace(/[\\$`"]/g, '\\$&');
  return shellQuote(value);
}
