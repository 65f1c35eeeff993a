import { decodeEntities } from './xml-entities.js';

export type XmlAttributes = Record<string, string>;

/**
 * Names JUnit dialects use. String literals are internalized by V8, so storing attributes under them and
 * reading `attributes.name` later both take the fast property paths (a name sliced from the input would
 * be internalized again on every keyed store).
 */
const KNOWN_NAMES = [
  'testsuites',
  'testsuite',
  'testcase',
  'properties',
  'property',
  'failure',
  'error',
  'skipped',
  'system-out',
  'system-err',
  'flakyFailure',
  'flakyError',
  'rerunFailure',
  'rerunError',
  'stackTrace',
  'name',
  'value',
  'classname',
  'class',
  'time',
  'file',
  'filepath',
  'line',
  'tests',
  'failures',
  'errors',
  'disabled',
  'assertions',
  'timestamp',
  'hostname',
  'id',
  'package',
  'message',
  'type',
];

/** Open-addressing table: a power of two, at most a third full, so a probe rarely looks past one slot. */
const TABLE_SIZE = 256;
const MASK = TABLE_SIZE - 1;
/** Names learned from the input; a report with more distinct names than this just does not get them reused. */
const MAX_LEARNED = 48;

const GT = 62;
const SLASH = 47;
const LT = 60;
const EQUALS = 61;
const DOUBLE_QUOTE = 34;
const SINGLE_QUOTE = 39;

export function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 9 || code === 13;
}

/** Whether `buf` holds `known` at `start` (the caller checked the length); `startsWith` measured slower. */
function sameText(buf: string, start: number, known: string): boolean {
  for (let k = known.length - 1; k >= 0; k--) {
    if (buf.charCodeAt(start + k) !== known.charCodeAt(k)) return false;
  }
  return true;
}

function hashName(name: string): number {
  let hash = 0;
  for (let i = 0; i < name.length; i++) hash = (Math.imul(hash, 31) + name.charCodeAt(i)) | 0;
  return hash;
}

/**
 * Reads element names and attributes of start tags. The same few names repeat millions of times, and so do
 * many values (a file's tests share `classname` and `file`), so both are recognised in place in the buffer
 * and reused rather than sliced, decoded and allocated again.
 */
export class XmlTagReader {
  private readonly names: (string | undefined)[] = new Array<string | undefined>(TABLE_SIZE).fill(undefined);
  /** Whether the name in a slot has passed the element-name check (attribute names are not checked). */
  private readonly validElement: boolean[] = new Array<boolean>(TABLE_SIZE).fill(false);
  private learned = 0;
  /** Set by `readName`: where the name ended and which slot holds it (-1 when it was not kept). */
  private nameEnd = 0;
  private nameSlot = -1;

  /** After a complete `readAttributes`: the attributes, the index after the tag and whether it was `/>`. */
  attributes: XmlAttributes = {};
  tagEnd = 0;
  selfClosing = false;

  constructor(private readonly failAt: (index: number, message: string) => never) {
    for (const name of KNOWN_NAMES) {
      const slot = this.freeSlot(hashName(name) ^ name.length);
      this.names[slot] = name;
      this.validElement[slot] = !/[<>"'=&]/.test(name);
    }
  }

  /** The element name at `start` (just after `<`), or undefined when the buffer ends inside it. */
  elementName(buf: string, start: number): string | undefined {
    const name = this.readName(buf, start, false);
    if (name === undefined) return undefined;
    const slot = this.nameSlot;
    if (slot === -1 || !this.validElement[slot]) {
      if (name === '' || /[<>"'=&]/.test(name)) {
        this.failAt(start - 1, `malformed tag name ${JSON.stringify(name.slice(0, 40))}`);
      }
      if (slot !== -1) this.validElement[slot] = true;
    }
    return name;
  }

  /** Index just after the name read by the last `elementName`. */
  get elementNameEnd(): number {
    return this.nameEnd;
  }

  /** Reads attributes from `i` through `>` or `/>`; false when the buffer ends first (nothing is kept). */
  readAttributes(buf: string, i: number, element: string): boolean {
    const len = buf.length;
    const attributes: XmlAttributes = {};
    for (;;) {
      let c = buf.charCodeAt(i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= len) return false;
      if (c === GT) return this.complete(attributes, i + 1, false);
      if (c === SLASH) {
        if (i + 1 >= len) return false;
        if (buf.charCodeAt(i + 1) !== GT) this.failAt(i, `expected '/>' in <${element}>`);
        return this.complete(attributes, i + 2, true);
      }
      const name = this.readName(buf, i, true);
      if (name === undefined) return false;
      i = this.nameEnd;
      c = buf.charCodeAt(i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= len) return false;
      if (c !== EQUALS || name === '') {
        this.failAt(i, `malformed attribute ${JSON.stringify(name.slice(0, 40))} in <${element}>`);
      }
      c = buf.charCodeAt(++i);
      while (isSpace(c)) c = buf.charCodeAt(++i);
      if (i >= len) return false;
      if (c !== DOUBLE_QUOTE && c !== SINGLE_QUOTE) {
        this.failAt(i, `attribute ${name} in <${element}> is not quoted`);
      }
      const close = buf.indexOf(c === DOUBLE_QUOTE ? '"' : "'", i + 1);
      if (close === -1) return false;
      // `__proto__` would replace the object's prototype; no report needs it.
      if (name !== '__proto__') attributes[name] = decodeEntities(buf.slice(i + 1, close));
      i = close + 1;
    }
  }

  private complete(attributes: XmlAttributes, tagEnd: number, selfClosing: boolean): true {
    this.attributes = attributes;
    this.tagEnd = tagEnd;
    this.selfClosing = selfClosing;
    return true;
  }

  /**
   * The name starting at `start`, hashed while it is scanned and looked up in the table, or undefined when
   * the buffer ends inside it. Element names end at space, `>` or `/`; attribute names also at `=` and `<`.
   */
  private readName(buf: string, start: number, attribute: boolean): string | undefined {
    const len = buf.length;
    let hash = 0;
    let i = start;
    for (; i < len; i++) {
      const c = buf.charCodeAt(i);
      if (c <= 32 ? isSpace(c) : c === GT || c === SLASH || (attribute && (c === EQUALS || c === LT))) break;
      hash = (Math.imul(hash, 31) + c) | 0;
    }
    if (i >= len) return undefined;
    this.nameEnd = i;
    const length = i - start;
    let slot = (hash ^ length) & MASK;
    for (let known = this.names[slot]; known !== undefined; known = this.names[slot]) {
      if (known.length === length && sameText(buf, start, known)) {
        this.nameSlot = slot;
        return known;
      }
      slot = (slot + 1) & MASK;
    }
    const name = buf.slice(start, i);
    if (this.learned < MAX_LEARNED && length > 0) {
      this.learned++;
      // A kept name must not be a view into (and so keep alive) the whole read chunk.
      this.names[slot] = name.length < 13 ? name : (' ' + name).slice(1);
      this.nameSlot = slot;
    } else {
      this.nameSlot = -1;
    }
    return name;
  }

  private freeSlot(hash: number): number {
    let slot = hash & MASK;
    while (this.names[slot] !== undefined) slot = (slot + 1) & MASK;
    return slot;
  }
}
