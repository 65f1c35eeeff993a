import { spawnSync } from 'node:child_process';
import type { FrameworkModule } from './framework.js';
import { escapeJsRegExp, nameFilterSelection } from './name-filter.js';
import { nodeTestReporterPath } from './node-test-reporter.js';

/**
 * node --test with the spec reporter on stdout and shardproof's JUnit reporter into {results}: Node's own
 * junit reporter names no file before Node 24 (node-test-reporter.ts). One process as before, so the
 * attribution costs no extra run per file.
 */
export const nodeTest: FrameworkModule = {
  name: 'node-test',
  retries: 'node:test has no retries of its own',
  preset: () => ({
    framework: 'node-test',
    command:
      'node --test --test-concurrency={workers} --test-reporter=spec --test-reporter-destination=stdout ' +
      `--test-reporter=${templateWord(nodeTestReporterPath())} --test-reporter-destination={results} {files}`,
    env: {},
    reportExtension: 'xml',
    reportIsStdout: false,
    fileArg: (file) => file,
  }),
  // Nested tests match on their own name (older Node) or ancestors + name joined by spaces (newer).
  rerunSelection: (tests) =>
    nameFilterSelection(
      tests,
      (test) => escapeJsRegExp(test.name),
      (patterns) => patterns.map((p) => `--test-name-pattern=(?:^| )${p}$`),
    ),
  displayId: (test) => [test.file, test.name].filter(Boolean).join(' > '),
  shuffleArgs: (seed) => ['--test-randomize', `--test-random-seed=${seed}`],
  shuffleUnavailable: ({ cwd, env }) =>
    nodeHasTestRandomize(cwd, env)
      ? undefined
      : `the node on PATH (${nodeVersion(cwd, env)}) has no --test-randomize`,
};

/** Whether the `node` the preset starts knows --test-randomize (newer Node releases only): its --help says. */
function nodeHasTestRandomize(cwd: string, env: Record<string, string>): boolean {
  const probe = spawnSync('node', ['--help'], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 && probe.stdout.includes('--test-randomize');
}

function nodeVersion(cwd: string, env: Record<string, string>): string {
  const probe = spawnSync('node', ['--version'], { cwd, env, encoding: 'utf8', timeout: 30_000 });
  return probe.status === 0 ? probe.stdout.trim() : 'not found';
}

/** One word of a command template whatever the path holds (single quotes, as the template reads them). */
function templateWord(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}
