import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { childEnvironment } from '../execute/child-env.js';
import { frameworkModule, resolvePreset, type Preset } from '../frameworks/index.js';
import { runSeries } from '../execute/run-series.js';
import { buildInvocation } from '../execute/template.js';
import { UserError } from '../inputs/user-error.js';
import type { InputSource } from '../inputs/read-input.js';
import { readRunSettings } from '../inputs/run-settings.js';
import { localStateDir } from '../platform/select.js';
import type { Services } from '../platform/services.js';
import type { ManifestRun, RunnerInfo } from '../proof/manifest.js';
import { writeProofFolder } from '../proof/write-proof.js';
import { confidenceSentence } from '../verdict/confidence.js';
import { stepFailure } from '../verdict/step-failure.js';
import { AnnotationBudget } from './annotation-budget.js';
import { calibrateStep } from './calibrate-step.js';
import { capacityRoot, decideCapacity } from './capacity-step.js';
import { findMeasuredMemory, warnMemoryFaults } from './memory-figure.js';
import { DEFAULT_SUITE } from '../plan/index.js';
import { RunCollector } from './collect-runs.js';
import { IsolationChecks } from './isolation-checks.js';
import { decideOrder } from './order-setting.js';
import { runContext } from './run-context.js';
import { proofIdentity, storeProof } from './store-proof.js';
import { publishVerdict, repositoryPath } from './publish-verdict.js';
import { runAttempt } from './plan-artifact.js';
import { addDisplayIds, reproduceCommand } from './reproduce.js';
import { selectTests, type TestSelection } from './select-tests.js';

export interface RunStepOptions {
  /** Pauses between upload attempts (default 1 s, 4 s); tests pass zeros. */
  uploadRetryDelaysMs?: readonly number[];
}

/** The run step: N runs of this job's tests (or run slot k of a matrix), classified, reported and stored. */
export async function runStep(services: Services, options: RunStepOptions = {}): Promise<void> {
  // `calibrate` measures worker counts instead of proving stability: a different question, one step.
  if (services.io.getInput('calibrate')) {
    await calibrateStep(services);
    return;
  }
  const { env, artifacts } = services;
  const io = new AnnotationBudget(services.io);
  const settings = readRunSettings(io, process.cwd());
  const selection = await selectTests(settings, artifacts, runAttempt(env), (m) => io.warning(m));
  const inputs = withSuiteWorkers(io, selection.suiteWorkers);
  const suite = selection.shard?.suite ?? settings.suite ?? DEFAULT_SUITE;
  const measuredMemory = await findMeasuredMemory({
    io,
    inputs,
    env,
    timings: services.timings,
    suite,
    plan: selection.planned ? { memory: selection.plannedMemory } : undefined,
  });
  const capacity = decideCapacity(io, inputs, { root: capacityRoot(env), measuredMemory });
  const childEnv = childEnvironment(env);
  const unusable = frameworkModule(selection.framework).unusableWorkers?.(capacity.workers, {
    cwd: settings.workingDirectory,
    env: childEnv,
    ownCommand: selection.command === undefined,
  });
  if (unusable) {
    io.info(`workers: 1 (${unusable})`);
    capacity.workers = 1;
    io.setOutput('workers', '1');
  }
  const preset = resolvePreset(selection.framework, {
    workers: capacity.workers,
    command: selection.command,
    results: settings.results,
    cwd: settings.workingDirectory,
  });
  if (selection.shard && selection.shard.total > 1 && !usesFiles(preset)) {
    throw new UserError(
      `Input 'command' has no {files}, so every one of the ${selection.shard.total} shards would run the whole ` +
        `suite. Put {files} where the test files go, e.g. "pytest {files}".`,
    );
  }
  io.info(`tests: ${selection.source}`);
  const slot = settings.runSlot;
  if (slot !== undefined && selection.runSlots !== undefined && slot > selection.runSlots) {
    throw new UserError(
      `Input 'run-slot': ${slot} is past the plan's ${selection.runSlots} run slots (plan input 'runs'); ` +
        'pass the matrix value: run-slot: ${{ matrix.run }}.',
    );
  }
  const totalRuns = slot === undefined ? settings.runs : Math.max(slot, selection.runSlots ?? 1);
  io.info(
    slot === undefined
      ? `runs: ${settings.runsReason}`
      : `runs: 1, as run ${slot}${selection.runSlots ? ` of ${selection.runSlots}` : ''} (input run-slot)`,
  );
  const outputDir = settings.outputDir ?? defaultOutputDir(env, selection, slot);
  await clearOwnFiles(outputDir);
  io.setOutput('proof-dir', outputDir);
  const proof = proofIdentity(settings, selection, preset.framework, env);
  const runner: RunnerInfo = {
    os: `${process.platform}-${process.arch}`,
    cpus: capacity.capacity.cpus,
    memoryBytes: capacity.capacity.memoryBytes,
    workers: capacity.workers,
  };
  const context = runContext(preset, outputDir, settings, childEnv, io);
  const position = { workers: capacity.workers, runs: totalRuns, shard: selection.shard };
  const collector = new RunCollector(context, position, settings, io, selection.files);
  const order = decideOrder(io, settings, preset, outputDir, childEnv);
  const checks = new IsolationChecks({
    context,
    position,
    files: selection.files,
    filterArgs: selection.filterArgs,
    order,
    serial: settings.isolation === 'serial',
    parse: (executed, files) => collector.parseRun(executed, files),
  });
  const folder = {
    outputDir,
    framework: preset.framework,
    runner,
    proof,
    cwd: settings.workingDirectory,
    env,
  };
  let failure: string | undefined;
  let written = false;
  let stepError: string | undefined;
  // From here on the job has a proof to keep, whatever happens: the upload runs in `finally`.
  try {
    if (selection.planned && selection.planned.length === 0) {
      const message = `shard ${selection.shard!.index} has no tests: the plan assigned it nothing (more shards than files).`;
      io.info(message);
      await writeProofFolder({
        ...folder,
        command: [],
        manifestRuns: [],
        runs: { records: [] },
        confidence: 'no tests ran',
      });
      written = true;
      setCountOutputs(io, join(outputDir, 'results.json'));
      await io.appendSummary(`### shardproof\n\n${message}\n`);
      return;
    }
    await runSeries({
      ...context,
      ...position,
      runs: slot === undefined ? settings.runs : 1,
      firstRun: slot,
      totalRuns,
      files: selection.files,
      filterArgs: selection.filterArgs,
      order,
      collect: async (executed) => {
        await collector.collect(executed);
        await checks.afterRun(executed);
      },
    });
    warnMemoryFaults(io, suite, runner, collector.manifestRuns);
    await checks.serialRun();
    const verdict = collector.verdict();
    if (checks.active) io.info(`isolation checks: ${checks.applyCauses(verdict)} test(s) with a cause`);
    failure = stepFailure(verdict, { failOnFlaky: settings.failOnFlaky });
    addDisplayIds(verdict, preset);
    await publishVerdict(io, verdict, {
      failing: failure !== undefined,
      failOnFlaky: settings.failOnFlaky,
      confidence: settings.confidence,
      reproduceCommand: reproduceCommand(verdict, preset, collector.firstArgv, capacity.workers),
      annotationPath: repositoryPath(settings.workingDirectory, env),
      summaryFile: join(outputDir, 'summary.md'),
    });
    const confidence = confidenceSentence(verdict, settings.confidence);
    const { resultsPath } = await writeProofFolder({
      ...folder,
      command: collector.firstArgv,
      // The isolation checks' extra runs come last, labelled with their `check`: they are in no total.
      manifestRuns: [...collector.manifestRuns, ...checks.manifestRuns],
      runs: collector,
      verdict,
      confidence,
    });
    written = true;
    setCountOutputs(io, resultsPath, verdict.counts);
    io.info(confidence);
  } catch (error) {
    stepError = error instanceof Error ? error.message : String(error);
    throw error;
  } finally {
    if (!written)
      await writePartialProof(io, { ...folder, collector, stepError, checkRuns: checks.manifestRuns });
    await collector.dispose();
    if (settings.upload) {
      await storeProof(io, artifacts, {
        proof,
        dir: outputDir,
        retentionDays: settings.retentionDays,
        retryDelaysMs: options.uploadRetryDelaysMs,
      });
    }
  }
  if (failure) io.setFailed(failure);
}

/** After an error mid-step, the runs done so far still make a proof: marked with the error, never complete. */
async function writePartialProof(
  io: AnnotationBudget,
  folder: Omit<Parameters<typeof writeProofFolder>[0], 'command' | 'manifestRuns' | 'runs' | 'confidence'> & {
    collector: RunCollector;
    /** The isolation checks' extra runs done so far. */
    checkRuns?: ManifestRun[];
  },
): Promise<void> {
  const { collector, checkRuns = [], ...rest } = folder;
  try {
    await writeProofFolder({
      ...rest,
      stepError: rest.stepError ?? 'the step ended before its proof was written',
      command: collector.firstArgv,
      manifestRuns: [...collector.manifestRuns, ...checkRuns],
      runs: collector,
      confidence: 'the step failed before its verdict',
    });
  } catch (error) {
    io.warning(`could not finish the proof folder ${rest.outputDir}: ${(error as Error).message}`);
  }
}

function setCountOutputs(
  io: AnnotationBudget,
  resultsPath: string,
  counts = { passed: 0, failed: 0, flaky: 0, skipped: 0 },
): void {
  for (const key of ['passed', 'failed', 'flaky', 'skipped'] as const) io.setOutput(key, String(counts[key]));
  io.setOutput('results-json', resultsPath);
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

function defaultOutputDir(
  env: NodeJS.ProcessEnv,
  selection: TestSelection,
  slot: number | undefined,
): string {
  const base = env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'shardproof') : localStateDir(env);
  const shard = selection.shard ? `-${selection.shard.suite}-${selection.shard.index}` : '';
  return join(base, `proof${shard}${slot === undefined ? '' : `-r${slot}`}`);
}

/** A reused output folder must not mix an earlier invocation's files into this proof (the manifest hashes
 * the whole folder). Only files shardproof writes are removed; anything else is left alone. */
async function clearOwnFiles(dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const own =
    /^(run-(\d+|serial)(-(rerun|same-seed|alone|bisect)-\d+)?(-\d+)?\.(log|xml|json)|manifest\.json|results\.json|records\.jsonl|timings\.json|summary\.md)$/;
  for (const name of await readdir(dir)) if (own.test(name)) await rm(join(dir, name), { force: true });
}
