import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { frameworkModule, frameworkNamed } from '../frameworks/index.js';
import { findFiles } from '../inputs/find-files.js';
import { readPlanSettings, type PlanStepSettings } from '../inputs/plan-settings.js';
import { UserError } from '../errors/user-error.js';
import {
  applyRenames,
  assertDisjointSuites,
  describeMemorySource,
  discover,
  gitRenames,
  goPackages,
  goTestGlobs,
  historyScope,
  itemKey,
  loadHistoryFile,
  loadHistoryFromReports,
  makePlan,
  matrixFor,
  writePlan,
  type Plan,
  type SuiteInput,
  type SuiteSpec,
  type TimingHistory,
} from '../plan/index.js';
import { formatBytes } from '../capacity/index.js';
import { outsideProblem, workspaceOf } from '../platform/confined-path.js';
import type { ActionIO } from '../platform/types.js';
import { localStateDir } from '../platform/select.js';
import type { Services } from '../platform/services.js';
import { renderPlanSummary } from '../report/plan-summary.js';
import { parseReports } from '../results/index.js';
import { AnnotationBudget } from './annotation-budget.js';
import { decideCapacity } from './capacity-step.js';
import { planArtifactName, PLAN_FILE_NAME, runAttempt } from './plan-artifact.js';
import { restoreStoredHistory } from './history-fallback.js';

/** Plans at most this many items into the `plan` output; larger plans travel only as the artifact/file. */
const PLAN_OUTPUT_MAX_ITEMS = 500;

/** The plan sub-action: discover, load timings, partition, write and upload the plan, output the matrix. */
export async function planStep(services: Services): Promise<void> {
  const { env } = services;
  const io = new AnnotationBudget(services.io);
  decideCapacity(io);
  const settings = await readPlanSettings(io, process.cwd());
  const suites = await discoverSuites(settings, workspaceOf(env), (m) => io.warning(m));
  const history = await loadHistory(settings, { ...services, io });
  const plan = makePlan({ suites, history, settings: settings.plan });
  carryMemoryFigures(plan, history, io);
  for (const warning of plan.warnings) io.warning(warning);
  for (const suite of plan.suites) {
    io.info(
      `suite '${suite.name}': ${suite.shards.length} shards, predicted ${suite.makespan.toFixed(1)} s ` +
        `per shard (lower bound ${suite.lowerBound.toFixed(1)} s, ratio ${suite.quality.toFixed(3)}), ` +
        `timing match rate ${(suite.matchRate * 100).toFixed(1)}%; ${suite.shardCount.reason}`,
    );
  }

  if (plan.runSlots) {
    const jobs = plan.totals.shards * plan.runSlots;
    io.info(
      `matrix: ${plan.totals.shards} shards × ${plan.runSlots} run slots (input runs) = ${jobs} jobs, each one run`,
    );
  }

  const planFile =
    settings.planFile ??
    join(env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'shardproof') : localStateDir(env), PLAN_FILE_NAME);
  await writePlan(planFile, plan);
  const uploadDir = await mkdtemp(join(tmpdir(), 'shardproof-plan-upload-'));
  let uploaded;
  try {
    await writePlan(join(uploadDir, PLAN_FILE_NAME), plan);
    uploaded = await services.artifacts.upload(planArtifactName(runAttempt(env)), uploadDir);
  } finally {
    // The artifact store has its own copy now; the temp folder would otherwise pile up on self-hosted runners.
    await rm(uploadDir, { recursive: true, force: true });
  }
  io.info(`plan ${plan.hash.slice(0, 12)} written to ${planFile} and stored as ${uploaded.location}`);

  io.setOutput('matrix', JSON.stringify(matrixFor(plan)));
  io.setOutput('plan', JSON.stringify(planOutput(plan)));
  io.setOutput('plan-hash', plan.hash);
  io.setOutput('plan-file', planFile);
  io.setOutput('shards', String(plan.totals.shards));
  await io.appendSummary(renderPlanSummary(plan));
}

/**
 * Each suite's measured per-worker memory rides in the plan to its shards, whose `workers: auto` caps itself
 * by it without restoring the history again. Outside the plan's hash: it sizes workers, not the assignment.
 */
function carryMemoryFigures(plan: Plan, history: TimingHistory, io: ActionIO): void {
  for (const suite of plan.suites) {
    const record = history.memory?.[suite.name];
    if (record === undefined) continue;
    suite.memory = record;
    io.info(
      `suite '${suite.name}': ${formatBytes(record.bytesPerWorker)} per worker, ${describeMemorySource(record)}`,
    );
  }
}

async function discoverSuites(
  settings: PlanStepSettings,
  workspace: string,
  warn: (message: string) => void,
): Promise<SuiteInput[]> {
  const single: SuiteSpec = { name: 'default', tests: settings.tests, exclude: [] };
  const specs = settings.suites.length ? settings.suites : [single];
  const suites: SuiteInput[] = [];
  for (const spec of specs) {
    const framework = spec.framework ?? settings.framework;
    const go = frameworkModule(frameworkNamed(framework)).itemsArePackages === true;
    const files = await discover({
      tests: (go ? goTestGlobs(spec.tests) : spec.tests).join('\n'),
      exclude: [...settings.exclude, ...spec.exclude].join('\n'),
      cwd: settings.workingDirectory,
      inputName: settings.suites.length ? `suites.${spec.name}.tests` : 'tests',
      workspace,
      warn,
    });
    suites.push({
      name: spec.name,
      files: go ? goPackages(files) : files,
      framework,
      command: spec.command,
      workers: spec.workers,
      shards: spec.shards,
    });
  }
  assertDisjointSuites(suites);
  return suites;
}

/**
 * timings-file, else timings-reports, else the history shardproof keeps (the Actions cache on GitHub), else the
 * one in the newest report artifact of the default branch.
 */
async function loadHistory(
  settings: PlanStepSettings,
  { io, env, timings, history: artifacts }: Services,
): Promise<TimingHistory> {
  let history: TimingHistory;
  const workspace = [workspaceOf(env)];
  if (settings.timingsFile) {
    history = await loadHistoryFile(settings.timingsFile, workspace, (m) => io.warning(m));
    io.info(`timings: ${Object.keys(history.items).length} items from timings-file ${settings.timingsFile}`);
  } else if (settings.timingsReports.length) {
    const paths = await findFiles(settings.timingsReports, {
      cwd: process.cwd(),
      input: 'timings-reports',
      within: workspace[0],
      onRefused: (message) => io.warning(`timings-reports: skipped ${message}`),
    });
    if (paths.length === 0) {
      throw new UserError(`Input 'timings-reports': no files match ${settings.timingsReports.join(', ')}.`);
    }
    // A committed link to a file outside the workspace is skipped unread (and named).
    const inside: string[] = [];
    for (const path of paths.sort()) {
      const outside = await outsideProblem(path, workspace);
      if (outside === undefined) inside.push(path);
      else io.warning(`timings-reports: skipped ${outside}`);
    }
    // One unreadable report (a run that timed out mid-write) must not cost the plan all the others.
    // Messages name a report as the user wrote its path: relative to the working folder.
    const files = inside.map((path) => ({ path, name: relative(process.cwd(), path) || path }));
    const parsed = await parseReports(files, { rootDir: settings.workingDirectory });
    for (const error of parsed.errors) io.warning(`timings-reports: skipped ${error.message}`);
    const byPath = new Map(parsed.reports.map((report) => [report.source, report]));
    const parse = async (path: string) => byPath.get(path)!;
    history = await loadHistoryFromReports(
      [...byPath.keys()],
      parse,
      new Date().toISOString(),
      settings.historySize,
    );
    io.info(`timings: ${Object.keys(history.items).length} items from ${parsed.reports.length} reports`);
  } else {
    const restored = await restoreStoredHistory(timings(historyScope(env)), artifacts, (m) => io.warning(m));
    history = restored.history;
    io.info(`timings: ${Object.keys(history.items).length} items from ${restored.source}`);
  }
  // On a pull request, files renamed since the base branch keep their history (git rename detection).
  if (env.GITHUB_BASE_REF && Object.keys(history.items).length) {
    try {
      const renames = await gitRenames(settings.workingDirectory, `origin/${env.GITHUB_BASE_REF}`);
      if (Object.keys(renames).length)
        io.info(`timings: following ${Object.keys(renames).length} renamed files`);
      history = applyRenames(history, renames);
    } catch (error) {
      io.warning(`could not detect renamed files: ${(error as Error).message}`);
    }
  }
  return history;
}

/** The `plan` output: the numbers always; the item lists only while the plan is small. */
function planOutput(plan: Plan): unknown {
  const withItems = plan.totals.items <= PLAN_OUTPUT_MAX_ITEMS;
  return {
    hash: plan.hash,
    totals: plan.totals,
    suites: plan.suites.map((suite) => ({
      name: suite.name,
      lowerBound: suite.lowerBound,
      makespan: suite.makespan,
      quality: suite.quality,
      matchRate: suite.matchRate,
      shards: suite.shards.map((shard) => ({
        shard: shard.shard,
        predictedSeconds: shard.predictedSeconds,
        items: withItems ? shard.items.map(itemKey) : shard.items.length,
      })),
    })),
  };
}
