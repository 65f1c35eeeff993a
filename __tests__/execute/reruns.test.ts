import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordingLogger } from './recording-logger.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { resolvePreset } from '../../src/frameworks/index.js';
import { rerunFailedTests } from '../../src/execute/reruns.js';
import type { TestResult } from '../../src/results/model.js';

const reportEnv = resolve('__tests__/fixtures/execute/report-env.mjs');
let work: string;
const logger = recordingLogger();
const logged = logger.lines;
const failedA: TestResult = {
  id: 'tests/test_a.py::TestX::test_one',
  file: 'tests/test_a.py',
  suite: 'tests.test_a.TestX',
  name: 'test_one',
  outcome: 'failed',
  duration: 0.1,
};
const noFile: TestResult = { id: 'mystery', name: 'mystery', outcome: 'failed', duration: 0 };

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'shardproof-reruns-'));
  logged.length = 0;
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

function options(rerunFailed: number) {
  // pytest's selection (node ids) with a stand-in command that echoes what it was given
  const preset = resolvePreset('pytest', { workers: 2, command: `node ${reportEnv} {results} {files}` });
  const lines: string[] = [];
  return {
    lines,
    opts: {
      preset,
      failed: [failedA, noFile],
      rerunFailed,
      run: 2,
      runs: 5,
      workers: 2,
      outputDir: work,
      cwd: work,
      baseEnv: { PATH: process.env.PATH ?? '' },
      logger,
      onLine: (stream: string, line: string) => void (stream === 'stdout' && lines.push(line)),
    },
  };
}

describe('rerunFailedTests', () => {
  it('reruns only the failed tests, each time in a fresh process with its own report and log', async () => {
    const { lines, opts } = options(2);
    const records = await rerunFailedTests(opts);
    expect(records.map((r) => [r.run, r.rerun, r.outcome.exitCode, r.reportMissing])).toEqual([
      [2, 1, 0, false],
      [2, 2, 0, false],
    ]);
    expect(records[0].tests).toEqual([failedA]);
    const seen = lines.map((l) => JSON.parse(l));
    expect(seen.map((s) => s.files)).toEqual([
      ['tests/test_a.py::TestX::test_one'],
      ['tests/test_a.py::TestX::test_one'],
    ]);
    expect(seen.map((s) => [s.env.SHARDPROOF_RUN, s.env.SHARDPROOF_RERUN])).toEqual([
      ['2', '1'],
      ['2', '2'],
    ]);
    expect((await readdir(work)).sort()).toEqual([
      'run-2-rerun-1.log', 'run-2-rerun-1.xml', 'run-2-rerun-2.log', 'run-2-rerun-2.xml',
    ]); // prettier-ignore
    expect(records[0].argv).toEqual([
      'node',
      reportEnv,
      join(work, 'run-2-rerun-1.xml'),
      'tests/test_a.py::TestX::test_one',
    ]);
    expect(logged).toContain(
      'warning: cannot rerun mystery on its own: the report names no test file, so there is no pytest node id',
    );
  });

  it('stops once the caller reports that nothing fails any more', async () => {
    const { opts } = options(3);
    const records = await rerunFailedTests({ ...opts, stillFailing: async () => [] });
    expect(records.map((r) => r.rerun)).toEqual([1]);
  });

  it('does nothing for a custom command, saying why', async () => {
    const { opts } = options(2);
    const preset = resolvePreset('custom', { workers: 1, command: 'true {results}' });
    expect(await rerunFailedTests({ ...opts, preset, failed: [failedA] })).toEqual([]);
    expect(logged).toEqual([
      'warning: cannot rerun tests/test_a.py::TestX::test_one on its own: a custom command has no known test filter',
    ]);
  });

  it('refuses to rerun everything when the command has no {files}', async () => {
    const { opts } = options(2);
    const preset = resolvePreset('pytest', { workers: 1, command: 'pytest' });
    expect(await rerunFailedTests({ ...opts, preset, failed: [failedA] })).toEqual([]);
    expect(logged).toEqual([
      'warning: cannot rerun only the failed tests: the command has no {files} to put the selection in',
    ]);
  });
});
