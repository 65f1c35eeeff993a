import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Validation of request bodies and parameters against GitHub's own REST description (npm @octokit/openapi,
 * OpenAPI 3.0). It implements the JSON Schema subset those operations use; a schema keyword it does not
 * implement makes validation throw, so a newer description can never be checked only in part without notice.
 */

export type Schema = Record<string, unknown>;

export interface Operation {
  operationId: string;
  method: string;
  /** The path template, e.g. /repos/{owner}/{repo}/check-runs. */
  path: string;
  pattern: RegExp;
  pathParams: string[];
  parameters: { name: string; in: string; required: boolean; schema: Schema }[];
  body?: { required: boolean; schema: Schema };
}

interface Description {
  paths: Record<string, Record<string, Record<string, unknown>>>;
  components: Record<string, Record<string, unknown>>;
}

let cached: Description | undefined;

/** The api.github.com description shipped by @octokit/openapi (the plain one: 13 MB, not the 73 MB deref). */
export function githubDescription(): Description {
  if (!cached) {
    const pkg = createRequire(import.meta.url).resolve('@octokit/openapi/package.json');
    cached = JSON.parse(
      readFileSync(join(dirname(pkg), 'generated', 'api.github.com.json'), 'utf8'),
    ) as Description;
  }
  return cached;
}

/** The operations with these ids, their $refs resolved; throws when one is missing from the description. */
export function loadOperations(
  ids: readonly string[],
  description = githubDescription(),
): Map<string, Operation> {
  const found = new Map<string, Operation>();
  for (const [path, item] of Object.entries(description.paths)) {
    for (const [method, op] of Object.entries(item)) {
      const id = op?.operationId;
      if (typeof id !== 'string' || !ids.includes(id)) continue;
      const resolve = (v: unknown) => resolveRefs(v, description) as Record<string, unknown>;
      const params = ((op.parameters as unknown[]) ?? []).map(resolve);
      const body = op.requestBody ? resolve(op.requestBody) : undefined;
      const names: string[] = [];
      const source = path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{([^}]+)\}/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      found.set(id, {
        operationId: id,
        method: method.toUpperCase(),
        path,
        pattern: new RegExp(`^${source}$`),
        pathParams: names,
        parameters: params.map((p) => ({
          name: String(p.name),
          in: String(p.in),
          required: p.required === true,
          schema: (p.schema as Schema) ?? {},
        })),
        body: body
          ? {
              required: body.required === true,
              schema: ((body.content as Record<string, { schema: Schema }>)['application/json']?.schema ??
                {}) as Schema,
            }
          : undefined,
      });
    }
  }
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new Error(`not in GitHub's description: ${missing.join(', ')}`);
  return found;
}

function resolveRefs(value: unknown, root: Description, seen: string[] = []): unknown {
  if (Array.isArray(value)) return value.map((v) => resolveRefs(v, root, seen));
  if (!value || typeof value !== 'object') return value;
  const ref = (value as { $ref?: unknown }).$ref;
  if (typeof ref === 'string') {
    if (seen.includes(ref)) throw new Error(`recursive $ref ${ref}`);
    const target = ref
      .replace(/^#\//, '')
      .split('/')
      .reduce<unknown>(
        (node, key) => (node as Record<string, unknown>)?.[key.replace(/~1/g, '/').replace(/~0/g, '~')],
        root,
      );
    if (target === undefined) throw new Error(`unresolved $ref ${ref}`);
    return resolveRefs(target, root, [...seen, ref]);
  }
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolveRefs(v, root, seen)]));
}

const ANNOTATION_KEYWORDS = new Set([
  'description',
  'default',
  'example',
  'examples',
  'title',
  'deprecated',
  'readOnly',
  'writeOnly',
]);

/** Problems with `value` under `schema`, as `where: what` lines; empty when it is valid. */
export function validate(schema: Schema, value: unknown, where = 'body'): string[] {
  const problems: string[] = [];
  for (const key of Object.keys(schema)) {
    if (!KEYWORDS.has(key) && !ANNOTATION_KEYWORDS.has(key) && !key.startsWith('x-')) {
      throw new Error(`the validator does not implement the schema keyword "${key}" (at ${where})`);
    }
  }
  if (value === null) {
    if (schema.nullable !== true && schema.type !== undefined) problems.push(`${where}: is null`);
    return problems;
  }
  const type = schema.type as string | undefined;
  if (type !== undefined && !hasType(value, type))
    return [`${where}: expected ${type}, got ${describe(value)}`];
  if (Array.isArray(schema.enum) && !schema.enum.includes(value))
    problems.push(`${where}: ${JSON.stringify(value)} is not one of ${schema.enum.join(', ')}`);
  if (typeof value === 'string') problems.push(...stringProblems(schema, value, where));
  if (typeof value === 'number') problems.push(...numberProblems(schema, value, where));
  if (Array.isArray(value)) problems.push(...arrayProblems(schema, value, where));
  else if (typeof value === 'object')
    problems.push(...objectProblems(schema, value as Record<string, unknown>, where));
  problems.push(...combinatorProblems(schema, value, where));
  return problems;
}

const KEYWORDS = new Set([
  'type',
  'nullable',
  'enum',
  'format',
  'maxLength',
  'minLength',
  'pattern',
  'minimum',
  'maximum',
  'items',
  'maxItems',
  'minItems',
  'properties',
  'required',
  'additionalProperties',
  'anyOf',
  'oneOf',
  'allOf',
]);

function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value);
  if (type === 'array') return Array.isArray(value);
  if (type === 'object') return typeof value === 'object' && !Array.isArray(value);
  return typeof value === type;
}

function stringProblems(schema: Schema, value: string, where: string): string[] {
  const out: string[] = [];
  // JSON Schema counts characters as code points.
  const length = [...value].length;
  if (typeof schema.maxLength === 'number' && length > schema.maxLength)
    out.push(`${where}: ${length} characters, at most ${schema.maxLength}`);
  if (typeof schema.minLength === 'number' && length < schema.minLength)
    out.push(`${where}: ${length} characters, at least ${schema.minLength}`);
  if (typeof schema.pattern === 'string' && !new RegExp(schema.pattern, 'u').test(value))
    out.push(`${where}: does not match ${schema.pattern}`);
  if (schema.format === 'date-time' && Number.isNaN(Date.parse(value))) out.push(`${where}: not a date-time`);
  return out;
}

function numberProblems(schema: Schema, value: number, where: string): string[] {
  const out: string[] = [];
  if (typeof schema.minimum === 'number' && value < schema.minimum)
    out.push(`${where}: ${value} < ${schema.minimum}`);
  if (typeof schema.maximum === 'number' && value > schema.maximum)
    out.push(`${where}: ${value} > ${schema.maximum}`);
  return out;
}

function arrayProblems(schema: Schema, value: unknown[], where: string): string[] {
  const out: string[] = [];
  if (typeof schema.maxItems === 'number' && value.length > schema.maxItems)
    out.push(`${where}: ${value.length} items, at most ${schema.maxItems}`);
  if (typeof schema.minItems === 'number' && value.length < schema.minItems)
    out.push(`${where}: ${value.length} items, at least ${schema.minItems}`);
  const items = schema.items as Schema | undefined;
  if (items) value.forEach((item, i) => out.push(...validate(items, item, `${where}[${i}]`)));
  return out;
}

function objectProblems(schema: Schema, value: Record<string, unknown>, where: string): string[] {
  const out: string[] = [];
  const properties = (schema.properties ?? {}) as Record<string, Schema>;
  for (const name of (schema.required as string[] | undefined) ?? []) {
    // A required name the schema does not describe (GitHub's check-run `actions` items have one) is still required.
    if (!(name in value)) out.push(`${where}.${name}: required`);
  }
  for (const [name, child] of Object.entries(value)) {
    if (properties[name]) out.push(...validate(properties[name], child, `${where}.${name}`));
    else if (schema.additionalProperties === false) out.push(`${where}.${name}: not allowed`);
    else if (schema.additionalProperties && typeof schema.additionalProperties === 'object') {
      out.push(...validate(schema.additionalProperties as Schema, child, `${where}.${name}`));
    }
  }
  return out;
}

function combinatorProblems(schema: Schema, value: unknown, where: string): string[] {
  const out: string[] = [];
  for (const part of (schema.allOf as Schema[] | undefined) ?? []) out.push(...validate(part, value, where));
  const anyOf = schema.anyOf as Schema[] | undefined;
  if (anyOf && !anyOf.some((part) => validate(part, value, where).length === 0))
    out.push(`${where}: matches none of anyOf`);
  const oneOf = schema.oneOf as Schema[] | undefined;
  if (oneOf) {
    const matches = oneOf.filter((part) => validate(part, value, where).length === 0).length;
    if (matches !== 1) out.push(`${where}: matches ${matches} of oneOf, needs exactly 1`);
  }
  return out;
}

function describe(value: unknown): string {
  return Array.isArray(value) ? 'array' : typeof value;
}
