import { UserError } from '../inputs/user-error.js';
import { isSpace, XmlTagReader, type XmlAttributes } from './xml-attributes.js';
import { decodeEntities, safeTextEnd } from './xml-entities.js';

export type { XmlAttributes } from './xml-attributes.js';

/** Receives the document as it streams past. Text may arrive in several pieces for one element. */
export interface XmlHandler {
  /** When false, character data is skipped undecoded: most of a JUnit file is whitespace between tags. */
  readonly wantsText: boolean;
  open(name: string, attributes: XmlAttributes): void;
  close(name: string): void;
  text(text: string): void;
}

export interface XmlTokenizerOptions {
  /** Named in every error, e.g. `report.xml:17: …`. */
  source: string;
  maxDepth: number;
}

/** A start tag this long is not a test report; stop buffering instead of waiting for a `>` forever. */
const MAX_TAG_CHARS = 16 * 1024 * 1024;

const enum Mode {
  Text,
  Cdata,
  Comment,
  Instruction,
}

const SLASH = 47;
const BANG = 33;
const QUESTION = 63;

/**
 * A streaming, non-validating XML scanner over string chunks, written for hostile input: it refuses DTDs
 * (so no entity is ever expanded — no XXE, no billion laughs), caps nesting depth and tag size, and keeps
 * only the unconsumed tail of the input in memory. Feed it with `write()` and finish with `end()`.
 */
export class XmlTokenizer {
  private buf = '';
  private pos = 0;
  private linesBefore = 0;
  private countedTo = 0;
  private countedLines = 0;
  private mode = Mode.Text;
  private readonly stack: string[] = [];
  private rootSeen = false;
  private readonly tags = new XmlTagReader((index, message) => this.failAt(index, message));

  constructor(
    private readonly handler: XmlHandler,
    private readonly options: XmlTokenizerOptions,
  ) {}

  write(chunk: string): void {
    this.discardConsumed();
    this.buf = this.buf.length === 0 ? chunk : this.buf + chunk;
    this.scan(false);
  }

  end(): void {
    this.scan(true);
    if (this.mode !== Mode.Text) this.fail(`unexpected end of file inside ${this.modeName()}`);
    if (this.pos < this.buf.length) {
      // Only an unterminated tag can be left over in text mode.
      this.fail(
        `unexpected end of file inside a tag: ${JSON.stringify(this.buf.slice(this.pos, this.pos + 40))}`,
      );
    }
    if (this.stack.length > 0)
      this.fail(`unexpected end of file inside <${this.stack[this.stack.length - 1]}>`);
    if (!this.rootSeen) this.fail('no XML element found (empty or not XML)');
  }

  /** 1-based line of the scanner's position. Counted forward from the last query, so asking per tag is cheap. */
  currentLine(): number {
    return this.linesBefore + this.newlinesBefore(this.pos) + 1;
  }

  /** Names of the open elements, outermost first. */
  get openElements(): readonly string[] {
    return this.stack;
  }

  fail(message: string): never {
    throw new UserError(`${this.options.source}:${this.currentLine()}: ${message}`);
  }

  private discardConsumed(): void {
    if (this.pos === 0) return;
    this.linesBefore += this.newlinesBefore(this.pos);
    this.buf = this.buf.slice(this.pos);
    this.pos = 0;
    this.countedTo = 0;
    this.countedLines = 0;
  }

  /** Newlines in `buf` before `index`, reusing the count up to the previous query. */
  private newlinesBefore(index: number): number {
    if (index < this.countedTo) {
      this.countedTo = 0;
      this.countedLines = 0;
    }
    const buf = this.buf;
    let lines = this.countedLines;
    for (let i = buf.indexOf('\n', this.countedTo); i !== -1 && i < index; i = buf.indexOf('\n', i + 1))
      lines++;
    this.countedTo = index;
    this.countedLines = lines;
    return lines;
  }

  private scan(final: boolean): void {
    const buf = this.buf;
    while (this.pos < buf.length) {
      const done =
        this.mode === Mode.Text ? this.scanText(buf, final) : this.scanUntilTerminator(buf, this.mode);
      if (!done) return;
    }
  }

  /** Returns false when more input is needed before anything else can be consumed. */
  private scanText(buf: string, final: boolean): boolean {
    const start = this.pos;
    const lt = buf.indexOf('<', start);
    if (lt === -1) {
      const end = final ? buf.length : safeTextEnd(buf, start);
      if (end > start) this.emitText(buf, start, end);
      this.pos = end;
      return false;
    }
    if (lt > start) {
      this.emitText(buf, start, lt);
      this.pos = lt;
    }
    if (lt + 1 >= buf.length) return false;
    const next = buf.charCodeAt(lt + 1);
    if (next === SLASH) return this.scanCloseTag(buf, lt);
    if (next === BANG) return this.scanDeclaration(buf, lt, final);
    if (next === QUESTION) {
      this.mode = Mode.Instruction;
      this.pos = lt + 2;
      return true;
    }
    return this.scanOpenTag(buf, lt);
  }

  private emitText(buf: string, start: number, end: number): void {
    if (this.stack.length === 0) {
      for (let i = start; i < end; i++) {
        if (!isSpace(buf.charCodeAt(i))) {
          this.pos = i;
          this.fail(
            this.rootSeen ? 'text after the root element' : 'text before the root element (not XML?)',
          );
        }
      }
      return;
    }
    if (this.handler.wantsText) this.handler.text(decodeEntities(buf.slice(start, end)));
  }

  private scanDeclaration(buf: string, lt: number, final: boolean): boolean {
    if (buf.startsWith('<!--', lt)) {
      this.mode = Mode.Comment;
      this.pos = lt + 4;
      return true;
    }
    if (buf.startsWith('<![CDATA[', lt)) {
      if (this.stack.length === 0) this.fail('CDATA outside the root element');
      this.mode = Mode.Cdata;
      this.pos = lt + 9;
      return true;
    }
    if (buf.length - lt < 9 && !final) return false;
    const word = /^<!([A-Za-z]*)/.exec(buf.slice(lt, lt + 12))?.[1] ?? '';
    if (word === 'DOCTYPE' || word === 'ENTITY') {
      this.fail(
        `refusing a <!${word}> declaration: test reports never need one, and expanding it would allow ` +
          'XXE or entity-expansion attacks. Remove the declaration from the report.',
      );
    }
    this.fail(`unexpected markup <!${word}`);
  }

  private scanUntilTerminator(buf: string, mode: Mode): boolean {
    const terminator = mode === Mode.Cdata ? ']]>' : mode === Mode.Comment ? '-->' : '?>';
    const start = this.pos;
    const found = buf.indexOf(terminator, start);
    // Keep the last few characters: the terminator may be split across chunks.
    const end = found === -1 ? Math.max(start, buf.length - (terminator.length - 1)) : found;
    if (mode === Mode.Cdata && end > start && this.handler.wantsText)
      this.handler.text(buf.slice(start, end));
    if (found === -1) {
      this.pos = end;
      return false;
    }
    this.pos = found + terminator.length;
    this.mode = Mode.Text;
    return true;
  }

  private scanCloseTag(buf: string, lt: number): boolean {
    const gt = buf.indexOf('>', lt + 2);
    if (gt === -1) return this.waitForTag(buf, lt);
    const open = this.stack[this.stack.length - 1];
    // Compare in place: slicing every closing tag name was pure garbage for the collector.
    const matches =
      open !== undefined &&
      buf.startsWith(open, lt + 2) &&
      (lt + 2 + open.length === gt || buf.slice(lt + 2 + open.length, gt).trim() === '');
    if (!matches) {
      const name = buf.slice(lt + 2, gt).trim();
      if (open === undefined) this.fail(`closing tag </${name}> without an open element`);
      this.fail(`expected </${open}> but found </${name}>`);
    }
    const name = open;
    this.stack.pop();
    this.pos = gt + 1;
    this.handler.close(name);
    return true;
  }

  private waitForTag(buf: string, lt: number): boolean {
    if (buf.length - lt > MAX_TAG_CHARS) this.fail(`a tag longer than ${MAX_TAG_CHARS} characters`);
    return false;
  }

  private scanOpenTag(buf: string, lt: number): boolean {
    const reader = this.tags;
    const name = reader.elementName(buf, lt + 1);
    if (name === undefined || !reader.readAttributes(buf, reader.elementNameEnd, name)) {
      return this.waitForTag(buf, lt);
    }
    return this.openElement(name, reader.attributes, reader.tagEnd, reader.selfClosing);
  }

  private failAt(index: number, message: string): never {
    this.pos = index;
    this.fail(message);
  }

  private openElement(name: string, attributes: XmlAttributes, next: number, selfClosing: boolean): boolean {
    if (this.stack.length === 0 && this.rootSeen) this.fail(`a second root element <${name}>`);
    if (this.stack.length >= this.options.maxDepth) {
      this.fail(`elements nested deeper than ${this.options.maxDepth} levels`);
    }
    this.rootSeen = true;
    this.stack.push(name);
    this.handler.open(name, attributes);
    this.pos = next;
    if (selfClosing) {
      this.stack.pop();
      this.handler.close(name);
    }
    return true;
  }

  private modeName(): string {
    if (this.mode === Mode.Cdata) return 'a CDATA section';
    return this.mode === Mode.Comment ? 'a comment' : 'a processing instruction';
  }
}
