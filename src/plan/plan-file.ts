import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../inputs/user-error.js';
import { PLAN_VERSION, type Plan, type PlanItem } from './model.js';
import { planHash } from './plan-hash.js';
import { assertPlanItemsSafe } from './plan-items.js';
import { MAX_MATRIX_JOBS } from './shard-count.js';

/**
 * The plan file travels from the plan job to every shard (as a job output or an artifact).
 * Every row of the matrix carries `suite` — "default" when the `suites` input is not used — so
 * workflows can always write `${{ matrix.suite }}` and artifact names have one shape.
 */
export const DEFAULT_SUITE = 'default';

export interface MatrixRow {
  shard: number;
  shards: number;
  suite: string;
  /** The run slot (1..runSlots), only when the plan spreads the stability check over the matrix. */
  run?: number;
}

/** Two-space JSON with a trailing newline: readable in an artifact, identical on every platform. */
export function serializePlan(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}

export async function writePlan(file: string, plan: Plan): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, serializePlan(plan));
}

/** Parses and verifies a plan: its version, its shape and that its hash still matches its assignment. */
export function parsePlan(text: string, source: string): Plan {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new UserError(
      `Plan ${source} is not valid JSON (${(e as Error).message}); pass the file the plan step wrote.`,
    );
  }
  const plan = doc as Plan;
  if (
    plan === null ||
    typeof plan !== 'object' ||
    !Array.isArray(plan.suites) ||
    typeof plan.hash !== 'string'
  ) {
    throw new UserError(`Plan ${source} is not a shardproof plan; pass the file the plan step wrote.`);
  }
  if (plan.version !== PLAN_VERSION) {
    throw new UserError(
      `Plan ${source} has version ${JSON.stringify(plan.version)}; this shardproof reads version ${PLAN_VERSION}. ` +
        `Use the same shardproof version for the plan and the shards.`,
    );
  }
  let actual: string;
  try {
    actual = planHash(plan);
  } catch {
    actual = '';
  }
  if (actual !== plan.hash) {
    throw new UserError(
      `Plan ${source} was modified or corrupted: its hash ${plan.hash.slice(0, 12)}… does not match its contents. ` +
        `Re-run the plan step instead of editing the plan.`,
    );
  }
  assertPlanItemsSafe(plan, source);
  return plan;
}

export async function readPlan(file: string): Promise<Plan> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new UserError(`Cannot read plan ${JSON.stringify(file)} (${(e as NodeJS.ErrnoException).code}).`);
  }
  return parsePlan(text, JSON.stringify(file));
}

/** The `matrix` output: `strategy: matrix: ${{ fromJSON(needs.plan.outputs.matrix) }}`. */
export function matrixFor(plan: Plan): { include: MatrixRow[] } {
  const slots = plan.runSlots ?? 1;
  const rows = plan.suites.flatMap((s) =>
    s.shards.flatMap((sh) => {
      const row = { shard: sh.shard, shards: s.shards.length, suite: s.name };
      if (slots === 1) return [row];
      return Array.from({ length: slots }, (_, i) => ({ ...row, run: i + 1 }));
    }),
  );
  // makePlan refuses such plans; a plan file edited by hand must not produce a matrix GitHub rejects.
  if (rows.length > MAX_MATRIX_JOBS) {
    throw new UserError(
      `The plan needs ${rows.length} matrix jobs; a GitHub matrix holds at most ${MAX_MATRIX_JOBS}. ` +
        `Lower 'shards' or 'runs' on the plan step.`,
    );
  }
  return { include: rows };
}

/** What one matrix job runs. An unknown suite or shard number is a UserError naming the valid ones. */
export function itemsForShard(plan: Plan, suite: string, shard: number): PlanItem[] {
  const s = plan.suites.find((x) => x.name === suite);
  if (s === undefined) {
    throw new UserError(
      `Input 'suite': ${JSON.stringify(suite)} is not in the plan; it has ${plan.suites.map((x) => `'${x.name}'`).join(', ')}.`,
    );
  }
  const sh = s.shards.find((x) => x.shard === shard);
  if (sh === undefined) {
    throw new UserError(
      `Input 'shard': ${JSON.stringify(shard)} is not a shard of suite '${suite}'; expected 1 to ${s.shards.length}.`,
    );
  }
  return sh.items.map(({ file, tests, exceptTests }) => {
    const item: PlanItem = { file };
    if (tests !== undefined) item.tests = tests;
    if (exceptTests !== undefined) item.exceptTests = exceptTests;
    return item;
  });
}
