import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { copyExample } from './example-suite.js';
import { installedBin } from './example-deps.js';
import { plainLog, readManifest, readProofResults } from './framework-counts.js';
import { runBundle } from './run-bundle.js';

const NESTED = `import { writeFileSync } from 'node:fs';
import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
describe('outer', () => {
  it('inner passes', () => {});
  describe('deeper', () => {
    it('passes on rerun', () => assert.ok(process.env.SHARDPROOF_RERUN));
  });
  it.skip('is skipped', () => {});
});
test('records its node', () => writeFileSync('node-version.txt', process.version));
test('parent', async (t) => {
  await t.test('child', () => {});
});
`;

/** node:test's spec reporter ends with `ℹ tests 12`, `ℹ pass 9`, … (`# tests 12` on older Node). */
function nodeCounts(log: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const m of log.matchAll(/\| (?:ℹ|#) (tests|pass|fail|skipped|todo|cancelled) (\d+)$/gm))
    counts[m[1]] = Number(m[2]);
  return counts;
}

const NODES: [string, () => string][] = [
  ['20 (the system node)', () => '/usr/bin'],
  ['22 (from npm)', () => installedBin('__tests__/fixtures/node22')],
  ['24 (the devDependency)', () => dirname(process.execPath)],
];

describe('node:test on every supported Node', () => {
  for (const [label, bin] of NODES) {
    it(`Node ${label}: every test is attributed to its file, counts equal node's own, reruns select by file`, () => {
      const suite = copyExample('node-suite');
      writeFileSync(join(suite, 'test', 'nested.test.mjs'), NESTED);
      const path = `${bin()}:${process.env.PATH ?? ''}`;
      const run = runBundle(
        'run',
        { framework: 'node-test', tests: 'test/*.test.mjs', 'rerun-failed': '1', 'fail-on-flaky': 'false' },
        { cwd: suite, env: { PATH: path }, timeoutMs: 300_000 },
      );
      expect(run.status).toBe(1); // adds cents exactly fails every time
      const dir = run.outputs['proof-dir'];
      const log = plainLog(dir, 'run-1.log');
      const version = bin() === '/usr/bin' ? 'v20.' : bin().includes('node22') ? 'v22.' : 'v24.';
      expect(readManifest(dir).runs.length).toBe(2);
      const results = readProofResults(run.outputs['results-json']);
      expect(results.tests.filter((t) => t.file === undefined)).toEqual([]);
      expect(results.tests.find((t) => t.name === 'passes on rerun')).toMatchObject({
        file: 'test/nested.test.mjs',
        class: 'flaky',
        pattern: '✗↻✓',
      });
      const own = nodeCounts(log);
      const counts = readManifest(dir).runs[0].counts!;
      expect(counts.passed + counts.flaky + counts.failed + counts.skipped).toBe(own.tests);
      expect(counts.failed + counts.flaky).toBe(own.fail);
      expect(counts.skipped).toBe(own.skipped + own.todo);
      // Each file's own time (Node's duration for the file: its process start-up and imports included) is
      // what the timing history keeps, above the sum of its tests; and the next plan estimates the file by it.
      const xml = readFileSync(join(dir, 'run-1.xml'), 'utf8');
      const timings = JSON.parse(readFileSync(join(dir, 'timings.json'), 'utf8'));
      const testSums: Record<string, number> = {};
      for (const m of xml.matchAll(/<testcase [^>]*time="([\d.]+)" file="([^"]+)"/g))
        testSums[m[2]] = (testSums[m[2]] ?? 0) + Number(m[1]);
      const fileTimes: Record<string, number> = {};
      for (const m of xml.matchAll(/<testsuite name="([^"]+)" time="([\d.]+)" file="\1">/g))
        fileTimes[m[1]] = Number(m[2]);
      expect(Object.keys(fileTimes).sort()).toEqual(Object.keys(testSums).sort());
      for (const [file, seconds] of Object.entries(fileTimes)) {
        expect(seconds).toBeGreaterThan(testSums[file]);
        expect(timings.items[file].durations[0]).toBeCloseTo(seconds, 3);
      }
      writeFileSync(join(suite, 'timings.json'), JSON.stringify(timings));
      const plan = runBundle(
        'plan',
        {
          framework: 'node-test',
          tests: 'test/*.test.mjs',
          shards: '1',
          'timings-file': 'timings.json',
          'plan-file': 'plan.json',
        },
        { cwd: suite },
      );
      expect(plan.status, plan.stdout).toBe(0);
      const planned = JSON.parse(readFileSync(join(suite, 'plan.json'), 'utf8'));
      const items = planned.suites[0].shards[0].items as { file: string; seconds: number }[];
      for (const item of items) expect(item.seconds).toBeCloseTo(fileTimes[item.file], 3);
      // The Node the tests ran on is the one asked for (the first node on PATH).
      expect(readFileSync(join(suite, 'node-version.txt'), 'utf8')).toMatch(
        new RegExp(`^${version.replace('.', '\\.')}`),
      );
    }, 300_000);
  }
});
