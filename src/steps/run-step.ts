import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { appendClosingLine } from '../execute/closing-line.js';
import { childEnvironment } from '../execute/child-env.js';
import { hasPytestXdist } from '../execute/probe-xdist.js';
import { manifestRun, writeManifest, type ManifestRun } from '../execute/manifest.js';
import { resolvePreset, type Preset } from '../execute/presets.js';
import { rerunFailedTests } from '../execute/reruns.js';
import { runSeries } from '../execute/run-series.js';
import type { RunContext, RunRecord as ExecutedRun } from '../execute/run-with-report.js';
import { buildInvocation, displayCommand } from '../execute/template.js';
import { UserError } from '../inputs/user-error.js';
import type { InputSource } from '../inputs/read-input.js';
import { readRunSettings, type RunSettings } from '../inputs/run-settings.js';
import { localStateDir } from '../platform/select.js';
import type { Services } from '../platform/services.js';
import type { ActionIO } from '../platform/types.js';
import { selectAnnotations } from '../report/annotations.js';
import { renderRunSummary } from '../report/run-summary.js';
import { emptyHistory, recordRun, serializeHistory } from '../plan/index.js';
import { parseReports, type TestResult } from '../results/index.js';
import { classifyRuns } from '../verdict/classify-runs.js';
import { confidenceSentence } from '../verdict/confidence.js';
import { countRun } from '../verdict/count-run.js';
import { isFailure } from '../verdict/results-by-id.js';
import type { RunRecord } from '../verdict/run-record.js';
import { stepFailure } from '../verdict/step-failure.js';
import type { Verdict } from '../verdict/verdict.js';
import { AnnotationBudget } from './annotation-budget.js';
import { decideCapacity, type CapacityDecision } from './capacity-step.js';
import { selectTests, type TestSelection } from './select-tests.js';

/** The run step: N runs of this job's tests, parsed, classified and reported. */
export async function runStep(services: Services): Promise<void> {
  const { env, artifacts } = services;
  const io = new AnnotationBudget(services.io);
  const settings = readRunSettings(io, process.cwd());
  const selection = await selectTests(settings, artifacts);
  const capacity = decideCapacity(io, withSuiteWorkers(io, selection.suiteWorkers));
  const childEnv = childEnvironment(env);
  if (needsXdist(selection, capacity.workers) && !hasPytestXdist(settings.workingDirectory, childEnv)) {
    io.info(`workers: 1 (pytest-xdist is not installed for python3, so -n ${capacity.workers} would fail)`);
    capacity.workers = 1;
    io.setOutput('workers', '1');
  }
  const preset = resolvePreset(selection.framework, {
    workers: capacity.workers,
    command: selection.command,
    results: settings.results,
  });
  if (selection.shard && selection.shard.total > 1 && !usesFiles(preset)) {
    throw new UserError(
      `Input 'command' has no {files}, so every one of the ${selection.shard.total} shards would run the whole ` +
        `suite. Put {files} where the test files go, e.g. "pytest {files}".`,
    );
  }
  io.info(`tests: ${selection.source}`);
  io.info(`runs: ${settings.runsReason}`);
  const outputDir = settings.outputDir ?? defaultOutputDir(env, selection);
  await clearOwnFiles(outputDir);
  io.setOutput('proof-dir', outputDir);

  if (selection.planned && selection.planned.length === 0) {
    const message = `shard ${selection.shard!.index} has no tests: the plan assigned it nothing (more shards than files).`;
    io.info(message);
    await finish(io, settings, preset, capacity, outputDir, [], [], env, []);
    await io.appendSummary(`### shardproof\n\n${message}\n`);
    return;
  }

  const records: RunRecord[] = [];
  const manifestRuns: ManifestRun[] = [];
  let firstArgv: string[] = [];
  const context: RunContext = {
    preset,
    outputDir,
    cwd: settings.workingDirectory,
    baseEnv: childEnv,
    timeoutMs: settings.timeoutMs,
    logger: io,
    onLine: (_stream, line) => io.untrusted(line),
  };
  const position = { workers: capacity.workers, runs: settings.runs, shard: selection.shard };
  await runSeries({
    ...context,
    ...position,
    files: selection.files,
    filterArgs: selection.filterArgs,
    collect: async (executed) => {
      if (firstArgv.length === 0) firstArgv = executed.argv;
      const { tests, unreadable } = await parseRun(executed.reportPaths, settings, io);
      const reruns = await rerunFailures(executed, tests, context, position, settings, io);
      const counts = countRun(
        tests,
        reruns.map((r) => r.tests),
      );
      await appendClosingLine(executed.logPath, counts);
      manifestRuns.push(manifestRun(executed, counts), ...reruns.map((r) => manifestRun(r.executed)));
      records.push({
        run: executed.run,
        exitCode: executed.outcome.exitCode,
        signal: executed.outcome.signal,
        timedOut: executed.outcome.timedOut,
        startError: executed.outcome.spawnError,
        oomKilled: executed.outcome.oomKilled,
        // A report that exists but cannot be read is no evidence of a clean run.
        reportMissing: executed.reportMissing || unreadable.length === executed.reportPaths.length,
        unreadableReports: unreadable,
        wallMs: executed.outcome.wallMs,
        peakRssBytes: executed.outcome.peakRssBytes,
        tests,
        reruns: reruns.map((r) => r.tests),
      });
    },
  });

  const verdict = classifyRuns(records);
  const failure = stepFailure(verdict, { failOnFlaky: settings.failOnFlaky });
  await reportVerdict(io, verdict, failure !== undefined, settings, env, outputDir, firstArgv);
  await finish(io, settings, preset, capacity, outputDir, firstArgv, manifestRuns, env, records, verdict);
  io.info(confidenceSentence(verdict, settings.confidence));
  if (failure) io.setFailed(failure);
}

/** Annotations for failed and flaky tests within the step's budget, and the job summary (also kept as a file). */
async function reportVerdict(
  io: AnnotationBudget,
  verdict: Verdict,
  failing: boolean,
  settings: RunSettings,
  env: NodeJS.ProcessEnv,
  outputDir: string,
  argv: string[],
): Promise<void> {
  // Tests get the annotations the runs left over, less one error kept for the step's own failure message.
  const selected = selectAnnotations(verdict, { perLevel: io.remaining({ error: failing ? 1 : 0 }) });
  for (const annotation of selected.annotations) {
    const props = { ...annotation.props, file: annotationPath(annotation.props.file, settings, env) };
    io[annotation.level](annotation.message, props);
  }
  const summary = renderRunSummary(verdict, {
    failOnFlaky: settings.failOnFlaky,
    confidence: settings.confidence,
    omitted: {
      error: selected.omitted.error + io.overflow.error,
      warning: selected.omitted.warning + io.overflow.warning,
      notice: selected.omitted.notice + io.overflow.notice,
    },
    reproduceCommand: displayCommand(argv),
  });
  await writeFile(join(outputDir, 'summary.md'), summary);
  await io.appendSummary(summary);
}

/** Writes results.json and the manifest (last: it hashes every other file) and sets the count outputs. */
async function finish(
  io: ActionIO,
  settings: RunSettings,
  preset: Preset,
  capacity: CapacityDecision,
  outputDir: string,
  argv: string[],
  runs: ManifestRun[],
  env: NodeJS.ProcessEnv,
  records: RunRecord[],
  verdict?: Verdict,
): Promise<void> {
  const counts = verdict?.counts ?? { passed: 0, failed: 0, flaky: 0, skipped: 0, total: 0 };
  const resultsPath = join(outputDir, 'results.json');
  const results = {
    version: 1,
    framework: preset.framework,
    counts,
    confidence: verdict ? confidenceSentence(verdict, settings.confidence) : 'no tests ran',
    runs: verdict?.runs ?? [],
    runFailures: verdict?.runFailures ?? [],
    tests: verdict?.tests ?? [],
  };
  await writeFile(resultsPath, `${JSON.stringify(results, null, 2)}\n`);
  // Per-item durations in the timing-history format, one entry per run: what the report step merges into
  // the history that the next plan reads.
  let timings = emptyHistory();
  const now = new Date().toISOString();
  for (const run of records) timings = recordRun(timings, run.tests, { now });
  await writeFile(join(outputDir, 'timings.json'), serializeHistory(timings));
  await writeManifest({
    outputDir,
    framework: preset.framework,
    command: argv,
    runner: {
      os: `${process.platform}-${process.arch}`,
      cpus: capacity.capacity.cpus,
      memoryBytes: capacity.capacity.memoryBytes,
      workers: capacity.workers,
    },
    runs,
    cwd: settings.workingDirectory,
    env,
  });
  for (const key of ['passed', 'failed', 'flaky', 'skipped'] as const) io.setOutput(key, String(counts[key]));
  io.setOutput('results-json', resultsPath);
}

async function parseRun(
  paths: string[],
  settings: RunSettings,
  io: ActionIO,
): Promise<{ tests: TestResult[]; unreadable: string[] }> {
  const parsed = await parseReports(paths, { rootDir: settings.workingDirectory });
  for (const report of parsed.reports) for (const w of report.warnings) io.debug(`${report.source}: ${w}`);
  return {
    tests: parsed.reports.flatMap((report) => report.tests),
    unreadable: parsed.errors.map((error) => error.message),
  };
}

interface RerunResult {
  executed: ExecutedRun;
  /** Only the results of the tests the rerun targeted: filters may select more than asked. */
  tests: TestResult[];
}

async function rerunFailures(
  executed: ExecutedRun,
  tests: TestResult[],
  context: RunContext,
  position: { workers: number; runs: number; shard?: { index: number; total: number } },
  settings: RunSettings,
  io: ActionIO,
): Promise<RerunResult[]> {
  const failed = tests.filter(isFailure);
  if (settings.rerunFailed === 0 || failed.length === 0) return [];
  const results: RerunResult[] = [];
  await rerunFailedTests({
    ...context,
    ...position,
    failed,
    rerunFailed: settings.rerunFailed,
    run: executed.run,
    stillFailing: async (record) => {
      const wanted = new Set(record.tests.map((t) => t.id));
      const rerun = (await parseRun(record.reportPaths, settings, io)).tests.filter((t) => wanted.has(t.id));
      results.push({ executed: record, tests: rerun });
      const passed = new Set(rerun.filter((t) => !isFailure(t)).map((t) => t.id));
      return record.tests.filter((t) => !passed.has(t.id));
    },
  });
  return results;
}

/** Annotations are placed relative to the repository root; results are relative to the working directory. */
function annotationPath(
  file: string | undefined,
  settings: RunSettings,
  env: NodeJS.ProcessEnv,
): string | undefined {
  if (!file) return undefined;
  const workspace = env.GITHUB_WORKSPACE || process.cwd();
  return relative(workspace, join(settings.workingDirectory, file)).split('\\').join('/');
}

/** The pytest preset's own command passes -n only with more than one worker. */
function needsXdist(selection: TestSelection, workers: number): boolean {
  return selection.framework === 'pytest' && selection.command === undefined && workers > 1;
}

function usesFiles(preset: Preset): boolean {
  return buildInvocation(preset.command, { files: ['f'], workers: 1, results: 'r', run: 1 }).usesFiles;
}

/** A planned suite's `workers` (8 for unit, 2 for e2e) applies where the step itself says auto. */
function withSuiteWorkers(io: InputSource, suiteWorkers: number | undefined): InputSource {
  if (suiteWorkers === undefined) return io;
  return {
    getInput: (name) => {
      const value = io.getInput(name);
      return name === 'workers' && (value === '' || value === 'auto') ? String(suiteWorkers) : value;
    },
  };
}

function defaultOutputDir(env: NodeJS.ProcessEnv, selection: TestSelection): string {
  const base = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'shardproof') : localStateDir(env);
  const shard = selection.shard ? `-${selection.shard.suite}-${selection.shard.index}` : '';
  return join(base, `proof${shard}`);
}

/** A reused output folder must not mix an earlier invocation's files into this proof (the manifest hashes
 * the whole folder). Only files shardproof writes are removed; anything else is left alone. */
async function clearOwnFiles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const own =
    /^(run-\d+(-rerun-\d+)?(-\d+)?\.(log|xml|json)|manifest\.json|results\.json|timings\.json|summary\.md)$/;
  for (const name of await readdir(dir)) if (own.test(name)) await rm(join(dir, name), { force: true });
}
