import { UserError } from '../inputs/user-error.js';
import { BoundedText, firstLine, ownCopy, parseSeconds } from './bounded-text.js';
import type { Limits } from './parse-options.js';
import { testId, type Outcome, type TestResult } from './model.js';
import { decimalNumber } from './number-text.js';
import { identify, type Identity } from './test-identity.js';
import type { XmlAttributes, XmlHandler } from './xml-tokenizer.js';

/** What a child element of <testcase> means. Surefire's reruns are counted, never the final outcome. */
const RESULT_KIND: Record<string, 'error' | 'failure' | 'skipped' | 'retry' | 'output' | undefined> = {
  error: 'error',
  failure: 'failure',
  skipped: 'skipped',
  flakyFailure: 'retry',
  flakyError: 'retry',
  rerunFailure: 'retry',
  rerunError: 'retry',
  'system-out': 'output',
  'system-err': 'output',
};

interface CachedIdentity extends Identity {
  /** `file::suite::`, so each id is one concatenation with the name (empty when the id is the name alone). */
  idHead: string;
  classname: string | undefined;
  testcaseFile: string | undefined;
}

interface Suite {
  name?: string;
  file?: string;
  /** The suite's `time` attribute; 0 when absent or not a number. */
  seconds: number;
  /** The one key (file, else suite) of every testcase inside it so far; null once two differ. */
  timedKey?: string | null;
  /** Times of single-file suites nested inside, reported unless this suite turns out single-file too. */
  nested: [string, number][];
}

/** One <testcase> while it is open. Every text buffer is bounded, so a huge system-out costs nothing. */
class OpenTestcase {
  errors = 0;
  failures = 0;
  skips = 0;
  retries = 0;
  /** Message of the element that decides the outcome, and of the first retry (for flaky passes). */
  messages: Partial<Record<'error' | 'failure' | 'skipped' | 'retry', string>> = {};
  /** Created on first use: most testcases pass silently and need none of them. */
  body?: BoundedText;
  retryBody?: BoundedText;
  output?: BoundedText;
  /** The child element being read and its own text (for a message when there is no `message` attribute). */
  child?: { kind: string; name: string; depth: number; text?: BoundedText };

  constructor(
    readonly attributes: XmlAttributes,
    readonly depth: number,
    readonly line: number,
    private readonly limit: number,
  ) {}

  /** The buffer that text of a child of this kind accumulates in. */
  target(kind: string): BoundedText {
    if (kind === 'output') return (this.output ??= new BoundedText(this.limit));
    if (kind === 'retry') return (this.retryBody ??= new BoundedText(this.limit));
    return (this.body ??= new BoundedText(this.limit));
  }

  get outcome(): Outcome {
    if (this.errors > 0) return 'error';
    if (this.failures > 0) return 'failed';
    return this.skips > 0 ? 'skipped' : 'passed';
  }
}

/**
 * Turns the tokenizer's events for any JUnit dialect into TestResults: `<testsuites>` or a bare `<testsuite>`
 * root, nested suites, `file`/`classname`/`line` attributes, surefire flaky and rerun elements.
 * Outcome per testcase: any <error> → error, else any <failure> → failed, else any <skipped> → skipped.
 */
export class JUnitCollector implements XmlHandler {
  private depth = 0;
  private readonly suites: Suite[] = [];
  private testcase?: OpenTestcase;
  private unnamed = 0;
  /** Forgotten whenever the enclosing suite changes, since the suite feeds into the identity. */
  private lastIdentity?: CachedIdentity;

  constructor(
    private readonly source: string,
    private readonly limits: Limits,
    private readonly emit: (test: TestResult) => void,
    private readonly currentLine: () => number,
    readonly warnings: string[],
    /** The time of the outermost testsuites whose testcases all share one file (or class): the file's own
     * time, setup included, which the sum of its tests misses. */
    private readonly onFileTime: (file: string, seconds: number) => void = () => {},
  ) {}

  get wantsText(): boolean {
    const text = this.testcase?.child?.text;
    return text !== undefined && !text.isFull;
  }

  open(name: string, attributes: XmlAttributes): void {
    this.depth++;
    if (this.depth === 1 && name !== 'testsuites' && name !== 'testsuite') {
      throw new UserError(
        `${this.source}:${this.currentLine()}: not a JUnit XML report: the root element is <${name}>, ` +
          'expected <testsuites> or <testsuite>.',
      );
    }
    const testcase = this.testcase;
    if (testcase !== undefined) {
      this.openInsideTestcase(testcase, name, attributes);
    } else if (name === 'testsuite') {
      this.suites.push({
        name: attributes.name,
        file: attributes.file ?? attributes.filepath,
        seconds: parseSeconds(attributes.time),
        nested: [],
      });
      this.lastIdentity = undefined;
    } else if (name === 'testcase') {
      // The line is only needed to point at a nameless testcase; counting lines per testcase is not free.
      const line = attributes.name?.trim() ? 0 : this.currentLine();
      this.testcase = new OpenTestcase(attributes, this.depth, line, this.limits.maxDetailChars);
    }
  }

  close(name: string): void {
    const testcase = this.testcase;
    if (testcase !== undefined) {
      if (this.depth === testcase.depth) {
        this.testcase = undefined;
        this.emit(this.finish(testcase));
      } else if (testcase.child?.depth === this.depth) {
        this.closeChild(testcase);
      }
    } else if (name === 'testsuite') {
      this.closeSuite(this.suites.pop()!);
      this.lastIdentity = undefined;
    }
    this.depth--;
  }

  text(text: string): void {
    this.testcase?.child?.text?.append(text);
  }

  /** Hands a closed suite's file time to its parent; the outermost single-file suites are reported. */
  private closeSuite(suite: Suite): void {
    const own: [string, number][] =
      typeof suite.timedKey === 'string' && suite.seconds > 0 && Number.isFinite(suite.seconds)
        ? [[suite.timedKey, suite.seconds]]
        : [];
    const times = own.length > 0 ? own : suite.nested;
    const parent = this.suites.at(-1);
    if (parent === undefined) {
      for (const [key, seconds] of times) this.onFileTime(key, seconds);
      return;
    }
    if (suite.timedKey !== undefined) parent.timedKey = mergeKey(parent.timedKey, suite.timedKey);
    parent.nested.push(...times);
  }

  private openInsideTestcase(testcase: OpenTestcase, name: string, attributes: XmlAttributes): void {
    if (testcase.child !== undefined || this.depth !== testcase.depth + 1) return;
    const kind = RESULT_KIND[name];
    if (kind === undefined) return;
    if (kind === 'error') testcase.errors++;
    else if (kind === 'failure') testcase.failures++;
    else if (kind === 'skipped') testcase.skips++;
    else if (kind === 'retry') testcase.retries++;
    if (kind !== 'output' && testcase.messages[kind] === undefined && attributes.message !== undefined) {
      testcase.messages[kind] = attributes.message;
    }
    // Stop reading text once the destination is full: later text would only be counted and dropped.
    const wanted = !testcase.target(kind).isFull;
    testcase.child = {
      kind,
      name,
      depth: this.depth,
      text: wanted ? new BoundedText(this.limits.maxDetailChars) : undefined,
    };
  }

  private closeChild(testcase: OpenTestcase): void {
    const child = testcase.child!;
    testcase.child = undefined;
    if (child.text === undefined) return;
    const text = child.text.toString().trim();
    if (text === '') return;
    const kind = child.kind as 'error' | 'failure' | 'skipped' | 'retry' | 'output';
    if (kind !== 'output' && testcase.messages[kind] === undefined) testcase.messages[kind] = firstLine(text);
    const target = testcase.target(kind);
    if (target.length > 0) target.append('\n\n');
    target.append(kind === 'output' ? `--- ${child.name} ---\n${text}` : text);
  }

  private finish(testcase: OpenTestcase): TestResult {
    const attrs = testcase.attributes;
    const identity = this.identity(attrs.classname, attrs.file);
    let name = ownCopy(attrs.name?.trim() ?? '');
    if (name === '') {
      name = `(unnamed testcase ${++this.unnamed})`;
      this.warn(`${this.source}:${testcase.line}: a <testcase> has no name; reported as "${name}".`);
    }
    const outcome = testcase.outcome;
    const result: TestResult = {
      id: identity.idHead === '' ? name : identity.idHead + name,
      name,
      outcome,
      duration: parseSeconds(attrs.time),
    };
    if (identity.file !== undefined) result.file = identity.file;
    if (identity.suite !== undefined) result.suite = identity.suite;
    const suite = this.suites.at(-1);
    if (suite !== undefined)
      suite.timedKey = mergeKey(suite.timedKey, identity.file ?? identity.suite ?? null);
    const line = attrs.line === undefined ? NaN : decimalNumber(attrs.line);
    if (Number.isInteger(line) && line > 0) result.line = line;
    if (testcase.retries > 0) result.retriedFailures = testcase.retries;
    this.describe(result, testcase);
    return result;
  }

  /** Message and details: only for tests that did not simply pass, so passing output is never kept. */
  private describe(result: TestResult, testcase: OpenTestcase): void {
    const key =
      result.outcome === 'error'
        ? 'error'
        : result.outcome === 'failed'
          ? 'failure'
          : result.outcome === 'skipped'
            ? 'skipped'
            : 'retry';
    if (key === 'retry' && testcase.retries === 0) return;
    const rawMessage = testcase.messages[key];
    const message = firstLine(rawMessage);
    if (message !== undefined) result.message = ownCopy(message);
    const body = key === 'retry' ? testcase.retryBody : testcase.body;
    const parts: string[] = [];
    if (body !== undefined && body.length > 0) parts.push(body.toString());
    else if (rawMessage !== undefined && rawMessage.trim() !== message) parts.push(rawMessage.trim());
    if (testcase.output !== undefined && key !== 'skipped') parts.push(testcase.output.toString());
    if (parts.length > 0) {
      const details = parts.join('\n\n');
      const limit = this.limits.maxDetailChars;
      result.details = ownCopy(
        details.length > limit ? `${details.slice(0, limit)}\n... [truncated]` : details,
      );
    }
  }

  /**
   * File and suite for a testcase, remembered for the previous testcase: neighbours usually share classname
   * and file, and the path rules (regexes, normalisation) were a measurable share of parse time.
   */
  private identity(classname: string | undefined, file: string | undefined): CachedIdentity {
    const last = this.lastIdentity;
    if (last !== undefined && last.classname === classname && last.testcaseFile === file) return last;
    const suite = this.suites[this.suites.length - 1];
    const fileSuite = this.suites.findLast((s) => s.file !== undefined);
    const found = identify(classname, file, suite?.name, fileSuite?.file, this.limits.rootDir);
    const identity = { file: ownCopy(found.file), suite: ownCopy(found.suite) };
    // testId without a name is "file::suite"; appending "::name" gives exactly testId(file, suite, name).
    const idPrefix = testId({ ...identity, name: '' });
    const idHead = idPrefix === '' ? '' : ownCopy(`${idPrefix}::`);
    this.lastIdentity = { ...identity, idHead, classname, testcaseFile: file };
    return this.lastIdentity;
  }

  private warn(message: string): void {
    // A report with thousands of nameless tests should not produce thousands of log lines.
    if (this.warnings.length < 20) this.warnings.push(message);
    else if (this.warnings.length === 20) this.warnings.push(`${this.source}: further warnings suppressed.`);
  }
}

function mergeKey(a: string | null | undefined, b: string | null): string | null {
  return a === undefined || a === b ? b : null;
}
