/**
 * Test names for millions of tests without a string object each: names are appended to large joined
 * strings (64 Ki names per chunk) and found again by offset, and an open-addressing hash table of row
 * numbers answers "which row is (group, name)?" without a Map entry per test. A name costs its characters
 * plus about 20 bytes, instead of a string (~40 bytes and up) plus a Map entry (~30 bytes).
 */
const NAMES_PER_CHUNK = 65_536;

export class NameStore {
  private readonly chunks: string[] = [];
  /** Names of the chunk being filled, kept as they came until it is full. */
  private pending: string[] = [];
  private starts = new Uint32Array(1024);
  private lengths = new Uint32Array(1024);
  private groups = new Uint32Array(1024);
  private table = new Int32Array(2048).fill(-1);
  private count = 0;

  get size(): number {
    return this.count;
  }

  group(row: number): number {
    return this.groups[row];
  }

  name(row: number): string {
    const chunk = Math.floor(row / NAMES_PER_CHUNK);
    if (chunk === this.chunks.length) return this.pending[row % NAMES_PER_CHUNK];
    return this.chunks[chunk].slice(this.starts[row], this.starts[row] + this.lengths[row]);
  }

  /** Orders two rows' names as `<` orders strings (UTF-16 code units), without making either string:
   * sorting millions of rows must not leave millions of substrings behind. */
  compare(a: number, b: number): number {
    const [textA, startA] = this.where(a);
    const [textB, startB] = this.where(b);
    const lengthA = this.lengths[a];
    const lengthB = this.lengths[b];
    const common = Math.min(lengthA, lengthB);
    for (let i = 0; i < common; i++) {
      const difference = textA.charCodeAt(startA + i) - textB.charCodeAt(startB + i);
      if (difference !== 0) return difference;
    }
    return lengthA - lengthB;
  }

  private where(row: number): [string, number] {
    const chunk = Math.floor(row / NAMES_PER_CHUNK);
    if (chunk === this.chunks.length) return [this.pending[row % NAMES_PER_CHUNK], 0];
    return [this.chunks[chunk], this.starts[row]];
  }

  /** The row of (group, name), or -1. */
  find(group: number, name: string): number {
    const mask = this.table.length - 1;
    for (let slot = hash(group, name) & mask; ; slot = (slot + 1) & mask) {
      const row = this.table[slot];
      if (row === -1) return -1;
      if (this.groups[row] === group && this.lengths[row] === name.length && this.name(row) === name)
        return row;
    }
  }

  /** Adds a name that find() did not know; returns its row. */
  add(group: number, name: string): number {
    const row = this.count++;
    this.ensureCapacity(this.count);
    this.groups[row] = group;
    this.lengths[row] = name.length;
    const local = row % NAMES_PER_CHUNK;
    this.starts[row] = local === 0 ? 0 : this.starts[row - 1] + this.lengths[row - 1];
    this.pending.push(name);
    if (this.pending.length === NAMES_PER_CHUNK) {
      this.chunks.push(this.pending.join(''));
      this.pending = [];
    }
    this.insert(row, name);
    return row;
  }

  private insert(row: number, name: string): void {
    const mask = this.table.length - 1;
    let slot = hash(this.groups[row], name) & mask;
    while (this.table[slot] !== -1) slot = (slot + 1) & mask;
    this.table[slot] = row;
  }

  private ensureCapacity(needed: number): void {
    if (needed > this.starts.length) {
      const capacity = this.starts.length * 2;
      this.starts = grown(this.starts, capacity);
      this.lengths = grown(this.lengths, capacity);
      this.groups = grown(this.groups, capacity);
    }
    // Keep the table at most half full, so probes stay short.
    if (needed * 2 > this.table.length) {
      this.table = new Int32Array(this.table.length * 2).fill(-1);
      for (let row = 0; row < needed - 1; row++) this.insert(row, this.name(row));
    }
  }
}

/** FNV-1a over the group and the name's UTF-16 code units. */
function hash(group: number, name: string): number {
  let h = (0x811c9dc5 ^ group) >>> 0;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function grown(array: Uint32Array<ArrayBuffer>, capacity: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(capacity);
  next.set(array);
  return next;
}
