/**
 * The calibration's numbers: per worker count the wall time, CPU time and peak memory measured, the speedup
 * over the baseline (the fewest workers), and the recommendation. Pure: measurements in, report out.
 */

export interface OutcomeCounts {
  passed: number;
  failed: number;
  skipped: number;
}

export interface Measurement {
  workers: number;
  /** 0 = warm-up. */
  round: number;
  wallMs: number;
  cpuMs?: number;
  /** Peak PSS of the process tree where the kernel offers it, else peak RSS (see memorySource). */
  peakMemoryBytes?: number;
  memorySource?: 'pss' | 'rss';
  /** The run ended normally and left a readable report. */
  completed: boolean;
  counts: OutcomeCounts;
  /** Outcome of each test id in this run: the isolation comparison between configurations. */
  outcomes: Record<string, 'passed' | 'failed' | 'skipped'>;
}

export interface Configuration {
  workers: number;
  runs: number;
  /** Median over the configuration's rounds. */
  wallMs: number;
  cpuMs?: number;
  /** Highest peak over the rounds. */
  peakMemoryBytes?: number;
  speedup: number;
  /** speedup / workers: 1 is perfect scaling. */
  efficiency: number;
  /** How much less wall time than the baseline, in percent. */
  improvementPercent: number;
  counts: OutcomeCounts;
  completed: boolean;
  /** False when the memory model says this many workers do not fit the runner's memory. */
  fitsMemory: boolean;
}

export interface IsolationFinding {
  id: string;
  /** Outcome per worker count, e.g. { "1": "passed", "4": "failed" }. */
  outcomes: Record<string, string>;
}

export interface PerformanceReport {
  version: 1;
  baseline: { workers: number; wallMs: number };
  warmup?: { workers: number; wallMs: number };
  configurations: Configuration[];
  /** Peak memory ≈ fixed + perWorker × workers, fitted over the configurations; absent with no memory data. */
  memory?: { perWorkerBytes: number; fixedBytes: number; source: 'pss' | 'rss'; availableBytes: number };
  recommendation: { workers: number; reason: string };
  /** Tests whose outcome differs between worker counts: they depend on running alone or in parallel. */
  isolationFindings: IsolationFinding[];
}

/** A configuration within this fraction of the fastest counts as fast as it: the fewest such workers win. */
export const WITHIN_FASTEST = 0.05;

export function buildPerformanceReport(
  measurements: readonly Measurement[],
  memory: { availableBytes: number; reserveBytes: number },
): PerformanceReport {
  const warm = measurements.find((m) => m.round === 0);
  const measured = measurements.filter((m) => m.round > 0);
  const counts = [...new Set(measured.map((m) => m.workers))].sort((a, b) => a - b);
  if (counts.length === 0) throw new Error('calibration has no measured runs');
  const model = fitMemory(measured, memory.availableBytes);
  const baselineRuns = measured.filter((m) => m.workers === counts[0]);
  const baselineMs = median(baselineRuns.map((m) => m.wallMs));
  const configurations = counts.map((workers) => {
    const runs = measured.filter((m) => m.workers === workers);
    const wallMs = median(runs.map((m) => m.wallMs));
    const cpu = runs.map((m) => m.cpuMs).filter((c): c is number => c !== undefined);
    const peaks = runs.map((m) => m.peakMemoryBytes).filter((p): p is number => p !== undefined);
    const speedup = baselineMs / wallMs;
    const predicted = model ? model.fixedBytes + model.perWorkerBytes * workers : undefined;
    return {
      workers,
      runs: runs.length,
      wallMs,
      ...(cpu.length ? { cpuMs: median(cpu) } : {}),
      ...(peaks.length ? { peakMemoryBytes: Math.max(...peaks) } : {}),
      speedup: round3(speedup),
      efficiency: round3(speedup / workers),
      improvementPercent: Math.round((1 - wallMs / baselineMs) * 1000) / 10,
      counts: runs[runs.length - 1].counts,
      completed: runs.every((m) => m.completed),
      fitsMemory: predicted === undefined || predicted + memory.reserveBytes <= memory.availableBytes,
    };
  });
  return {
    version: 1,
    baseline: { workers: counts[0], wallMs: baselineMs },
    ...(warm ? { warmup: { workers: warm.workers, wallMs: warm.wallMs } } : {}),
    configurations,
    ...(model ? { memory: model } : {}),
    recommendation: recommend(configurations),
    isolationFindings: isolationFindings(measured),
  };
}

/**
 * Least squares of peak memory against workers: the slope is what one more worker costs, the intercept
 * what the runner's own process and the test command's parent take. One configuration: peak / workers.
 */
function fitMemory(measured: readonly Measurement[], availableBytes: number): PerformanceReport['memory'] {
  const points = measured
    .filter((m) => m.peakMemoryBytes !== undefined && m.completed)
    .map((m) => ({ x: m.workers, y: m.peakMemoryBytes!, source: m.memorySource ?? 'rss' }));
  if (points.length === 0) return undefined;
  const source = points.every((p) => p.source === 'pss') ? 'pss' : 'rss';
  const n = points.length;
  const meanX = points.reduce((a, p) => a + p.x, 0) / n;
  const meanY = points.reduce((a, p) => a + p.y, 0) / n;
  const sxx = points.reduce((a, p) => a + (p.x - meanX) ** 2, 0);
  if (sxx === 0) {
    return { perWorkerBytes: Math.round(meanY / meanX), fixedBytes: 0, source, availableBytes };
  }
  const slope = points.reduce((a, p) => a + (p.x - meanX) * (p.y - meanY), 0) / sxx;
  const perWorkerBytes = Math.max(1, Math.round(slope));
  const fixedBytes = Math.max(0, Math.round(meanY - slope * meanX));
  return { perWorkerBytes, fixedBytes, source, availableBytes };
}

/** The fewest workers within 5% of the fastest configuration that completed and fits in memory. */
function recommend(configurations: readonly Configuration[]): PerformanceReport['recommendation'] {
  const usable = configurations.filter((c) => c.completed && c.fitsMemory);
  if (usable.length === 0) {
    const fewest = configurations[0].workers;
    return { workers: fewest, reason: `no configuration completed within memory; ${fewest} is the safest` };
  }
  const fastest = usable.reduce((best, c) => (c.wallMs < best.wallMs ? c : best));
  const pick = usable.find((c) => c.wallMs <= fastest.wallMs * (1 + WITHIN_FASTEST))!;
  const notes = [
    `${pick.workers} workers: ${(pick.wallMs / 1000).toFixed(1)} s, ${pick.speedup}× the baseline`,
  ];
  if (pick.workers !== fastest.workers) {
    notes.push(
      `within ${WITHIN_FASTEST * 100}% of the fastest (${fastest.workers} workers, ` +
        `${(fastest.wallMs / 1000).toFixed(1)} s) with fewer workers`,
    );
  } else notes.push('the fastest');
  const excluded = configurations.filter((c) => !c.fitsMemory).map((c) => c.workers);
  if (excluded.length) notes.push(`${excluded.join(', ')} workers would not fit in memory`);
  return { workers: pick.workers, reason: notes.join('; ') };
}

/** Tests that passed with some worker count and failed with another. */
function isolationFindings(measured: readonly Measurement[]): IsolationFinding[] {
  const byTest = new Map<string, Record<string, Set<string>>>();
  for (const m of measured) {
    for (const [id, outcome] of Object.entries(m.outcomes)) {
      const perCount = byTest.get(id) ?? {};
      (perCount[m.workers] ??= new Set()).add(outcome);
      byTest.set(id, perCount);
    }
  }
  const findings: IsolationFinding[] = [];
  for (const [id, perCount] of byTest) {
    const all = new Set(Object.values(perCount).flatMap((s) => [...s]));
    if (!(all.has('passed') && all.has('failed'))) continue;
    const outcomes: Record<string, string> = {};
    for (const [count, seen] of Object.entries(perCount)) outcomes[count] = [...seen].sort().join('+');
    findings.push({ id, outcomes });
  }
  return findings.sort((a, b) => a.id.localeCompare(b.id));
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
