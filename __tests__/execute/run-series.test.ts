import { access, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { recordingLogger } from './recording-logger.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appendClosingLine } from '../../src/execute/closing-line.js';
import { resolvePreset } from '../../src/frameworks/index.js';
import { runSeries } from '../../src/execute/run-series.js';

const reportEnv = resolve('__tests__/fixtures/execute/report-env.mjs');
const baseEnv = { PATH: process.env.PATH ?? '' };
let work: string;
let out: string;
const logger = recordingLogger();
const logged = logger.lines;

beforeEach(async () => {
  work = await mkdtemp(join(tmpdir(), 'shardproof-series-'));
  out = join(work, 'proof');
  logged.length = 0;
});
afterEach(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('runSeries', () => {
  it('runs N times with the SHARDPROOF_* environment, a fresh scratch dir each time, removed afterwards', async () => {
    const preset = resolvePreset('custom', { workers: 3, command: `node ${reportEnv} {results} {files}` });
    const lines: string[] = [];
    const collected: number[] = [];
    const records = await runSeries({
      preset,
      files: ['t/a.test', 't/b c.test'],
      workers: 3,
      runs: 3,
      shard: { index: 2, total: 4 },
      outputDir: out,
      cwd: work,
      baseEnv,
      logger,
      onLine: (stream, line) => stream === 'stdout' && lines.push(line),
      collect: async (record) => {
        collected.push(record.run);
      },
    });
    expect(collected).toEqual([1, 2, 3]);
    expect(records.map((r) => [r.run, r.outcome.exitCode, r.reportMissing])).toEqual([
      [1, 0, false],
      [2, 0, false],
      [3, 0, false],
    ]);
    const seen = lines.map((line) => JSON.parse(line));
    expect(seen).toHaveLength(3);
    const scratchDirs = new Set<string>();
    const runIds = new Set<string>();
    for (const [i, { env, tmpEntries, files }] of seen.entries()) {
      const run = i + 1;
      expect(env).toEqual({
        SHARDPROOF_RUN: String(run),
        SHARDPROOF_RUNS: '3',
        SHARDPROOF_WORKERS: '3',
        SHARDPROOF_SHARD: '2',
        SHARDPROOF_SHARD_TOTAL: '4',
        SHARDPROOF_TMPDIR: env.SHARDPROOF_TMPDIR,
        SHARDPROOF_PORT_BASE: String(20_000 + (3 + run - 1) * 100),
        SHARDPROOF_PORT_BLOCK_SIZE: '100',
        SHARDPROOF_RUN_ID: env.SHARDPROOF_RUN_ID,
      });
      // A fresh marker per run: it is how processes that escaped the run's tree are found and stopped.
      expect(env.SHARDPROOF_RUN_ID).toMatch(/^[0-9a-f-]{36}$/);
      expect(runIds.has(env.SHARDPROOF_RUN_ID)).toBe(false);
      runIds.add(env.SHARDPROOF_RUN_ID);
      expect(tmpEntries).toEqual([]); // empty although the previous run left a file in its own
      expect(files).toEqual(['t/a.test', 't/b c.test']);
      scratchDirs.add(env.SHARDPROOF_TMPDIR);
      await expect(access(env.SHARDPROOF_TMPDIR)).rejects.toThrow(/ENOENT/);
    }
    expect(scratchDirs.size).toBe(3);
    expect((await readdir(out)).sort()).toEqual([
      'run-1.log', 'run-1.xml', 'run-2.log', 'run-2.xml', 'run-3.log', 'run-3.xml',
    ]); // prettier-ignore
    expect(records[0].reportPaths).toEqual([join(out, 'run-1.xml')]);
    expect(logged.filter((l) => l.startsWith('group'))).toEqual([
      'group: Run 1/3, shard 2/4 (3 workers)',
      'group: Run 2/3, shard 2/4 (3 workers)',
      'group: Run 3/3, shard 2/4 (3 workers)',
    ]);
  });

  it('records a run without a report and a crashed command without stopping the series', async () => {
    const preset = resolvePreset('custom', { workers: 1, command: `node ${reportEnv} none {results}` });
    const records = await runSeries({
      preset,
      files: [],
      workers: 1,
      runs: 2,
      outputDir: out,
      cwd: work,
      baseEnv: { ...baseEnv, EXIT_CODE: '2' },
      logger,
    });
    expect(records.map((r) => [r.outcome.exitCode, r.reportMissing, r.reportPaths])).toEqual([
      [2, true, []],
      [2, true, []],
    ]);
    expect(logged).toContain(
      `warning: run 1 left no test report (expected run-1.xml); see ${join(out, 'run-1.log')}`,
    );
  });

  it('collects a custom results glob into run-k-n files, ignoring reports older than the run', async () => {
    await mkdir(join(work, 'reports'));
    await writeFile(join(work, 'reports', 'stale.xml'), '<old/>');
    await new Promise((r) => setTimeout(r, 100));
    const script = `mkdir -p reports && echo "<r$SHARDPROOF_RUN/>" > reports/b.xml && echo '<a/>' > reports/a.xml`;
    const preset = resolvePreset('custom', { workers: 1, command: script, results: 'reports/*.xml' });
    const records = await runSeries({
      preset,
      files: [],
      workers: 1,
      runs: 2,
      outputDir: out,
      cwd: work,
      baseEnv,
      logger,
    });
    expect(records[1].reportPaths).toEqual([join(out, 'run-2-1.xml'), join(out, 'run-2-2.xml')]);
    expect(await readFile(join(out, 'run-2-1.xml'), 'utf8')).toBe('<a/>\n');
    expect(await readFile(join(out, 'run-2-2.xml'), 'utf8')).toBe('<r2/>\n');
    expect(logged).toContain(`info: command runs through bash because it uses '&'; files are passed as "$@"`);
  });

  it('records a command that is not installed, with a log saying so', async () => {
    const preset = resolvePreset('custom', { workers: 1, command: 'shardproof-missing-tool {results}' });
    const [record] = await runSeries({
      preset,
      files: [],
      workers: 1,
      runs: 1,
      outputDir: out,
      cwd: work,
      baseEnv,
      logger,
    });
    expect(record.outcome.spawnError).toBe(
      'command not found: shardproof-missing-tool (is it installed and on PATH?)',
    );
    expect(record.reportMissing).toBe(true);
  });

  it('captures stdout as the report for go test -json', async () => {
    const command = `node -e 'console.log(JSON.stringify({ Action: "pass", Test: "TestA" }))' {files}`;
    const preset = resolvePreset('go', { workers: 2, command });
    const [record] = await runSeries({
      preset,
      files: ['./...'],
      workers: 2,
      runs: 1,
      outputDir: out,
      cwd: work,
      baseEnv,
      logger,
    });
    expect(record.reportPaths).toEqual([join(out, 'run-1.json')]);
    expect(await readFile(join(out, 'run-1.json'), 'utf8')).toBe('{"Action":"pass","Test":"TestA"}\n');
  });

  it('the closing line of a run log carries the counts', async () => {
    const log = join(work, 'run-1.log');
    await writeFile(log, 'earlier\n');
    await appendClosingLine(
      log,
      { passed: 12, failed: 1, skipped: 2, flaky: 3 },
      new Date('2025-01-02T03:04:05.678Z'),
    );
    expect(await readFile(log, 'utf8')).toBe(
      'earlier\n2025-01-02T03:04:05.678Z shardproof | 12 passed, 1 failed, 2 skipped, 3 flaky\n',
    );
  });
});
