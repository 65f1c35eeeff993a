import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

/** Variables the real @actions clients read; cleared before each job so nothing leaks from the host or a test. */
const CLIENT_VARIABLES = [
  'ACTIONS_RUNTIME_TOKEN',
  'ACTIONS_RESULTS_URL',
  'ACTIONS_CACHE_URL',
  'ACTIONS_CACHE_SERVICE_V2',
  'ACTIONS_CACHE_MODE',
  'ACTIONS_STEP_DEBUG',
  'GITHUB_ACTIONS',
  'GITHUB_SERVER_URL',
  'GITHUB_REPOSITORY',
  'GITHUB_RUN_ID',
  'GITHUB_RUN_ATTEMPT',
  'GITHUB_JOB',
  'GITHUB_REF',
  'GITHUB_WORKSPACE',
  'RUNNER_TEMP',
];

/**
 * The real clients read process.env, so "being a job" means setting it: the harness's job variables plus a
 * workspace and RUNNER_TEMP. Undo with vi.unstubAllEnvs().
 */
export function becomeJob(env: Record<string, string>): Record<string, string> {
  for (const name of CLIENT_VARIABLES) vi.stubEnv(name, undefined);
  for (const [name, value] of Object.entries(env)) vi.stubEnv(name, value);
  return env;
}

/** A scratch folder removed by the returned function. */
export function scratch(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `shardproof-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Collects what a twin logs. */
export class RecordingLog {
  readonly infos: string[] = [];
  readonly warnings: string[] = [];
  info(message: string): void {
    this.infos.push(message);
  }
  warning(message: string): void {
    this.warnings.push(message);
  }
}
