import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FRAMEWORKS, type Framework } from '../execute/presets.js';
import { pytestNodeId } from '../execute/rerun-filters.js';
import type { RunSettings } from '../inputs/run-settings.js';
import { UserError } from '../inputs/user-error.js';
import { DEFAULT_SUITE, discover, itemsForShard, readPlan, type Plan, type PlanItem } from '../plan/index.js';
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
  /** Arguments placed before the files (pytest --deselect for the remainder of a split file). */
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
}

/** Decides what this step runs: its shard of the plan, an explicit file list, or the discovered globs. */
export async function selectTests(
  settings: RunSettings,
  artifacts: ArtifactStore,
  /** This workflow run's attempt: the newest plan up to it is the one to run. */
  attempt = 1,
): Promise<TestSelection> {
  if (settings.shard !== undefined) return selectShard(settings, settings.shard, artifacts, attempt);
  const own = { framework: settings.framework ?? 'custom', command: settings.command, filterArgs: [] };
  if (settings.files.length) {
    return { ...own, files: settings.files, source: `${settings.files.length} files (input files)` };
  }
  if (settings.tests.length === 0) {
    return { ...own, files: [], source: 'no tests or files given: the command selects its own tests' };
  }
  if (own.framework === 'go') {
    // go test takes package patterns such as ./... — they are not file globs.
    return { ...own, files: settings.tests, source: 'go packages (input tests)' };
  }
  const files = await discover({ tests: settings.tests.join('\n'), cwd: settings.workingDirectory });
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
  const total = planned.shards.length;
  const framework = settings.framework ?? frameworkOf(planned.framework);
  const { files, filterArgs } = argumentsForItems(items, framework);
  return {
    framework,
    command: settings.command ?? planned.command,
    suiteWorkers: typeof planned.workers === 'number' ? planned.workers : undefined,
    files,
    filterArgs,
    shard: { index: shard, total, suite },
    source: `shard ${shard}/${total} of suite '${suite}' in plan ${plan.hash.slice(0, 12)}: ${items.length} items`,
    planned: items,
    planHash: plan.hash,
    ...(plan.runSlots !== undefined ? { runSlots: plan.runSlots } : {}),
  };
}

function frameworkOf(name: string | undefined): Framework {
  return FRAMEWORKS.find((f) => f === name) ?? 'custom';
}

async function loadPlan(settings: RunSettings, artifacts: ArtifactStore, attempt: number): Promise<Plan> {
  if (settings.planFile) return readPlan(settings.planFile);
  const dir = await mkdtemp(join(tmpdir(), 'shardproof-plan-'));
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
  return readPlan(join(dir, PLAN_FILE_NAME));
}

/**
 * Turns plan items into runner arguments. Whole files pass as they are. Pieces of a split file are pytest
 * node ids, and the remainder piece runs the file with the known tests deselected, so tests added since
 * the timings were taken still run exactly once. When a shard holds the remainder and pieces of the same
 * file, the file run covers those pieces: they are neither deselected nor passed a second time.
 */
export function argumentsForItems(
  items: PlanItem[],
  framework: string,
): { files: string[]; filterArgs: string[] } {
  const files: string[] = [];
  const filterArgs: string[] = [];
  const remainderHere = new Set(items.filter((i) => i.exceptTests !== undefined).map((i) => i.file));
  const piecesHere = new Set(
    items.flatMap((i) => (i.tests && remainderHere.has(i.file) ? i.tests.map((t) => `${i.file}\0${t}`) : [])),
  );
  for (const item of items) {
    if (item.tests === undefined && item.exceptTests === undefined) {
      files.push(item.file);
      continue;
    }
    if (framework !== 'pytest') {
      throw new UserError(
        `The plan splits ${item.file} into single tests, which the run step supports for pytest only; ` +
          `plan without split-slow-files for framework '${framework}'.`,
      );
    }
    if (item.tests && !remainderHere.has(item.file)) {
      files.push(...item.tests.map((selector) => nodeIdFor(item.file, selector)));
    }
    if (item.exceptTests) {
      files.push(item.file);
      for (const selector of item.exceptTests) {
        if (!piecesHere.has(`${item.file}\0${selector}`))
          filterArgs.push('--deselect', nodeIdFor(item.file, selector));
      }
    }
  }
  return { files, filterArgs };
}

/** A plan selector is the `suite::name` part of a test id; pytest wants `file::Class::name`. The suite is a
 * dotted class path and never holds `::`, while a parametrized name can (`test_x[a::b]`): split at the first. */
function nodeIdFor(file: string, selector: string): string {
  const at = selector.indexOf('::');
  const suite = at === -1 ? undefined : selector.slice(0, at);
  const name = at === -1 ? selector : selector.slice(at + 2);
  return pytestNodeId({ id: selector, file, suite, name, outcome: 'passed', duration: 0 })!;
}
