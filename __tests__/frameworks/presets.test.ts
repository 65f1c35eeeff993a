import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expandPresetEnv, resolvePreset } from '../../src/frameworks/index.js';
import { buildInvocation } from '../../src/execute/template.js';
import { UserError } from '../../src/inputs/user-error.js';

const files = ['tests/a_test.x', 'tests/b c.x'];
const results = '/out/run-2.xml';

function argvFor(framework: string, workers: number, testFiles = files) {
  const preset = resolvePreset(framework, { workers });
  return buildInvocation(preset.command, { files: testFiles.map(preset.fileArg), workers, results, run: 2 });
}

describe('framework presets', () => {
  it('pytest passes -n only with more than one worker, and keeps file/line in the JUnit report', () => {
    expect(argvFor('pytest', 4)).toEqual({
      argv: ['python3', '-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', '--continue-on-collection-errors', '-n', '4',
        `--junitxml=${results}`, ...files], // prettier-ignore
      mode: 'argv',
      usesFiles: true,
    });
    expect(argvFor('pytest', 1).argv).toEqual(
      ['python3', '-m', 'pytest', '-p', 'no:cacheprovider', '-o', 'junit_family=xunit1', '--continue-on-collection-errors', `--junitxml=${results}`,
        ...files], // prettier-ignore
    );
    expect(resolvePreset('pytest', { workers: 4 }).env).toEqual({
      PYTEST_XDIST_AUTO_NUM_WORKERS: '{workers}',
    });
  });

  it('jest takes exact paths and reports through jest-junit, its flags passed to jest after --', () => {
    expect(argvFor('jest', 3).argv).toEqual([
      'npx', '--no', '--', 'jest', '--ci', '--maxWorkers=3', '--reporters=default', '--reporters=jest-junit',
      '--runTestsByPath', ...files,
    ]); // prettier-ignore
    const env = expandPresetEnv(resolvePreset('jest', { workers: 3 }).env, { results, workers: 3, run: 2 });
    expect(env).toEqual({
      JEST_JUNIT_OUTPUT_FILE: results,
      JEST_JUNIT_ADD_FILE_ATTRIBUTE: 'true',
      JEST_JUNIT_REPORT_TEST_SUITE_ERRORS: 'true',
      JEST_JUNIT_SUITE_NAME: '{filepath}',
      JEST_JUNIT_CLASSNAME: '{classname}',
      JEST_JUNIT_TITLE: '{title}',
      JEST_JUNIT_ANCESTOR_SEPARATOR: ' > ',
    });
  });

  it('vitest writes JUnit next to the default reporter', () => {
    expect(argvFor('vitest', 2).argv).toEqual([
      'npx', '--no', '--', 'vitest', 'run', '--maxWorkers=2', '--reporter=default', '--reporter=junit',
      `--outputFile.junit=${results}`, ...files,
    ]); // prettier-ignore
  });

  it('playwright gets each file as its absolute path, escaped and anchored, and the report path by env', () => {
    const preset = resolvePreset('playwright', { workers: 2, cwd: '/repo/web' });
    const argv = buildInvocation(preset.command, {
      files: ['e2e/a.spec.ts'].map(preset.fileArg), workers: 2, results, run: 2,
    }).argv; // prettier-ignore
    expect(argv).toEqual([
      'npx', '--no', '--', 'playwright', 'test', '--workers=2', '--reporter=list,junit',
      '^\\/repo\\/web\\/e2e\\/a\\.spec\\.ts$',
    ]); // prettier-ignore
    // Playwright compiles the argument with flags 'gi' and searches the absolute path.
    const matches = (path: string) => new RegExp(argv.at(-1)!, 'i').test(path);
    expect(matches('/repo/web/e2e/a.spec.ts')).toBe(true);
    expect(matches('/repo/web/e2e/a.spec.tsx')).toBe(false);
    expect(matches('/repo/web/x/e2e/a.spec.ts')).toBe(false);
    expect(expandPresetEnv(preset.env, { results, workers: 2, run: 2 })).toEqual({
      PLAYWRIGHT_JUNIT_OUTPUT_NAME: results,
    });
  });

  it('go reads packages, bypasses the test cache and reports on stdout', () => {
    expect(argvFor('go', 4, ['./pkg/...', './cmd/x']).argv).toEqual([
      'go', 'test', '-json', '-count=1', '-p', '4', './pkg/...', './cmd/x',
    ]); // prettier-ignore
    expect(resolvePreset('go', { workers: 4 })).toMatchObject({
      reportIsStdout: true,
      reportExtension: 'json',
    });
  });

  it("node:test writes spec to stdout and JUnit with files (shardproof's reporter) to the results file", () => {
    const argv = argvFor('node-test', 2).argv;
    const reporter = argv[5].slice('--test-reporter='.length);
    expect(argv).toEqual([
      'node', '--test', '--test-concurrency=2', '--test-reporter=spec', '--test-reporter-destination=stdout',
      `--test-reporter=${reporter}`, `--test-reporter-destination=${results}`, ...files,
    ]); // prettier-ignore
    expect(reporter).toMatch(/shardproof-reporters\/node-test-junit-[0-9a-f]{12}\.mjs$/);
    expect(readFileSync(reporter, 'utf8')).toContain('export default async function* shardproofJunit');
  });

  it('a command input replaces the template of a known framework but keeps its reporting env', () => {
    const preset = resolvePreset('jest', { workers: 2, command: 'yarn jest --runTestsByPath {files}' });
    expect(preset.command).toBe('yarn jest --runTestsByPath {files}');
    expect(preset.env.JEST_JUNIT_OUTPUT_FILE).toBe('{results}');
  });

  it('custom needs a command, and a results glob unless the command has {results}', () => {
    expect(() => resolvePreset('custom', { workers: 2 })).toThrow(UserError);
    expect(() => resolvePreset('custom', { workers: 2 })).toThrow(
      /^Input 'command' is required when framework is 'custom'/,
    );
    expect(() => resolvePreset('custom', { workers: 2, command: 'make test' })).toThrow(
      /^Input 'results' is required when framework is 'custom'/,
    );
    expect(resolvePreset('custom', { workers: 2, command: 'make test', results: 'out/*.xml' })).toMatchObject(
      {
        framework: 'custom',
        command: 'make test',
        resultsGlob: 'out/*.xml',
      },
    );
    expect(
      resolvePreset('custom', { workers: 2, command: 't --junit={results}' }).resultsGlob,
    ).toBeUndefined();
  });

  it('an unknown framework names the input and the choices', () => {
    expect(() => resolvePreset('mocha', { workers: 1 })).toThrow(
      `Input 'framework': "mocha" is not valid; expected one of pytest, jest, vitest, playwright, go, node-test, custom.`,
    );
  });
});
