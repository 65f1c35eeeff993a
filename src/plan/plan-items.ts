import { posix } from 'node:path';
import { UserError } from '../inputs/user-error.js';
import { quoted } from '../platform/inert-text.js';
import type { Plan } from './model.js';

/**
 * A plan travels between jobs and can come from a pull request (a committed plan file, an edited
 * artifact), and its items end up as arguments of the test command. Every item must name something inside
 * the workspace, as a relative path, and none may read as an option: `../../etc/passwd`, `/etc/passwd` and
 * `--help` are refused before any command sees them.
 */
export function assertPlanItemsSafe(plan: Plan, source: string): void {
  for (const suite of plan.suites) {
    if (!Array.isArray(suite?.shards))
      throw shapeError(source, `suite ${quoted(String(suite?.name))} has no shards`);
    for (const shard of suite.shards) {
      if (!Array.isArray(shard?.items))
        throw shapeError(source, `a shard of suite ${quoted(suite.name)} has no items`);
      for (const item of shard.items) {
        const where = `suite ${quoted(suite.name)}, shard ${shard.shard}`;
        const problem = fileProblem(item?.file);
        if (problem !== undefined) {
          throw new UserError(
            `Plan ${source}: ${where} has item ${shownValue(item?.file)}, which ${problem}. A plan names test files ` +
              'inside the workspace by relative paths only; re-run the plan step instead of editing the plan.',
          );
        }
        for (const key of ['tests', 'exceptTests'] as const) {
          const selectors: unknown = item[key];
          if (selectors === undefined) continue;
          const bad = Array.isArray(selectors)
            ? selectors.find((s) => selectorProblem(s) !== undefined)
            : selectors;
          if (!Array.isArray(selectors) || bad !== undefined) {
            throw new UserError(
              `Plan ${source}: ${where}, item ${quoted(item.file)} has ${key} ${shownValue(bad)}, which ` +
                `${Array.isArray(selectors) ? selectorProblem(bad) : 'is not a list'}; re-run the plan step.`,
            );
          }
        }
      }
    }
  }
}

/** Why `file` may not be passed to a command, or undefined when it may. */
export function fileProblem(file: unknown): string | undefined {
  if (typeof file !== 'string' || file === '') return 'is not a path';
  if (/\p{Cc}/u.test(file)) return 'contains a control character';
  if (file.startsWith('-')) return "starts with '-' and would be read as an option";
  const slashed = file.replace(/\\/g, '/');
  if (slashed.startsWith('/') || /^[A-Za-z]:/.test(slashed)) return 'is an absolute path';
  const normal = posix.normalize(slashed);
  if (normal === '..' || normal.startsWith('../')) return 'leads outside the workspace';
  return undefined;
}

function selectorProblem(selector: unknown): string | undefined {
  if (typeof selector !== 'string' || selector === '') return 'is not a test name';
  if (/[\n\r]|\p{Cc}/u.test(selector)) return 'contains a control character';
  if (selector.startsWith('-')) return "starts with '-' and would be read as an option";
  return undefined;
}

function shownValue(value: unknown): string {
  return typeof value === 'string' ? quoted(value) : String(JSON.stringify(value) ?? value);
}

function shapeError(source: string, what: string): UserError {
  return new UserError(
    `Plan ${source} is not a shardproof plan: ${what}; pass the file the plan step wrote.`,
  );
}
