import type { TestClass, TestVerdict } from './verdict.js';

export interface NotableOptions {
  /** Notable tests kept per kind (failed, flaky, absent from some runs) for summaries and annotations. */
  maxNotablePerKind?: number;
  /** The slowest tests kept as notable, for the summary's table. */
  slowest?: number;
}

const DEFAULT_NOTABLE_PER_KIND = 10_000;
const DEFAULT_SLOWEST = 100;
/** Classes every summary lists (and annotates); 'missing' is the third kind. */
const NAMED_KINDS: ReadonlySet<TestClass> = new Set(['failed', 'flaky', 'file-error']);

/** Failed, flaky, file-error and partly absent tests (up to a cap each) and the slowest ones: what summaries read. */
export class NotableTests {
  private readonly kinds = new Map<string, TestVerdict[]>();
  private readonly slowest: TestVerdict[] = [];

  constructor(private readonly options: NotableOptions) {}

  /** Whether consider() would keep a test with these numbers: lets the caller skip building the others. */
  wants(cls: TestClass, missingRuns: number, medianDurationSec: number): boolean {
    const kind = NAMED_KINDS.has(cls) ? cls : missingRuns > 0 ? 'missing' : undefined;
    if (
      kind !== undefined &&
      (this.kinds.get(kind)?.length ?? 0) < (this.options.maxNotablePerKind ?? DEFAULT_NOTABLE_PER_KIND)
    ) {
      return true;
    }
    const keep = this.options.slowest ?? DEFAULT_SLOWEST;
    if (medianDurationSec <= 0 || cls === 'skipped' || keep === 0) return false;
    return (
      this.slowest.length < keep ||
      medianDurationSec > this.slowest[this.slowest.length - 1].medianDurationSec
    );
  }

  consider(test: TestVerdict): void {
    const kind = NAMED_KINDS.has(test.class) ? test.class : test.missingRuns > 0 ? 'missing' : undefined;
    if (kind !== undefined) {
      const list = this.kinds.get(kind) ?? [];
      this.kinds.set(kind, list);
      if (list.length < (this.options.maxNotablePerKind ?? DEFAULT_NOTABLE_PER_KIND)) {
        list.push(test);
        return;
      }
    }
    const keep = this.options.slowest ?? DEFAULT_SLOWEST;
    if (test.medianDurationSec <= 0 || test.class === 'skipped' || keep === 0) return;
    if (
      this.slowest.length >= keep &&
      test.medianDurationSec <= this.slowest[this.slowest.length - 1].medianDurationSec
    )
      return;
    this.slowest.push(test);
    this.slowest.sort((a, b) => b.medianDurationSec - a.medianDurationSec);
    if (this.slowest.length > keep) this.slowest.pop();
  }

  /** In id order, like a verdict's tests. */
  sorted(): TestVerdict[] {
    const all = [...this.kinds.values()].flat().concat(this.slowest);
    return all.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
}
