import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root: dist/cli/index.js and src/cli/*.ts both sit two levels below it. The path is built from
 * parts so that ncc does not mistake a file name for an asset and copy a stale version into dist/.
 */
export function packageFile(...parts: string[]): string {
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', ...parts);
}

/** The version in package.json, read when asked (so it is never a second copy that can drift). */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
}

export interface InputMetadata {
  description: string;
  default?: string;
}

/**
 * The inputs of one action.yml (`action.yml`, `plan/action.yml`, ...): the CLI's option descriptions. The YAML
 * parser is loaded here, when help is asked for, not on every start.
 */
export async function actionInputs(actionFile: string): Promise<Record<string, InputMetadata>> {
  const { parse } = await import('yaml');
  const meta = parse(readFileSync(packageFile(...actionFile.split('/')), 'utf8')) as {
    inputs?: Record<string, InputMetadata>;
  };
  return meta.inputs ?? {};
}
