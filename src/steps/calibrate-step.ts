import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatBytes, memoryReserve } from '../capacity/index.js';
import {
  buildPerformanceReport,
  type Measurement,
  type PerformanceReport,
} from '../calibrate/performance-report.js';
import { calibrationMemoryRecord, type OomRun } from '../calibrate/memory-record.js';
import { calibrationSchedule, parseCalibrateCounts } from '../calibrate/worker-counts.js';
import { childEnvironment } from '../execute/child-env.js';
import { frameworkModule, resolvePreset } from '../frameworks/index.js';
import { runWithReport } from '../execute/run-with-report.js';
import { readInteger } from '../inputs/read-input.js';
import { readRunSettings } from '../inputs/run-settings.js';
import { UserError } from '../inputs/user-error.js';
import { localStateDir } from '../platform/select.js';
import type { Services } from '../platform/services.js';
import { renderCalibrationSummary } from '../report/calibration-summary.js';
import { parseReports } from '../results/index.js';
import { isFailure } from '../verdict/results-by-id.js';
import { capacityRoot, decideCapacity } from './capacity-step.js';
import { keepMemoryRecord } from './memory-figure.js';
import { DEFAULT_SUITE } from '../plan/index.js';
import { runAttempt } from './plan-artifact.js';
import { runContext } from './run-context.js';
import { selectTests } from './select-tests.js';

export const PERFORMANCE_REPORT = 'performance-report.json';

/**
 * Calibration: the same files once per worker count (after a warm-up run), each in fresh processes, and a
 * performance report with the recommended worker count. What a team otherwise does with a script that runs
 * the suite with 1, 2, 4 and auto workers and compares the times by hand.
 */
export async function calibrateStep(services: Services): Promise<PerformanceReport> {
  const { io, env } = services;
  const settings = readRunSettings(io, process.cwd());
  const selection = await selectTests(settings, services.artifacts, runAttempt(env), (m) => io.warning(m));
  const capacity = decideCapacity(io, io, { root: capacityRoot(env) });
  const counts = parseCalibrateCounts(io.getInput('calibrate'), capacity.workers);
  const repeats = readInteger(io, 'calibrate-repeats', 1, 1, 10)!;
  const childEnv = childEnvironment(env);
  const framework = selection.framework;
  const most = Math.max(...counts);
  const unusable = frameworkModule(framework).unusableWorkers?.(most, {
    cwd: settings.workingDirectory,
    env: childEnv,
    ownCommand: selection.command === undefined,
  });
  if (unusable) throw new UserError(`calibrate compares worker counts, and ${unusable}.`);
  const outputDir = settings.outputDir ?? join(env.RUNNER_TEMP || localStateDir(env), 'calibrate');
  await mkdir(outputDir, { recursive: true });
  const schedule = calibrationSchedule(counts, repeats);
  io.info(`calibrate: worker counts ${counts.join(', ')}, ${repeats} round(s) after a warm-up run`);

  const measurements: Measurement[] = [];
  const ooms: OomRun[] = [];
  for (const [index, slot] of schedule.entries()) {
    const label = slot.round === 0 ? 'warm-up' : `round ${slot.round}`;
    io.startGroup(`Calibrate: ${slot.workers} workers (${label})`);
    const preset = resolvePreset(framework, {
      workers: slot.workers,
      command: selection.command,
      results: settings.results,
      cwd: settings.workingDirectory,
    });
    const record = await runWithReport({
      ...runContext(preset, outputDir, settings, childEnv, io),
      position: { run: index + 1, runs: schedule.length, shard: 1, shardTotal: 1, workers: slot.workers },
      files: selection.files,
      filterArgs: selection.filterArgs,
      baseName: `calibrate-w${slot.workers}-r${slot.round}`,
    });
    const parsed = await parseReports(record.reportPaths, { rootDir: settings.workingDirectory });
    const tests = parsed.reports.flatMap((r) => r.tests);
    const outcomes: Measurement['outcomes'] = {};
    for (const t of tests)
      outcomes[t.id] = isFailure(t) ? 'failed' : t.outcome === 'skipped' ? 'skipped' : 'passed';
    const o = record.outcome;
    if (o.oomKilled) ooms.push({ workers: slot.workers, peakBytes: o.peakPssBytes ?? o.peakRssBytes });
    const measurement: Measurement = {
      workers: slot.workers,
      round: slot.round,
      wallMs: o.wallMs,
      ...(o.cpuMs !== undefined ? { cpuMs: o.cpuMs } : {}),
      ...(o.peakPssBytes !== undefined
        ? { peakMemoryBytes: o.peakPssBytes, memorySource: 'pss' as const }
        : o.peakRssBytes !== undefined
          ? { peakMemoryBytes: o.peakRssBytes, memorySource: 'rss' as const }
          : {}),
      completed: !o.timedOut && !o.spawnError && !o.oomKilled && !record.reportMissing && tests.length > 0,
      counts: {
        passed: Object.values(outcomes).filter((v) => v === 'passed').length,
        failed: Object.values(outcomes).filter((v) => v === 'failed').length,
        skipped: Object.values(outcomes).filter((v) => v === 'skipped').length,
      },
      outcomes,
    };
    measurements.push(measurement);
    io.info(`${slot.workers} workers (${label}): ${o.message}`);
    io.endGroup();
  }

  const report = buildPerformanceReport(measurements, {
    availableBytes: capacity.capacity.memoryBytes,
    reserveBytes: memoryReserve(capacity.capacity.memoryBytes),
  });
  const reportPath = join(outputDir, PERFORMANCE_REPORT);
  await writeFile(reportPath, `${JSON.stringify(report, null, 2)}\n`);
  const summary = renderCalibrationSummary(report);
  await writeFile(join(outputDir, 'calibration.md'), summary);
  await io.appendSummary(summary);
  io.info(
    `calibrate: ${report.recommendation.workers} workers recommended (${report.recommendation.reason})`,
  );
  for (const finding of report.isolationFindings) {
    const per = Object.entries(finding.outcomes)
      .map(([w, o]) => `${w} workers: ${o}`)
      .join(', ');
    io.warning(`outcome depends on the worker count: ${finding.id} (${per})`);
  }
  const record = calibrationMemoryRecord({
    perWorkerBytes: report.memory?.perWorkerBytes,
    counts,
    ooms,
    now: new Date().toISOString(),
  });
  if (record) {
    const suite = selection.shard?.suite ?? settings.suite ?? DEFAULT_SUITE;
    const kept = await keepMemoryRecord({ io, env, timings: services.timings, suite, record });
    const what =
      record.source === 'oom'
        ? `OOM-killed at ${record.workers} workers: fewer must run, at least ${formatBytes(record.bytesPerWorker)} per worker`
        : `${formatBytes(record.bytesPerWorker)} per worker (${report.memory!.source})`;
    io.info(`calibrate: ${what}, ${kept}`);
  }
  io.setOutput('recommended-workers', String(report.recommendation.workers));
  io.setOutput('performance-report', reportPath);
  return report;
}
