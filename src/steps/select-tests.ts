import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  commandRoot,
  frameworkModule,
  frameworkNamed,
  relativeToRoot,
  type Framework,
} from '../frameworks/index.js';
import type { RunSettings } from '../inputs/run-settings.js';
import { UserError } from '../errors/user-error.js';
import {
  DEFAULT_SUITE,
  discover,
  itemsForShard,
  readPlan,
  validMemoryRecord,
  type MemoryRecord,
  type Plan,
  type PlanItem,
} from '../plan/index.js';
import { workspaceOf } from '../platform/confined-path.js';
import type { ArtifactStore } from '../platform/types.js';
import { downloadNewestPlan, PLAN_ARTIFACT, PLAN_FILE_NAME } from './plan-artifact.js';

export interface TestSelection {
  /** The step's framework input, else the planned suite's, else custom. */
  framework: Framework;
  /** The step's command input, else the planned suite's. */
  command?: string;
  /** The planned suite's worker count, which stands in for a `workers` input of auto. */
  suiteWorkers?: number;
  /** Arguments for {files}: files, go packages or pytest node ids. */
  files: string[];
  /** Arguments placed before the files (pytest --deselect for the remainder of a split file, vitest's
   * --exclude of files a given path would also select). */
  filterArgs: string[];
  shard?: { index: number; total: number; suite: string };
  /** For the log: where the list came from. */
  source: string;
  /** Items assigned by the plan (empty shard → []); undefined when not planned. */
  planned?: PlanItem[];
  /** The plan's hash, when a shard of a plan runs. */
  planHash?: string;
  /** The plan's run slots (its `runs` input), when it spreads the stability check over the matrix. */
  runSlots?: number;
  /** The planned suite's measured per-worker memory, checked (a plan may come from a pull request). */
  plannedMemory?: MemoryRecord;
}

/** Decides what this step runs: its shard of the plan, an explicit file list, or the discovered globs. */
export async function selectTests(
  settings: RunSettings,
  artifacts: ArtifactStore,
  /** This workflow run's attempt: the newest plan up to it is the one to run. */
  attempt = 1,
  /** Told of each symbolic link that discovering the `tests` globs refused to follow. */
  warn?: (message: string) => void,
): Promise<TestSelection> {
  const selection = await selectItems(settings, artifacts, attempt, warn);
  const exact = frameworkModule(selection.framework).exactSelectionArgs;
  if (exact && selection.files.length > 0) {
    selection.filterArgs.push(...(await exact(selection.files, settings.workingDirectory)));
  }
  return selection;
}

async function selectItems(
  settings: RunSettings,
  artifacts: ArtifactStore,
  attempt: number,
  warn: ((message: string) => void) | undefined,
): Promise<TestSelection> {
  if (settings.shard !== undefined) return selectShard(settings, settings.shard, artifacts, attempt);
  const own = {
    framework: settings.framework ?? frameworkNamed(undefined),
    command: settings.command,
    filterArgs: [],
  };
  if (settings.files.length) {
    return { ...own, files: settings.files, source: `${settings.files.length} files (input files)` };
  }
  if (settings.tests.length === 0) {
    return { ...own, files: [], source: 'no tests or files given: the command selects its own tests' };
  }
  if (frameworkModule(own.framework).itemsArePackages) {
    // go test takes package patterns such as ./... — they are not file globs.
    return { ...own, files: settings.tests, source: 'go packages (input tests)' };
  }
  const files = await discover({
    tests: settings.tests.join('\n'),
    cwd: settings.workingDirectory,
    workspace: workspaceOf(process.env),
    warn,
  });
  return { ...own, files, source: `${files.length} files matched by input tests` };
}

async function selectShard(
  settings: RunSettings,
  shard: number,
  artifacts: ArtifactStore,
  attempt: number,
): Promise<TestSelection> {
  const plan = await loadPlan(settings, artifacts, attempt);
  if (settings.planHash && settings.planHash !== plan.hash) {
    throw new UserError(
      `The plan (hash ${plan.hash.slice(0, 12)}…) is not the one the plan job made (input plan-hash ` +
        `${settings.planHash.slice(0, 12)}…). Re-run the whole workflow so every shard uses the same plan.`,
    );
  }
  const suite = settings.suite ?? (plan.suites.length === 1 ? plan.suites[0].name : DEFAULT_SUITE);
  const items = itemsForShard(plan, suite, shard);
  const planned = plan.suites.find((s) => s.name === suite)!;
  checkRunMatchesPlan(settings, { ...planned, suite });
  const total = planned.shards.length;
  const framework = settings.framework ?? frameworkNamed(planned.framework);
  const command = settings.command ?? planned.command;
  const root = commandRoot(command, settings.workingDirectory);
  const { files, filterArgs } = argumentsForItems(items, framework, (path) => relativeToRoot(root, path));
  return {
    framework,
    command,
    suiteWorkers: typeof planned.workers === 'number' ? planned.workers : undefined,
    files,
    filterArgs,
    shard: { index: shard, total, suite },
    source: `shard ${shard}/${total} of suite '${suite}' in plan ${plan.hash.slice(0, 12)}: ${items.length} items`,
    planned: items,
    planHash: plan.hash,
    ...(plan.runSlots !== undefined ? { runSlots: plan.runSlots } : {}),
    ...plannedMemory(planned.memory),
  };
}

function plannedMemory(value: unknown): { plannedMemory?: MemoryRecord } {
  const record = validMemoryRecord(value);
  return record ? { plannedMemory: record } : {};
}

/**
 * A shard runs what its plan planned: a framework or command other than the planned suite's would run the
 * plan's files with the wrong tool (jest on .py files). A plan made without a framework (custom) leaves
 * the choice to the run step.
 */
export function checkRunMatchesPlan(
  settings: Pick<RunSettings, 'framework' | 'command' | 'shard'>,
  planned: { suite: string; framework?: string; command?: string },
): void {
  const where = `shard ${settings.shard} of suite '${planned.suite}'`;
  const plannedFramework = frameworkNamed(planned.framework);
  if (
    settings.framework !== undefined &&
    plannedFramework !== 'custom' &&
    settings.framework !== plannedFramework
  ) {
    throw new UserError(
      `Input 'framework' is '${settings.framework}', but the plan made ${where} for '${plannedFramework}'. ` +
        `Use the plan's framework in the run step (or leave the input out), or plan again with '${settings.framework}'.`,
    );
  }
  if (
    settings.command !== undefined &&
    planned.command !== undefined &&
    settings.command !== planned.command
  ) {
    throw new UserError(
      `Input 'command' is ${JSON.stringify(settings.command)}, but the plan made ${where} for ` +
        `${JSON.stringify(planned.command)}. Leave 'command' out to use the plan's, or plan again with this command.`,
    );
  }
}

async function loadPlan(settings: RunSettings, artifacts: ArtifactStore, attempt: number): Promise<Plan> {
  if (settings.planFile) return readPlan(settings.planFile);
  const dir = await mkdtemp(join(tmpdir(), 'shardproof-plan-'));
  try {
    const name = await downloadNewestPlan(artifacts, dir, attempt);
    if (name === undefined) {
      throw new UserError(
        `No plan for shard ${settings.shard}: there is no '${PLAN_ARTIFACT}' artifact in this workflow run ` +
          `and no plan-file input. Run shardproof/plan in an earlier job (needs: plan), or pass plan-file.`,
      );
    }
    const names = await readdir(dir);
    if (!names.includes(PLAN_FILE_NAME)) {
      throw new UserError(`The '${name}' artifact holds no ${PLAN_FILE_NAME} (it has: ${names.join(', ')}).`);
    }
    return await readPlan(join(dir, PLAN_FILE_NAME));
  } finally {
    // The plan is read into memory; its download folder would otherwise pile up on self-hosted runners.
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Turns plan items into runner arguments. Whole files pass as they are; pieces of a split file go to the
 * framework's splitArguments (pytest: node ids, and the remainder piece runs the file with the known tests
 * deselected, so tests added since the timings were taken still run exactly once). When a shard holds the
 * remainder and pieces of the same file, the file run covers those pieces.
 */
export function argumentsForItems(
  items: PlanItem[],
  framework: Framework,
  /** Paths inside filter arguments, as the framework is given them (files go through the preset's fileArg). */
  pathArg: (path: string) => string = (path) => path,
): { files: string[]; filterArgs: string[] } {
  const files: string[] = [];
  const filterArgs: string[] = [];
  const remainderHere = new Set(items.filter((i) => i.exceptTests !== undefined).map((i) => i.file));
  const piecesHere = new Set(
    items.flatMap((i) => (i.tests && remainderHere.has(i.file) ? i.tests.map((t) => `${i.file}\0${t}`) : [])),
  );
  const split = frameworkModule(framework).splitArguments;
  for (const item of items) {
    if (item.tests === undefined && item.exceptTests === undefined) {
      files.push(item.file);
      continue;
    }
    if (split === undefined) {
      throw new UserError(
        `The plan splits ${item.file} into single tests, which framework '${framework}' cannot run ` +
          `alongside whole files; plan without split-slow-files for this suite.`,
      );
    }
    const args = split(item, { remainderHere: remainderHere.has(item.file), piecesHere, pathArg });
    files.push(...args.files);
    filterArgs.push(...args.filterArgs);
  }
  return { files, filterArgs };
}
