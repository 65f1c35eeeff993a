import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runStep } from '../../src/steps/run-step.js';
import { classifyRuns } from '../../src/verdict/classify-runs.js';
import { readRecords } from '../proof/read-records.js';
import { localHarness } from './run-step-harness.js';

afterEach(() => {
  process.exitCode = 0; // LocalIO.setFailed sets it; a red step under test must not fail the test run
});

/** A report of 3,000 tests in 30 files: every 500th fails in run 1 only, every 700th is skipped, and each
 * file has a test whose name appears twice (the framework ran two). More rows than the builder's first
 * table (1,024), so its arrays grow mid-run. */
const GENERATOR = `
import { readdirSync, writeFileSync } from 'node:fs';
const [out, run, temp] = process.argv.slice(2);
// What shardproof keeps in the temp folder while this run goes on.
writeFileSync(temp + '-seen-' + run, readdirSync(temp).join('\\n'));
let xml = '<testsuites><testsuite name="s">\\n';
for (let i = 0; i < 3000; i++) {
  const file = 'tests/test_' + (i % 30) + '.py';
  const name = i % 100 === 99 ? 'test_twice' : 'test_' + i;
  const body = i % 500 === 0 && run === '1' ? '<failure message="boom ' + i + '">stack</failure>'
    : i % 700 === 1 ? '<skipped/>' : '';
  xml += '<testcase classname="' + file.replace('.py', '').replace('/', '.') + '" file="' + file +
    '" name="' + name + '" time="0.00' + (i % 7) + '">' + body + '</testcase>\\n';
}
writeFileSync(out, xml + '</testsuite></testsuites>\\n');
`;

describe('the run step streams results from the parser into the verdict', () => {
  it('gives the results.json, counts and records.jsonl that classifying whole records gives', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-streaming-'));
    writeFileSync(join(work, 'gen.mjs'), GENERATOR);
    const out = join(work, 'proof');
    const h = localHarness({
      framework: 'custom',
      command: `node ${join(work, 'gen.mjs')} {results} {run} ${join(work, 'tmp')}`,
      'working-directory': work,
      runs: '2',
      'output-dir': out,
      upload: 'false',
      'fail-on-flaky': 'false',
    });
    // records.jsonl is spooled under the temp folder while the runs go on: nothing may be left there.
    const temp = join(work, 'tmp');
    mkdirSync(temp);
    const before = process.env.TMPDIR;
    process.env.TMPDIR = temp;
    try {
      await runStep(h.services);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
    expect(readFileSync(`${temp}-seen-2`, 'utf8')).toMatch(/^shardproof-records-/);
    expect(readdirSync(temp)).toEqual([]);
    const { records } = await readRecords(join(out, 'records.jsonl'));
    expect(records.map((r) => [r.run, r.tests.length])).toEqual([
      [1, 3000],
      [2, 3000],
    ]);
    // Three files have ten tests named `test_twice` each: numbered #2 to #10, never merged.
    expect(new Set(records[0].tests.map((t) => t.id)).size).toBe(3000);
    expect(records[0].tests.filter((t) => /::test_twice #10$/.test(t.id))).toHaveLength(3);
    const expected = classifyRuns(records);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.counts).toEqual(expected.counts);
    expect(results.counts).toEqual({
      passed: 2989,
      failed: 0,
      flaky: 6,
      skipped: 5,
      total: 3000,
      fileErrors: 0,
    });
    expect(results.runs).toEqual(expected.runs);
    const withoutDisplayIds = (results.tests as { displayId?: string }[]).map(
      ({ displayId: _shown, ...t }) => t,
    );
    expect(withoutDisplayIds).toEqual(expected.tests);
    expect(h.services.io.outputs.flaky).toBe('6');
    // Each run's log ends with its counts, as the framework's own closing line would.
    const log = readFileSync(join(out, 'run-1.log'), 'utf8');
    expect(log).toContain('2989');
  });
});

describe('a report refused part-way through', () => {
  it('keeps the results read before the refusal, and the run is marked incomplete', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-truncated-'));
    // Two complete testcases, then a tag that never closes: the parser refuses the file at its end.
    const xml =
      '<testsuite name="s"><testcase classname="t" name="a"/><testcase classname="t" name="b">' +
      '<failure message="boom">x</failure></testcase><testcase classname="t" name="c" ';
    writeFileSync(
      join(work, 'gen.mjs'),
      `import { writeFileSync } from 'node:fs';\nwriteFileSync(process.argv[2], ${JSON.stringify(xml)});\n`,
    );
    const out = join(work, 'proof');
    const h = localHarness({
      framework: 'custom',
      command: `node ${join(work, 'gen.mjs')} {results}`,
      'working-directory': work,
      'output-dir': out,
      upload: 'false',
    });
    await runStep(h.services);
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.tests.map((t: { name: string; class: string }) => [t.name, t.class])).toEqual([
      ['a', 'passed'],
      ['b', 'failed'],
    ]);
    expect(results.runs[0].unreadableReports).toHaveLength(1);
    expect(results.runs[0].reportMissing).toBe(false);
    expect(results.runFailures.map((f: { message: string }) => f.message)).toEqual([
      expect.stringMatching(/^run 1: a report could not be read, so its results are incomplete: /),
    ]);
    const { records } = await readRecords(join(out, 'records.jsonl'));
    expect(records[0].tests.map((t) => t.name)).toEqual(['a', 'b']);
  });
});
