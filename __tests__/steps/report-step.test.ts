import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHistory, makePlan, writePlan, type Plan } from '../../src/plan/index.js';
import { localServices } from '../../src/platform/services.js';
import type { PullRequestFeedback } from '../../src/platform/types.js';
import { parseReportText } from '../../src/results/index.js';
import { reportArtifactName, reportStep } from '../../src/steps/report-step.js';
import { stepMain } from '../../src/steps/step-main.js';
import { readJson, writeProof, type FixtureTest } from '../proof/proof-fixture.js';

const MiB = 2 ** 20;
const files = ['tests/test_a.py', 'tests/test_b.py', 'tests/test_c.py', 'tests/test_d.py'];

function setup(): { state: string; plan: Plan; planFile: string; shardFiles: (s: number) => string[] } {
  const state = mkdtempSync(join(tmpdir(), 'shardproof-report-'));
  const plan = makePlan({
    suites: [{ name: 'default', files, shards: 2 }],
    history: emptyHistory(),
    settings: { shards: 2 },
  });
  const planFile = join(state, 'plan.json');
  return { state, plan, planFile, shardFiles: (s) => plan.suites[0].shards[s - 1].items.map((i) => i.file) };
}

const testsOf = (
  shardFiles: string[],
  outcome: (file: string, run: number) => FixtureTest['outcome'],
  run: number,
) =>
  shardFiles.flatMap((file) => [
    { file, name: 'test_one', duration: 0.5, line: 3, outcome: outcome(file, run) },
    { file, name: 'test_two', duration: 0.25 },
  ]);

/** Two shards of one run each, in which the first test of shard 2's first file fails. */
function oneFailingTest(state: string, shardFiles: (s: number) => string[]): void {
  for (const shard of [1, 2]) {
    const failing = shardFiles(2)[0];
    writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
      { run: 1, tests: testsOf(shardFiles(shard), (f) => (f === failing ? 'failed' : 'passed'), 1) },
    ]);
  }
}

async function report(
  state: string,
  inputs: Record<string, string>,
  feedback?: PullRequestFeedback,
  moreEnv: Record<string, string> = {},
) {
  const env = { SHARDPROOF_STATE_DIR: state, GITHUB_WORKSPACE: process.cwd(), ...moreEnv };
  const lines: string[] = [];
  const services = localServices(inputs, env);
  (services.io as unknown as { write: (l: string) => void }).write = (l) => lines.push(l);
  if (feedback) services.feedback = feedback;
  await stepMain(services.io, () => reportStep(services));
  return {
    io: services.io,
    lines,
    summary: existsSync(join(state, 'summary.md')) ? readFileSync(join(state, 'summary.md'), 'utf8') : '',
  };
}

describe('reportStep with the local twins', () => {
  it('merges 2 shards × 2 runs into one verdict, writes the report artifact and saves the timing history', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const flaky = shardFiles(1)[0];
    for (const shard of [1, 2]) {
      writeProof(
        state,
        { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1, planHash: plan.hash },
        [1, 2].map((run) => ({
          run,
          wallMs: 1500 * shard,
          tests: testsOf(
            shardFiles(shard),
            (file, r) => (file === flaky && r === 2 ? 'failed' : 'passed'),
            run,
          ),
          fileSeconds: { [shardFiles(shard)[0]]: 2 },
        })),
      );
    }
    const { io, summary } = await report(state, { 'plan-file': planFile, 'fail-on-flaky': 'false' });
    expect(io.failure).toBeUndefined();
    expect(io.outputs).toMatchObject({ passed: '7', failed: '0', flaky: '1', skipped: '0', missing: '0' });
    const results = readJson<{ counts: unknown; tests: { id: string; pattern: string }[] }>(
      io.outputs['results-json'],
    );
    expect(results.counts).toEqual({ passed: 7, failed: 0, flaky: 1, skipped: 0, total: 8, fileErrors: 0 });
    expect(results.tests.find((t) => t.id === `${flaky}::test_one`)?.pattern).toBe('✓✗');

    const artifact = join(state, 'artifacts', 'shardproof-report');
    for (const f of [
      'comment.md',
      'results.json',
      'ctrf-report.json',
      'junit.xml',
      'timings.json',
      'proofs.json',
      'summary.md',
    ])
      expect(existsSync(join(artifact, f)), f).toBe(true);
    // The merged JUnit and CTRF read back, by shardproof's own parsers, to the same tests.
    const junit = parseReportText(readFileSync(join(artifact, 'junit.xml'), 'utf8'), 'junit.xml');
    expect(junit.tests).toHaveLength(8);
    expect(junit.tests.filter((t) => (t.retriedFailures ?? 0) > 0).map((t) => t.id)).toEqual([
      `${flaky}::test_one`,
    ]);
    const ctrf = readJson<{
      results: { summary: { tests: number; passed: number }; tests: { flaky: boolean }[] };
    }>(join(artifact, 'ctrf-report.json'));
    expect(ctrf.results.summary).toMatchObject({ tests: 8, passed: 8 });
    expect(ctrf.results.tests.filter((t) => t.flaky)).toHaveLength(1);
    const index = readJson<{ artifact: string; manifestSha256: string }[]>(join(artifact, 'proofs.json'));
    expect(index.map((p) => p.artifact)).toEqual([
      'shardproof-proof-default-1of2-a1',
      'shardproof-proof-default-2of2-a1',
    ]);
    expect(index[0].manifestSha256).toMatch(/^[0-9a-f]{64}$/);

    // The history the next plan reads (scope 'default'): two runs per item, a file's own time where given.
    const history = readJson<{ items: Record<string, { durations: number[] }> }>(
      join(state, 'timings-default.json'),
    );
    expect(history.items[shardFiles(1)[0]].durations).toEqual([2, 2]);
    expect(history.items[shardFiles(1)[1]].durations).toEqual([0.75, 0.75]);
    expect(history.items[`${shardFiles(2)[1]}::test_two`].durations).toEqual([0.25, 0.25]);

    expect(summary).toContain('shardproof report: 0 failed, 1 flaky, 7 passed');
    expect(summary).toContain('```mermaid\ngantt');
    expect(summary).toContain('billed runner minutes');
  });

  it('does not merge a proof whose records were changed after the run step hashed them, and fails naming it', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    for (const shard of [1, 2]) {
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'passed', 1) },
      ]);
    }
    const records = join(state, 'artifacts', 'shardproof-proof-default-2of2-a1', 'records.jsonl');
    writeFileSync(records, readFileSync(records, 'utf8').replace('"passed"', '"failed"'));
    const { io } = await report(state, { 'plan-file': planFile });
    expect(io.failure).toContain(
      "1 proofs failed their integrity check and were not merged: suite 'default' shard 2/2 " +
        '(records.jsonl does not match the SHA-256 in manifest.json)',
    );
    expect(io.failure).toContain("No proof from suite 'default' shard 2/2");
    // Only shard 1's tests are merged.
    expect(io.outputs.passed).toBe(String(testsOf(shardFiles(1), () => 'passed', 1).length));
    expect(io.outputs.failed).toBe('0');
  });

  it('fails naming the shard whose proof is missing, and still reports what is there', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    writeProof(state, { suite: 'default', shard: { index: 1, total: 2 }, attempt: 1 }, [
      { run: 1, tests: testsOf(shardFiles(1), () => 'passed', 1) },
    ]);
    const { io, summary } = await report(state, { 'plan-file': planFile });
    expect(io.failure).toContain("No proof from suite 'default' shard 2/2");
    expect(io.outputs.missing).toBe('1');
    expect(io.outputs.passed).toBe('4');
    expect(summary).toContain('### ❌ shardproof report');
    expect(summary).toContain('No proof from suite &#39;default&#39; shard 2/2');
  });

  it('reads the plan the plan job uploaded when no plan-file is given', async () => {
    const { state, plan, shardFiles } = setup();
    await writePlan(join(state, 'artifacts', 'shardproof-plan', 'plan.json'), plan);
    writeProof(state, { suite: 'default', shard: { index: 2, total: 2 }, attempt: 1 }, [
      { run: 1, tests: testsOf(shardFiles(2), () => 'passed', 1) },
    ]);
    const { io } = await report(state, {});
    expect(io.failure).toContain("No proof from suite 'default' shard 1/2");
  });

  it('fails on a test that two shards ran (a partition fault)', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const stray = { file: shardFiles(1)[0], name: 'test_one' };
    for (const shard of [1, 2]) {
      const tests = testsOf(shardFiles(shard), () => 'passed', 1);
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: shard === 2 ? [...tests, stray] : tests },
      ]);
    }
    const { io } = await report(state, { 'plan-file': planFile });
    expect(io.failure).toContain(`Partition fault, tests reported by two shards: ${stray.file}::test_one`);
  });

  it('takes the latest attempt of a re-run shard', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    writeProof(state, { suite: 'default', shard: { index: 1, total: 2 }, attempt: 1 }, [
      { run: 1, tests: testsOf(shardFiles(1), () => 'failed', 1) },
    ]);
    for (const shard of [1, 2]) {
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 2 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'passed', 1) },
      ]);
    }
    const { io, lines } = await report(state, { 'plan-file': planFile });
    expect(io.failure).toBeUndefined();
    expect(io.outputs.failed).toBe('0');
    expect(lines.join('\n')).toContain(
      'earlier attempts replaced by a re-run: shardproof-proof-default-1of2-a1',
    );
  });

  it('drops history of files the plan no longer has, and keeps the last history-size durations', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const kept = shardFiles(1)[0];
    writeFileSync(
      join(state, 'timings-default.json'),
      JSON.stringify({
        version: 1,
        items: {
          'tests/test_gone.py': { durations: [9], updated: '' },
          [kept]: { durations: [5, 6, 7], updated: '' },
        },
      }),
    );
    for (const shard of [1, 2]) {
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'passed', 1) },
      ]);
    }
    await report(state, { 'plan-file': planFile, 'history-size': '3' });
    const history = readJson<{ items: Record<string, { durations: number[] }> }>(
      join(state, 'timings-default.json'),
    );
    expect(history.items['tests/test_gone.py']).toBeUndefined();
    expect(history.items[kept].durations).toEqual([6, 7, 0.75]);
  });

  it("keeps an OOM-killed shard's memory in the history as a lower bound, and names the worker count that fits", async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const stored = {
      bytesPerWorker: 100 * MiB,
      source: 'calibrate',
      measured: '2026-01-01T00:00:00.000Z',
      workers: 4,
    };
    writeFileSync(
      join(state, 'timings-default.json'),
      JSON.stringify({ version: 1, items: {}, memory: { default: stored } }),
    );
    for (const shard of [1, 2]) {
      const dir = writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'passed', 1) },
      ]);
      // What the run step writes: the runner's workers and memory, each run's peak (PSS) and OOM kill.
      const manifest = readJson<Record<string, unknown> & { runs: Record<string, unknown>[] }>(
        join(dir, 'manifest.json'),
      );
      manifest.runner = { os: 'linux-x64', cpus: 4, memoryBytes: 3 * 1024 * MiB, workers: 4 };
      manifest.runs[0] = {
        ...manifest.runs[0],
        peakRssBytes: 3000 * MiB,
        peakPssBytes: shard === 2 ? 2400 * MiB : 1200 * MiB,
        oomKilled: shard === 2,
      };
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    }
    const { lines } = await report(state, { 'plan-file': planFile });
    const history = readJson<{ memory: Record<string, unknown> }>(join(state, 'timings-default.json'));
    expect(history.memory.default).toMatchObject({ bytesPerWorker: 600 * MiB, source: 'oom', workers: 4 });
    // (3 GiB − 512 MiB reserve) / 600 MiB = 4.27, but 4 workers were OOM-killed: at most 3.
    expect(lines.join('\n')).toContain(
      "memory: suite 'default' was OOM-killed with 4 workers after reaching 2.3 GiB: at least 600 MiB per worker " +
        '(a lower bound: the run died before it took all it needed); at most 3 would fit the 3.0 GiB the runner had.',
    );
  });

  it("carries the shards' isolation findings into the merged verdict, and drops findings of the wrong shape", async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const victim = `${shardFiles(2)[0]}::test_one`;
    for (const shard of [1, 2]) {
      const dir = writeProof(
        state,
        { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 },
        [1, 2].map((run) => ({
          run,
          tests: testsOf(
            shardFiles(shard),
            (f, r) => (shard === 2 && f === shardFiles(2)[0] && r === 1 ? 'failed' : 'passed'),
            run,
          ),
        })),
      );
      if (shard === 1) continue;
      // What shard 2's run step wrote under order: shuffle, plus entries a tampered manifest could hold.
      const manifest = readJson<Record<string, unknown>>(join(dir, 'manifest.json'));
      manifest.isolation = [
        { test: victim, class: 'order-dependent', kind: 'victim', polluter: 'tests/x.py::test_p', seed: 41 },
        { test: `${shardFiles(2)[0]}::test_two`, class: 'made-up' },
        { test: { id: 'x' }, class: 'non-deterministic' },
        'not an object',
      ];
      writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest));
    }
    const { io, summary } = await report(state, { 'plan-file': planFile, 'fail-on-flaky': 'false' });
    expect(io.outputs).toMatchObject({ flaky: '1', failed: '0' });
    const results = readJson<{ tests: { id: string; class: string; cause?: Record<string, unknown> }[] }>(
      io.outputs['results-json'],
    );
    const withCause = results.tests.filter((t) => t.cause !== undefined);
    expect(withCause.map((t) => t.id)).toEqual([victim]);
    expect(withCause[0]).toMatchObject({
      class: 'flaky',
      cause: { class: 'order-dependent', kind: 'victim', polluter: 'tests/x.py::test_p' },
    });
    expect(String(withCause[0].cause!.evidence)).toMatch(/shard 2.*seed 41/);
    expect(summary).toContain('order-dependent (victim)');
  });

  it('annotates the check run at file:line and keeps one sticky comment with the marker', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    oneFailingTest(state, shardFiles);
    const { io } = await report(state, {
      'plan-file': planFile,
      comment: 'true',
      'working-directory': 'sub',
    });
    expect(io.failure).toContain('1 test failed in every run');
    const check = readJson<{
      conclusion: string;
      annotations: { path: string; startLine: number; level: string }[];
    }>(join(state, 'feedback', 'check-run.json'));
    expect(check.conclusion).toBe('failure');
    expect(check.annotations).toEqual([
      expect.objectContaining({ path: `sub/${shardFiles(2)[0]}`, startLine: 3, level: 'failure' }),
    ]);
    const comment = readFileSync(join(state, 'feedback', 'comment.md'), 'utf8');
    expect(comment.startsWith('<!-- shardproof-report -->\n')).toBe(true);
    expect(comment.length).toBeLessThanOrEqual(65_536);
  });

  it('falls back to workflow-command annotations when the token cannot write checks, and says so', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    oneFailingTest(state, shardFiles);
    const readOnly: PullRequestFeedback = {
      capabilities: async () => ({
        checks: false,
        comment: false,
        reason: 'a fork pull request has a read-only token',
      }),
      publishCheckRun: async () => {
        throw new Error('must not be called');
      },
      upsertComment: async () => {
        throw new Error('must not be called');
      },
    };
    const { lines, summary } = await report(state, { 'plan-file': planFile, comment: 'true' }, readOnly);
    expect(lines.some((l) => l.startsWith(`error ${shardFiles(2)[0]}:3: Failed every time it ran`))).toBe(
      true,
    );
    expect(summary).toContain(
      'No check run (a fork pull request has a read-only token): annotations went to workflow commands',
    );
    expect(summary).toContain('No pull-request comment');
  });

  it('falls back the same way when GitHub answers that the token may not write after all', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    oneFailingTest(state, shardFiles);
    const learned: PullRequestFeedback = {
      capabilities: async () => ({ checks: true, comment: true }),
      publishCheckRun: async () => ({ skipped: 'the token is read-only (403)' }) as { url?: string },
      upsertComment: async () => ({ skipped: 'the token is read-only (403)' }) as { url?: string },
    };
    const { lines, summary } = await report(state, { 'plan-file': planFile, comment: 'true' }, learned);
    expect(
      lines.filter((l) => l.startsWith('error ')),
      lines.join('\n'),
    ).toHaveLength(1);
    expect(summary).toContain(
      'No check run (the token is read-only (403)): annotations went to workflow commands',
    );
    expect(summary).toContain('No pull-request comment (the token is read-only (403))');
  });

  it('limits check-run annotations to max-annotations and says how many were left out', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    for (const shard of [1, 2]) {
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'failed', 1) },
      ]);
    }
    const { summary } = await report(state, { 'plan-file': planFile, 'max-annotations': '2' });
    const check = readJson<{ annotations: unknown[] }>(join(state, 'feedback', 'check-run.json'));
    expect(check.annotations).toHaveLength(2);
    expect(summary).toContain(
      'check run: 2 annotations; 2 not annotated (over max-annotations 2 or without a file)',
    );
  });

  it('merges run slots into runs and names a run slot whose job uploaded nothing', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    for (const shard of [1, 2]) {
      for (const runSlot of [1, 2, 3]) {
        if (shard === 2 && runSlot === 2) continue;
        const flaky = (file: string) => (file === shardFiles(1)[0] && runSlot === 3 ? 'failed' : 'passed');
        writeProof(
          state,
          { suite: 'default', shard: { index: shard, total: 2 }, runSlot, runSlots: 3, attempt: 1 },
          [{ run: runSlot, tests: testsOf(shardFiles(shard), flaky, runSlot) }],
        );
      }
    }
    const { io } = await report(state, { 'plan-file': planFile, 'fail-on-flaky': 'false' });
    expect(io.failure).toContain("No proof from suite 'default' shard 2/2, run slot 2");
    const results = readJson<{ runs: unknown[]; tests: { id: string; pattern: string }[] }>(
      io.outputs['results-json'],
    );
    expect(results.runs).toHaveLength(3);
    expect(results.tests.find((t) => t.id === `${shardFiles(1)[0]}::test_one`)?.pattern).toBe('✓✓✗');
    expect(results.tests.find((t) => t.id === `${shardFiles(2)[0]}::test_one`)?.pattern).toBe('✓·✓');
  });

  it('reports a single unsharded stability proof without a plan', async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-report-'));
    const tests = (run: number) => testsOf(['tests/test_a.py'], () => (run === 2 ? 'failed' : 'passed'), run);
    writeProof(
      state,
      { suite: 'default', attempt: 1 },
      [1, 2, 3].map((run) => ({ run, tests: tests(run) })),
    );
    const { io, lines } = await report(state, {});
    expect(lines.join('\n')).toContain('plan: no ');
    expect(io.outputs).toMatchObject({ passed: '1', flaky: '1', missing: '0' });
    expect(io.failure).toMatch(/^1 test is flaky: tests\/test_a.py::test_one \(✓✗✓\)/);
  });

  it('checks every suite of a plan with suites, each against its own shards', async () => {
    const state = mkdtempSync(join(tmpdir(), 'shardproof-report-'));
    const plan = makePlan({
      suites: [
        { name: 'unit', files: ['unit/test_a.py', 'unit/test_b.py'], shards: 2 },
        { name: 'e2e', files: ['e2e/test_c.py'], shards: 1 },
      ],
      history: emptyHistory(),
      settings: {},
    });
    const planFile = join(state, 'plan.json');
    await writePlan(planFile, plan);
    for (const suite of plan.suites) {
      for (const shard of suite.shards) {
        if (suite.name === 'unit' && shard.shard === 2) continue;
        const files = shard.items.map((i) => i.file);
        writeProof(
          state,
          { suite: suite.name, shard: { index: shard.shard, total: suite.shards.length }, attempt: 1 },
          [{ run: 1, tests: testsOf(files, () => 'passed', 1) }],
        );
      }
    }
    const { io } = await report(state, { 'plan-file': planFile });
    expect(io.failure).toContain("No proof from suite 'unit' shard 2/2");
    expect(io.failure).not.toContain("suite 'e2e'");
    expect(io.outputs.missing).toBe('1');
  });

  it('names the report of a re-run attempt apart, since the first attempt keeps its artifact', () => {
    expect(reportArtifactName({})).toBe('shardproof-report');
    expect(reportArtifactName({ GITHUB_RUN_ATTEMPT: '1' })).toBe('shardproof-report');
    expect(reportArtifactName({ GITHUB_RUN_ATTEMPT: '3' })).toBe('shardproof-report-a3');
  });

  it('appends to the history of the newest report artifact when the cache has none (evicted), as the plan reads it', async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    const kept = shardFiles(1)[0];
    const earlier = join(state, 'artifacts', 'shardproof-report');
    mkdirSync(earlier, { recursive: true });
    writeFileSync(
      join(earlier, 'timings.json'),
      JSON.stringify({ version: 1, items: { [kept]: { durations: [4], updated: '' } } }),
    );
    for (const shard of [1, 2]) {
      writeProof(state, { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 }, [
        { run: 1, tests: testsOf(shardFiles(shard), () => 'passed', 1) },
      ]);
    }
    const { lines } = await report(state, { 'plan-file': planFile });
    expect(lines.join('\n')).toContain(
      'timing history: 1 items restored from the newest shardproof-report artifact',
    );
    const history = readJson<{ items: Record<string, { durations: number[] }> }>(
      join(state, 'timings-default.json'),
    );
    expect(history.items[kept].durations).toEqual([4, 0.75]);
  });

  it("respects the runner's cache-mode: read-only restores but does not save, with no warning", async () => {
    const { state, plan, planFile, shardFiles } = setup();
    await writePlan(planFile, plan);
    oneFailingTest(state, shardFiles);
    const { lines } = await report(state, { 'plan-file': planFile }, undefined, {
      ACTIONS_CACHE_MODE: 'read',
    });
    expect(lines.join('\n')).toContain("not saved: the runner's cache-mode is 'read'");
    expect(lines.filter((l) => l.startsWith('warning'))).toEqual([]);
    expect(existsSync(join(state, 'timings-default.json'))).toBe(false);
  });
});
