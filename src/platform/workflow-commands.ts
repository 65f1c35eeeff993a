import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';
import type { AnnotationProps } from './types.js';

/**
 * The runner's workflow commands and file commands, written the way @actions/core writes them (documented by
 * GitHub: "Workflow commands for GitHub Actions"). Kept here rather than loading @actions/core at start-up:
 * that library also loads an HTTP client (undici) for OIDC tokens, which roughly doubled the time to a bundle's
 * first line. The library still runs inside the artifact and cache clients, which load it when they are used.
 */

/** `::name key=value,...::message` with GitHub's escaping of data and property values. */
export function formatCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): string {
  const props = Object.entries(properties)
    .filter(([, value]) => value !== undefined && value !== '' && value !== 0)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

export function issueCommand(
  name: string,
  properties: Record<string, string | number | undefined>,
  message: string,
): void {
  process.stdout.write(formatCommand(name, properties, message) + EOL);
}

/** The annotation properties GitHub reads (`title`, `file`, `line`). */
export function annotationProperties(
  props: AnnotationProps = {},
): Record<string, string | number | undefined> {
  return { title: props.title, file: props.file, line: props.startLine };
}

/** `INPUT_<NAME>` as the runner sets it (spaces become underscores), trimmed; '' when not given. */
export function readInput(name: string, env: NodeJS.ProcessEnv = process.env): string {
  return (env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Appends `name<<delimiter` / value / delimiter to the GITHUB_OUTPUT file, with a random delimiter so that no
 * value can end the block early. Without the file (a very old runner) it falls back to the set-output command.
 */
export function writeOutput(name: string, value: string, env: NodeJS.ProcessEnv = process.env): void {
  const file = env.GITHUB_OUTPUT;
  if (!file) {
    process.stdout.write(EOL);
    issueCommand('set-output', { name }, value);
    return;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter))
    throw new Error(`Unexpected input: an output must not contain the delimiter "${delimiter}"`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}

/** Appends markdown (and a line end) to the job summary file; false when the runner gave none. */
export function appendSummaryFile(markdown: string, env: NodeJS.ProcessEnv = process.env): boolean {
  const file = env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  appendFileSync(file, markdown + EOL, 'utf8');
  return true;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
