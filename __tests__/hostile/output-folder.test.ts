import { lstatSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendClosingLine } from '../../src/execute/closing-line.js';
import { writeOwnFile } from '../../src/execute/own-files.js';
import { resolvePreset } from '../../src/frameworks/index.js';
import { runSeries } from '../../src/execute/run-series.js';
import { describeRunFailure } from '../../src/verdict/run-failures.js';
import { recordingLogger } from '../execute/recording-logger.js';

const tamper = resolve('__tests__/fixtures/execute/tamper-output.mjs');

describe('a test that tampers with its output folder', () => {
  it('is recorded as a failed run with the reason; later runs happen; nothing is written through a link', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-tamper-'));
    const outside = join(work, 'elsewhere.txt');
    writeFileSync(outside, 'not yours\n');
    const out = join(work, 'proof');
    const logger = recordingLogger();
    const records = await runSeries({
      preset: resolvePreset('custom', { workers: 1, command: `node ${tamper} {results} ${outside}` }),
      files: [],
      workers: 1,
      runs: 5,
      outputDir: out,
      cwd: work,
      baseEnv: { PATH: process.env.PATH ?? '' },
      logger,
      portLeaseDir: join(work, 'leases'),
      collect: async (record) =>
        appendClosingLine(record.logPath, { passed: 1, failed: 0, skipped: 0, flaky: 0 }),
    });
    expect(records.map((r) => [r.run, r.reportMissing, r.outputProblem])).toEqual([
      [1, true, `the output folder ${out} was removed; recreated it`],
      [2, true, `the output folder ${out} was made mode 555; made it writable`],
      [
        3,
        true,
        `${join(out, 'run-3.xml')} was a symbolic link to ${outside}; removed the link, its target untouched; ` +
          `${join(out, 'run-3.log')} was a symbolic link to ${outside}; removed the link, its target untouched`,
      ],
      [4, false, undefined],
      [5, false, undefined],
    ]);
    expect(logger.lines.filter((l) => l.startsWith('warning'))).toEqual([
      `warning: run 1 tampered with its output folder, so it counts as failed: ${records[0].outputProblem}`,
      `warning: run 2 tampered with its output folder, so it counts as failed: ${records[1].outputProblem}`,
      `warning: run 3 tampered with its output folder, so it counts as failed: ${records[2].outputProblem}`,
    ]);
    expect(records[0].outcome.message).toBe(
      `exited with code 0; the run tampered with its output folder: the output folder ${out} was removed; recreated it`,
    );
    // Run 4 planted results.json -> elsewhere: the proof writer's own write removes the link, not its target.
    expect(lstatSync(join(out, 'results.json')).isSymbolicLink()).toBe(true);
    await writeOwnFile(join(out, 'results.json'), '{}\n');
    expect(lstatSync(join(out, 'results.json')).isSymbolicLink()).toBe(false);
    expect(readFileSync(outside, 'utf8')).toBe('not yours\n');
    expect(statSync(out).mode & 0o777).toBe(0o755);
    expect(readFileSync(join(out, 'run-5.log'), 'utf8')).toMatch(
      /shardproof \| 1 passed, 0 failed, 0 skipped, 0 flaky\n$/,
    );
  });
});

describe('the verdict of a run that tampered with its output folder', () => {
  it('names the reason as the run failure', () => {
    expect(
      describeRunFailure({
        run: 2,
        exitCode: 0,
        timedOut: false,
        reportMissing: true,
        wallMs: 1,
        tests: [],
        outputProblem: 'the output folder /o was removed; recreated it',
      }),
    ).toBe(
      'run 2 tampered with its output folder, so its report is not used: the output folder /o was removed; recreated it',
    );
  });
});
