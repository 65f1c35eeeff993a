/**
 * What each supported framework needs to run a shard and leave a machine-readable report behind:
 * a command template (see template.ts), extra environment, and where the report ends up.
 * Every preset passes the worker count explicitly so that runs are reproducible on any runner.
 */
import { UserError, inputError } from '../inputs/user-error.js';

export type Framework = 'pytest' | 'jest' | 'vitest' | 'playwright' | 'go' | 'node-test' | 'custom';
export const FRAMEWORKS: readonly Framework[] = [
  'pytest', 'jest', 'vitest', 'playwright', 'go', 'node-test', 'custom',
]; // prettier-ignore

export interface Preset {
  framework: Framework;
  /** Command template with {files}, {workers}, {results}, {run}. */
  command: string;
  /** Extra environment; values may use {results}, {workers} and {run} (no quoting: env is not a shell). */
  env: Record<string, string>;
  /** Extension of `run-k.<ext>`, the report path given as {results}. */
  reportExtension: 'xml' | 'json';
  /** go test -json writes its report to stdout: the runner captures stdout into {results}. */
  reportIsStdout: boolean;
  /** custom only: a glob (relative to the working directory) of the reports the command writes. */
  resultsGlob?: string;
  /** How a test file becomes a command-line argument for this framework. */
  fileArg(file: string): string;
}

export interface PresetSettings {
  workers: number;
  /** The user's `command` input: required for custom, overrides the template of other frameworks. */
  command?: string;
  /** The user's `results` input: a glob of report files (custom only). */
  results?: string;
}

const asIs = (file: string) => file;

export function resolvePreset(framework: string, settings: PresetSettings): Preset {
  const command = settings.command?.trim();
  if (framework === 'custom') return customPreset(command, settings.results?.trim());
  const preset = builtInPreset(framework, settings);
  // A user command on a known framework keeps the preset's reporting env, e.g. `poetry run pytest …`.
  return command ? { ...preset, command } : preset;
}

function builtInPreset(framework: string, { workers }: PresetSettings): Preset {
  switch (framework) {
    case 'pytest':
      return {
        framework,
        // `-n` only with more than one worker: suites without pytest-xdist still run serially, and one
        // worker in-process is the honest serial baseline. xunit1 keeps the file/line attributes that
        // rerun node ids need. The env var makes a `-n auto` in the user's addopts mean our count.
        command:
          'python3 -m pytest -p no:cacheprovider -o junit_family=xunit1 ' +
          (workers > 1 ? '-n {workers} ' : '') +
          '--junitxml={results} {files}',
        env: { PYTEST_XDIST_AUTO_NUM_WORKERS: '{workers}' },
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: asIs,
      };
    case 'jest':
      return {
        framework,
        // `npx --no` never downloads a package that is missing; --runTestsByPath makes file arguments
        // exact paths instead of regexes (a file named `a+b.test.js` would not match itself otherwise).
        command:
          'npx --no jest --ci --maxWorkers={workers} --reporters=default --reporters=jest-junit ' +
          '--runTestsByPath {files}',
        env: { JEST_JUNIT_OUTPUT_FILE: '{results}', JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true' },
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: asIs,
      };
    case 'vitest':
      return {
        framework,
        command:
          'npx --no vitest run --maxWorkers={workers} --reporter=default --reporter=junit ' +
          '--outputFile.junit={results} {files}',
        env: {},
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: asIs,
      };
    case 'playwright':
      return {
        framework,
        command: 'npx --no playwright test --workers={workers} --reporter=list,junit {files}',
        env: { PLAYWRIGHT_JUNIT_OUTPUT_NAME: '{results}' },
        reportExtension: 'xml',
        reportIsStdout: false,
        // Playwright reads file arguments as regular expressions over the absolute path.
        fileArg: escapeJsRegExp,
      };
    case 'go':
      return {
        framework,
        // -count=1: the test cache would otherwise answer runs 2..N without running anything.
        // Here "files" are package patterns such as ./pkg/...
        command: 'go test -json -count=1 -p {workers} {files}',
        env: {},
        reportExtension: 'json',
        reportIsStdout: true,
        fileArg: asIs,
      };
    case 'node-test':
      return {
        framework,
        command:
          'node --test --test-concurrency={workers} --test-reporter=spec --test-reporter-destination=stdout ' +
          '--test-reporter=junit --test-reporter-destination={results} {files}',
        env: {},
        reportExtension: 'xml',
        reportIsStdout: false,
        fileArg: asIs,
      };
    default:
      throw inputError('framework', framework, `one of ${FRAMEWORKS.join(', ')}`);
  }
}

function customPreset(command: string | undefined, resultsGlob: string | undefined): Preset {
  if (!command) {
    throw new UserError(
      `Input 'command' is required when framework is 'custom': give the command that runs your tests, ` +
        `e.g. "./run-tests.sh --junit={results} {files}", or pick a framework preset.`,
    );
  }
  if (!resultsGlob && !command.includes('{results}')) {
    throw new UserError(
      `Input 'results' is required when framework is 'custom' and the command has no {results}: ` +
        `give a glob of the JUnit/CTRF/go-json reports your command writes, e.g. "reports/*.xml".`,
    );
  }
  return {
    framework: 'custom',
    command,
    env: {},
    reportExtension: 'xml',
    reportIsStdout: false,
    resultsGlob: resultsGlob || undefined,
    fileArg: asIs,
  };
}

/** Escapes a string for a JavaScript RegExp with or without the `u` flag (`-` stays: `\-` is invalid with u). */
export function escapeJsRegExp(text: string): string {
  return text.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&');
}

/** Expands {results}, {workers}, {run} in preset env values. */
export function expandPresetEnv(
  env: Record<string, string>,
  values: { results: string; workers: number; run: number },
): Record<string, string> {
  const expanded: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    expanded[key] = value
      .replaceAll('{results}', values.results)
      .replaceAll('{workers}', String(values.workers))
      .replaceAll('{run}', String(values.run));
  }
  return expanded;
}
