import { execFile, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { scratchDir } from './scratch.js';

export interface BundleRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
}

export interface BundleOptions {
  cwd?: string;
  env?: Record<string, string>;
  node?: string;
  timeoutMs?: number;
}

/**
 * Starts a built bundle the way the Actions runner starts a JavaScript action: inputs as INPUT_<NAME>
 * environment variables, outputs and the step summary through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 */
export function runBundle(
  entry: 'run' | 'plan' | 'report',
  inputs: Record<string, string>,
  options: BundleOptions = {},
): BundleRun {
  const bundle = prepareBundle(entry, inputs, options);
  const child = spawnSync(bundle.node, bundle.args, { ...bundle.spawnOptions, encoding: 'utf8' });
  return bundle.collect(child.status, child.stdout, child.stderr);
}

/**
 * The same without blocking this process, for tests whose services (the results-service stand-in) answer
 * from inside the test process while the bundle runs.
 */
export function runBundleAsync(
  entry: 'run' | 'plan' | 'report',
  inputs: Record<string, string>,
  options: BundleOptions = {},
): Promise<BundleRun> {
  const bundle = prepareBundle(entry, inputs, options);
  return new Promise((resolveRun, reject) => {
    execFile(
      bundle.node,
      bundle.args,
      { ...bundle.spawnOptions, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const status = error ? (typeof error.code === 'number' ? error.code : null) : 0;
        if (error && status === null && !error.killed) reject(error);
        else resolveRun(bundle.collect(status, stdout, stderr));
      },
    );
  });
}

function prepareBundle(entry: string, inputs: Record<string, string>, options: BundleOptions) {
  const dir = scratchDir('e2e');
  const outputFile = join(dir, 'output');
  const summaryFile = join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) {
    // A clean runner environment: no inherited action inputs or GitHub service credentials.
    if (value !== undefined && !/^(INPUT_|GITHUB_|ACTIONS_)/.test(key)) env[key] = value;
  }
  Object.assign(env, {
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    SHARDPROOF_STATE_DIR: join(dir, 'state'),
    ...options.env,
  });
  for (const [name, value] of Object.entries(inputs))
    env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  return {
    node: options.node ?? process.execPath,
    args: [resolve(`dist/${entry}/index.js`)],
    spawnOptions: { cwd: options.cwd ?? process.cwd(), env, timeout: options.timeoutMs ?? 120_000 },
    collect: (status: number | null, stdout: string, stderr: string): BundleRun => ({
      status,
      stdout,
      stderr,
      outputs: parseOutputFile(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
    }),
  };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks (what @actions/core writes). */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const match = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (match) {
      const [, name, delimiter] = match;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]);
      outputs[name] = value.join('\n');
    } else if (lines[i].includes('=')) {
      const eq = lines[i].indexOf('=');
      outputs[lines[i].slice(0, eq)] = lines[i].slice(eq + 1);
    }
  }
  return outputs;
}
