import { formatBytes, workersThatFit } from '../capacity/index.js';
import { DEFAULT_SUITE, type MemoryRecord, type MemoryRecords } from '../plan/index.js';
import type { ProofMemory } from '../proof/read-proof.js';

/** One suite's figure from its shards' proofs, and what the report says about it. */
export interface SuiteMemory {
  suite: string;
  record: MemoryRecord;
  /** The log line; for an OOM it names the worker count that would have fitted. */
  line: string;
  oom: boolean;
}

/** A figure one proof gives: its peak over its workers, an OOM-killed run's marked as the lower bound it is. */
function proofFigure(memory: ProofMemory): { bytes: number; oom: boolean; peak: number } | undefined {
  if (memory.oomPeakBytes !== undefined) {
    return { bytes: memory.oomPeakBytes / memory.workers, oom: true, peak: memory.oomPeakBytes };
  }
  if (memory.peakBytes === undefined) return undefined;
  return { bytes: memory.peakBytes / memory.workers, oom: false, peak: memory.peakBytes };
}

/**
 * Per suite, the highest per-worker figure over its shards' proofs (shards run different files, and the
 * heaviest decides what fits). An OOM in any shard makes the suite's figure an OOM figure: the count it ran
 * with did not fit, whatever the other shards saw.
 */
export function suiteMemoryFigures(
  proofs: readonly { suite?: string; memory?: ProofMemory }[],
  now: string,
): SuiteMemory[] {
  const bySuite = new Map<
    string,
    { proof: ProofMemory; figure: NonNullable<ReturnType<typeof proofFigure>> }
  >();
  const oomSuites = new Set<string>();
  for (const proof of proofs) {
    if (!proof.memory) continue;
    const figure = proofFigure(proof.memory);
    if (!figure) continue;
    const suite = proof.suite ?? DEFAULT_SUITE;
    if (figure.oom) oomSuites.add(suite);
    const best = bySuite.get(suite);
    if (!best || figure.bytes > best.figure.bytes) bySuite.set(suite, { proof: proof.memory, figure });
  }
  return [...bySuite].map(([suite, { proof, figure }]) => {
    const oom = oomSuites.has(suite);
    const record: MemoryRecord = {
      bytesPerWorker: Math.round(figure.bytes),
      source: oom ? 'oom' : 'run',
      measured: now,
      workers: proof.workers,
    };
    return { suite, record, oom, line: memoryLine(suite, record, figure.peak, proof.availableBytes) };
  });
}

function memoryLine(suite: string, record: MemoryRecord, peak: number, available?: number): string {
  const each = formatBytes(record.bytesPerWorker);
  const workers = `${record.workers} worker${record.workers === 1 ? '' : 's'}`;
  const fits =
    available === undefined
      ? ''
      : `; ${workersThatFit(available, record.bytesPerWorker)} would fit the ${formatBytes(available)} the runner had`;
  if (record.source !== 'oom') {
    return `memory: suite '${suite}' peaked at ${formatBytes(peak)} with ${workers}, ${each} per worker${fits}; kept in the timing history for the next \`workers: auto\``;
  }
  const most =
    available === undefined
      ? `; fewer than ${record.workers} must run`
      : `; at most ${workersThatFit(available, record.bytesPerWorker, record.workers)} would fit the ${formatBytes(available)} the runner had`;
  return (
    `memory: suite '${suite}' was OOM-killed with ${workers} after reaching ${formatBytes(peak)}: at least ` +
    `${each} per worker (a lower bound: the run died before it took all it needed)${most}. The next ` +
    '`workers: auto` caps itself by this figure; set `memory-per-worker` if it is still too low.'
  );
}

/** The records the history keeps, by suite. */
export function memoryRecords(figures: readonly SuiteMemory[]): MemoryRecords | undefined {
  if (figures.length === 0) return undefined;
  return Object.fromEntries(figures.map((f) => [f.suite, f.record]));
}
