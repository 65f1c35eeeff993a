import { describe, expect, it } from 'vitest';
import type { TestResult } from '../../src/results/model.js';
import { mergeRuns, mergeVerdict, type ProofRuns } from '../../src/verdict/merge-runs.js';
import type { RunRecord } from '../../src/verdict/run-record.js';

const result = (id: string, outcome: TestResult['outcome'] = 'passed'): TestResult => ({
  id,
  file: id.split('::')[0],
  name: id.split('::')[1],
  outcome,
  duration: 1,
});
const run = (n: number, tests: TestResult[], extra: Partial<RunRecord> = {}): RunRecord => ({
  run: n,
  exitCode: tests.some((t) => t.outcome === 'failed') ? 1 : 0,
  timedOut: false,
  reportMissing: false,
  wallMs: 1000 * n,
  tests,
  reruns: [],
  ...extra,
});
const shard = (index: number, total: number, records: RunRecord[], runSlot?: number): ProofRuns => ({
  identity: { suite: 'default', shard: { index, total }, attempt: 1, ...(runSlot ? { runSlot } : {}) },
  records,
});

describe('mergeVerdict', () => {
  it('merges run k of every shard into run k and classifies with the run step rules', () => {
    const verdict = mergeVerdict([
      shard(1, 2, [run(1, [result('a.py::x')]), run(2, [result('a.py::x', 'failed')])]),
      shard(2, 2, [run(1, [result('b.py::y')]), run(2, [result('b.py::y')])]),
    ]);
    expect(verdict.runs.map((r) => [r.run, r.counts.passed, r.counts.failed])).toEqual([
      [1, 2, 0],
      [2, 1, 1],
    ]);
    expect(verdict.tests.map((t) => [t.id, t.class, t.pattern])).toEqual([
      ['a.py::x', 'flaky', '✓✗'],
      ['b.py::y', 'passed', '✓✓'],
    ]);
    expect(verdict.counts).toEqual({ passed: 1, failed: 0, flaky: 1, skipped: 0, total: 2, fileErrors: 0 });
    // Shards run side by side: a merged run lasts as long as its slowest shard, and keeps the worst exit.
    expect(verdict.runs[1]).toMatchObject({ wallMs: 2000, exitCode: 1 });
  });

  it('merges run-slot jobs (each records its one run as run s) into a 3-run stability check', () => {
    const slots = [1, 2, 3].map((s) =>
      shard(1, 1, [run(s, [result('a.py::x', s === 2 ? 'failed' : 'passed')])], s),
    );
    const verdict = mergeVerdict(slots);
    expect(verdict.runs.map((r) => r.run)).toEqual([1, 2, 3]);
    expect(verdict.tests[0]).toMatchObject({ class: 'flaky', pattern: '✓✗✓', runsFailed: 1 });
    expect(verdict.runsWithReport).toBe(3);
  });

  it('names the shard of a run that failed as a whole', () => {
    const verdict = mergeVerdict([
      shard(1, 2, [run(1, [result('a.py::x')])]),
      shard(2, 2, [run(1, [], { exitCode: null, signal: 'SIGKILL', reportMissing: true })]),
    ]);
    expect(verdict.runFailures).toHaveLength(1);
    expect(verdict.runFailures[0].message).toMatch(
      /^suite 'default' shard 2\/2: run 1 produced no report \(signal SIGKILL: killed, probably out of memory/,
    );
  });

  it('keeps a merged run without any report marked as such', () => {
    const merged = mergeRuns([shard(1, 1, [run(1, [], { reportMissing: true })])]);
    expect(merged[0].reportMissing).toBe(true);
  });
});
