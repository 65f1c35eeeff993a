import type { Outcome, TestResult } from '../results/model.js';
import { NameStore } from './name-store.js';

/**
 * Every test seen across the runs of a stability check, stored in columns instead of one object per test:
 * a report of 2,000,000 passing tests would otherwise hold 2,000,000 TestResult objects per run (each with
 * an id that repeats its file and suite) and then as many verdict objects — gigabytes. Here a test costs
 * its name string, an entry in its identity group's map, and a few bytes per run.
 * The file and suite of a test are interned as one "head" (`file::suite::`), so the id is head + name.
 */

/** Cell codes in rank order: a worse outcome has a higher code (merging duplicates keeps the worst). */
export const ABSENT = 0;
const CODE: Record<Outcome, number> = { skipped: 1, passed: 2, failed: 3, error: 4 };
export const OUTCOME_OF_CODE: readonly (Outcome | undefined)[] = [
  undefined,
  'skipped',
  'passed',
  'failed',
  'error',
];

export function outcomeCode(outcome: Outcome): number {
  return CODE[outcome];
}

export interface Head {
  /** `file::suite::` (or '' when the id is the name alone): the id is head + name. */
  text: string;
  file?: string;
  suite?: string;
}

/** One run's column: the merged main result of each test (duplicates merged, worst outcome wins). */
export interface RunColumn {
  codes: Uint8Array;
  /** Seconds, as float32: exact to the microsecond below 16 s, 4 bytes a test a run instead of 8. */
  durations: Float32Array;
  /** Framework retries (surefire flakyFailure): rare, so sparse. */
  retries: Map<number, number>;
}

export class TestTable {
  readonly heads: Head[] = [];
  private readonly names = new NameStore();
  /** 1-based line, 0 when unknown. */
  lineOf = new Uint32Array(1024);
  /** Where lineOf came from, as classifyRuns picks a test's identity: the run (0-based) of its first main
   * result, -1 nowhere yet, -2 a rerun (used only while no main result is seen). */
  identityRun = new Int32Array(1024).fill(-1);
  readonly runs: RunColumn[] = [];
  private readonly headIndex = new Map<string, number>();

  get size(): number {
    return this.names.size;
  }

  name(row: number): string {
    return this.names.name(row);
  }

  headOf(row: number): Head {
    return this.heads[this.names.group(row)];
  }

  /** The row of a result's test, added on first sight. */
  rowOf(result: TestResult): number {
    const name = result.name;
    // testId() joins file, suite and name with '::', so the id always ends with the name.
    const headText = result.id.endsWith(name)
      ? result.id.slice(0, result.id.length - name.length)
      : `${result.id}\0`;
    const headKey = `${result.file ?? '\0'}\u0001${result.suite ?? '\0'}\u0001${headText}`;
    let head = this.headIndex.get(headKey);
    if (head === undefined) {
      head = this.heads.length;
      this.heads.push({ text: headText, file: result.file, suite: result.suite });
      this.headIndex.set(headKey, head);
    }
    let row = this.names.find(head, name);
    if (row === -1) {
      row = this.names.add(head, name);
      this.ensureCapacity(row + 1);
    }
    return row;
  }

  id(row: number): string {
    const head = this.headOf(row).text;
    return head.endsWith('\0') ? head.slice(0, -1) : head + this.names.name(row);
  }

  addRun(): RunColumn {
    const capacity = this.lineOf.length;
    const column = {
      codes: new Uint8Array(capacity),
      durations: new Float32Array(capacity),
      retries: new Map(),
    };
    this.runs.push(column);
    return column;
  }

  /** Row numbers sorted by id, the order of classifyRuns; heads are compared once, names within a head. */
  sortedRows(): Uint32Array {
    const headRank = new Uint32Array(this.heads.length);
    const order = this.heads.map((_, i) => i).sort((a, b) => compare(this.heads[a].text, this.heads[b].text));
    order.forEach((head, rank) => (headRank[head] = rank));
    const rows = new Uint32Array(this.size).map((_, i) => i);
    return rows.sort((a, b) => {
      const ha = this.names.group(a);
      const hb = this.names.group(b);
      if (ha === hb) return this.names.compare(a, b);
      const ta = this.heads[ha].text;
      const tb = this.heads[hb].text;
      // When neither head is a prefix of the other, the heads alone decide the order of the ids.
      if (!ta.startsWith(tb) && !tb.startsWith(ta)) return headRank[ha] - headRank[hb];
      return compare(this.id(a), this.id(b));
    });
  }

  private ensureCapacity(needed: number): void {
    if (needed <= this.lineOf.length) return;
    const capacity = Math.max(needed, this.lineOf.length * 2);
    this.lineOf = grown(this.lineOf, capacity);
    const identityRun = grown(this.identityRun, capacity);
    identityRun.fill(-1, this.identityRun.length);
    this.identityRun = identityRun;
    for (const run of this.runs) {
      run.codes = grown(run.codes, capacity);
      run.durations = grown(run.durations, capacity);
    }
  }
}

function grown<T extends Uint8Array | Uint32Array | Int32Array | Float32Array>(
  array: T,
  capacity: number,
): T {
  const next = new (array.constructor as new (n: number) => T)(capacity);
  next.set(array);
  return next;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
