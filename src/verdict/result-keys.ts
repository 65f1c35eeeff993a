/**
 * Completeness facts gathered while a proof's results stream past, so the report never holds them all:
 * which files a proof's results name, whether it has any result, and the ids a plan's test selectors ask
 * about (ResultKeys); and which tests two shards both reported, kept per row of the verdict's table
 * (PartitionFaultFinder) instead of a set of ids.
 */
import type { TestResult } from '../results/model.js';
import type { PartitionFault } from './completeness.js';

export class ResultKeys {
  /** Files (or go packages) the results name. */
  readonly files = new Set<string>();
  /** Ids of results that end in one of the selectors (split files' `tests`): all completeness looks up. */
  readonly ids = new Set<string>();
  any = false;

  constructor(private readonly selectors: ReadonlySet<string> = new Set()) {}

  add(result: TestResult): void {
    this.any = true;
    const file = result.file ?? result.suite;
    if (file !== undefined) this.files.add(file);
    if (this.selectors.size === 0) return;
    const { id } = result;
    for (let at = id.indexOf('::'); at !== -1; at = id.indexOf('::', at + 2)) {
      if (this.selectors.has(id.slice(at + 2))) {
        this.ids.add(id);
        return;
      }
    }
  }
}

/** Tests seen in more than one shard: partitionFaults over table rows (the first shard of each row). */
export class PartitionFaultFinder {
  private first = new Int32Array(1024);
  private readonly labels: string[] = [];
  private readonly labelIndex = new Map<string, number>();
  private readonly faults = new Map<number, { id: string; shards: Set<string> }>();

  constructor(private readonly limit = 1000) {}

  /** A result of the test in `row`, reported by the shard `label`. */
  see(row: number, label: string, id: string): void {
    let index = this.labelIndex.get(label);
    if (index === undefined) {
      index = this.labels.push(label);
      this.labelIndex.set(label, index);
    }
    if (row >= this.first.length) {
      const grown = new Int32Array(Math.max(row + 1, this.first.length * 2));
      grown.set(this.first);
      this.first = grown;
    }
    const first = this.first[row];
    if (first === 0) this.first[row] = index;
    else if (first !== index && (this.faults.size < this.limit || this.faults.has(row))) {
      const fault = this.faults.get(row) ?? { id, shards: new Set([this.labels[first - 1]]) };
      fault.shards.add(label);
      this.faults.set(row, fault);
    }
  }

  faultList(): PartitionFault[] {
    return [...this.faults.values()]
      .map(({ id, shards }) => ({ id, shards: [...shards] }))
      .sort((a, b) => (a.id < b.id ? -1 : 1));
  }
}
