import { FRAMEWORKS, type Framework } from '../frameworks/names.js';
import { UserError } from '../errors/user-error.js';
import { parseShardCount, type ShardCountSetting } from './shard-count.js';

/** One entry of the `suites` input, validated. */
export interface SuiteSpec {
  name: string;
  /** Globs, one per entry. */
  tests: string[];
  exclude: string[];
  framework?: string;
  command?: string;
  workers?: number | 'auto';
  /** Overrides the top-level `shards` for this suite. */
  shards?: ShardCountSetting;
}

const KEYS = new Set(['name', 'tests', 'exclude', 'framework', 'command', 'workers', 'shards']);
// Suite names end up in matrix values and artifact names, which reject most punctuation.
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * Parses the `suites` input: a YAML list (`- name: unit\n  tests: ...`) or a map (`unit:\n  tests: ...`).
 * Empty input → no suites (the single-suite form applies). The YAML parser is loaded only here, when the input
 * is given: most workflows use `tests`, and loading it at start was a fifth of the plan bundle's cold start.
 */
export async function parseSuites(text: string): Promise<SuiteSpec[]> {
  if (text.trim() === '') return [];
  const { parse } = await import('yaml');
  let doc: unknown;
  try {
    doc = parse(text);
  } catch (e) {
    throw new UserError(`Input 'suites' is not valid YAML: ${(e as Error).message}`);
  }
  const entries: [string | undefined, unknown][] = Array.isArray(doc)
    ? doc.map((d) => [undefined, d])
    : isRecord(doc)
      ? Object.entries(doc)
      : [];
  if (entries.length === 0) {
    throw new UserError(`Input 'suites' must be a YAML list or map of suites, each with 'tests' globs.`);
  }
  const suites = entries.map(([key, value], i) => parseSuite(key, value, i));
  const seen = new Set<string>();
  for (const s of suites) {
    if (seen.has(s.name))
      throw new UserError(`Input 'suites': the name '${s.name}' is used twice; names must be unique.`);
    seen.add(s.name);
  }
  return suites;
}

function parseSuite(key: string | undefined, value: unknown, index: number): SuiteSpec {
  const where = key !== undefined ? `suite '${key}'` : `suite #${index + 1}`;
  const fail = (what: string) => new UserError(`Input 'suites', ${where}: ${what}`);
  if (!isRecord(value)) throw fail("must be a map with at least a 'tests' key.");
  for (const k of Object.keys(value)) {
    if (!KEYS.has(k)) throw fail(`unknown key '${k}'; expected one of ${[...KEYS].join(', ')}.`);
  }
  const name = key ?? value.name;
  if (typeof name !== 'string' || !NAME.test(name)) {
    throw fail(`'name' must be letters, digits, '.', '_' or '-' (got ${JSON.stringify(name)}).`);
  }
  const tests = stringList(value.tests);
  if (tests === undefined || tests.length === 0) throw fail(`'tests' must be a glob or a list of globs.`);
  const exclude = stringList(value.exclude ?? []);
  if (exclude === undefined) throw fail(`'exclude' must be a glob or a list of globs.`);
  for (const k of ['framework', 'command'] as const) {
    if (value[k] !== undefined && typeof value[k] !== 'string') throw fail(`'${k}' must be a string.`);
  }
  // A typo here would silently run the suite as `custom`, without its preset's reports and reruns.
  if (value.framework !== undefined && !FRAMEWORKS.includes(value.framework as Framework)) {
    throw fail(
      `'framework' must be one of ${FRAMEWORKS.join(', ')} (got ${JSON.stringify(value.framework)}).`,
    );
  }
  const spec: SuiteSpec = { name, tests, exclude };
  if (value.framework !== undefined) spec.framework = value.framework as string;
  if (value.command !== undefined) spec.command = value.command as string;
  if (value.workers !== undefined) {
    const w = value.workers;
    if (!(w === 'auto' || (typeof w === 'number' && Number.isInteger(w) && w >= 1))) {
      throw fail(`'workers' must be 'auto' or a whole number ≥ 1 (got ${JSON.stringify(w)}).`);
    }
    spec.workers = w;
  }
  if (value.shards !== undefined) {
    try {
      spec.shards = parseShardCount(String(value.shards), 'suites');
    } catch {
      throw fail(
        `'shards' must be 'auto' or a whole number from 1 to 256 (got ${JSON.stringify(value.shards)}).`,
      );
    }
  }
  return spec;
}

function stringList(v: unknown): string[] | undefined {
  if (typeof v === 'string')
    return v
      .split(/\r?\n/)
      .map((s) => s.trim())
      .filter((s) => s !== '');
  if (Array.isArray(v) && v.every((s) => typeof s === 'string'))
    return v.map((s) => s.trim()).filter((s) => s !== '');
  return undefined;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * A file matched by two suites would run in both, breaking "every test runs exactly once": that is an error
 * naming the file and both suites, so the user can narrow a glob or add an `exclude`.
 */
export function assertDisjointSuites(suites: readonly { name: string; files: readonly string[] }[]): void {
  const owner = new Map<string, string>();
  for (const suite of suites) {
    for (const file of suite.files) {
      const first = owner.get(file);
      if (first !== undefined && first !== suite.name) {
        throw new UserError(
          `Input 'suites': ${JSON.stringify(file)} is matched by both '${first}' and '${suite.name}', so it ` +
            `would run twice. Narrow one suite's tests globs or add it to that suite's exclude.`,
        );
      }
      owner.set(file, suite.name);
    }
  }
}
