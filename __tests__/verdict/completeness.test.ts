import { describe, expect, it } from 'vitest';
import { emptyHistory, makePlan, type Plan } from '../../src/plan/index.js';
import type { TestResult } from '../../src/results/model.js';
import {
  checkCompleteness,
  completenessFailure,
  missingCount,
  type ProofEvidence,
} from '../../src/verdict/completeness.js';
import { ResultKeys } from '../../src/verdict/result-keys.js';
import type { RunRecord } from '../../src/verdict/run-record.js';

const files = ['tests/a.py', 'tests/b.py', 'tests/c.py', 'tests/d.py'];
const plan: Plan = makePlan({
  suites: [{ name: 'default', files, shards: 2 }],
  history: emptyHistory(),
  settings: { shards: 2 },
});
const planned = (shard: number) => plan.suites[0].shards[shard - 1].items.map((i) => i.file);

const result = (file: string, name = 'test_x'): TestResult => ({
  id: `${file}::${name}`,
  file,
  name,
  outcome: 'passed',
  duration: 1,
});
const records = (tests: TestResult[]): RunRecord[] => [
  { run: 1, exitCode: 0, timedOut: false, reportMissing: false, wallMs: 1, tests, reruns: [] },
];
const proof = (shard: number, tests: TestResult[], extra: Partial<ProofEvidence> = {}): ProofEvidence => ({
  identity: { suite: 'default', shard: { index: shard, total: 2 }, attempt: 1 },
  records: records(tests),
  planHash: plan.hash,
  ...extra,
});
/** A go test: no file, its package import path as the suite. */
const goResult = (pkg: string): TestResult => ({
  id: `${pkg}::TestX`,
  suite: pkg,
  name: 'TestX',
  outcome: 'passed',
  duration: 1,
});
const complete = (shard: number) =>
  proof(
    shard,
    planned(shard).map((f) => result(f)),
  );

describe('checkCompleteness', () => {
  it('is satisfied when every planned shard reported every planned file once', () => {
    const c = checkCompleteness(plan, [complete(1), complete(2)]);
    expect(completenessFailure(c)).toBeUndefined();
    expect(missingCount(c)).toBe(0);
  });

  it('names a planned shard without a proof', () => {
    const c = checkCompleteness(plan, [complete(1)]);
    expect(c.missingProofs).toEqual(["suite 'default' shard 2/2"]);
    expect(completenessFailure(c)).toContain("No proof from suite 'default' shard 2/2");
    expect(missingCount(c)).toBe(1);
  });

  it('names a planned file that produced no results, with its shard', () => {
    const [kept, ...dropped] = planned(2);
    const c = checkCompleteness(plan, [complete(1), proof(2, [result(kept)])]);
    expect(c.missingFiles).toEqual(dropped.map((file) => ({ shard: "suite 'default' shard 2/2", file })));
  });

  it('matches result paths that carry a prefix or ./ to the planned files', () => {
    const c = checkCompleteness(plan, [
      proof(
        1,
        planned(1).map((f) => result(`./${f}`)),
      ),
      proof(
        2,
        planned(2).map((f) => result(`repo/${f}`)),
      ),
    ]);
    expect(c.missingFiles).toEqual([]);
  });

  it('flags a test reported by two shards as a partition fault', () => {
    const twice = result(planned(1)[0]);
    const c = checkCompleteness(plan, [complete(1), proof(2, [...planned(2).map((f) => result(f)), twice])]);
    expect(c.partitionFaults).toEqual([
      { id: twice.id, shards: ["suite 'default' shard 1/2", "suite 'default' shard 2/2"] },
    ]);
    expect(completenessFailure(c)).toContain(`Partition fault, tests reported by two shards: ${twice.id}`);
  });

  it('flags a proof that ran another plan', () => {
    const c = checkCompleteness(plan, [complete(1), { ...complete(2), planHash: 'f'.repeat(64) }]);
    expect(c.otherPlan).toEqual(["suite 'default' shard 2/2"]);
  });

  it('expects every run slot of every shard when the matrix spreads runs', () => {
    const slot = (shard: number, runSlot: number) => ({
      ...complete(shard),
      identity: { ...complete(shard).identity, runSlot },
    });
    const c = checkCompleteness(plan, [slot(1, 1), slot(1, 2), slot(2, 1)], new Map([['default', 3]]));
    expect(c.missingProofs).toEqual([
      "suite 'default' shard 1/2, run slot 3",
      "suite 'default' shard 2/2, run slot 2",
      "suite 'default' shard 2/2, run slot 3",
    ]);
  });

  it('without a plan, still sees a shard missing from the totals the other proofs carry', () => {
    const p = (index: number) => ({
      ...complete(1),
      identity: { suite: 'default', shard: { index, total: 3 }, attempt: 1 },
    });
    const c = checkCompleteness(undefined, [p(1), p(3)]);
    expect(c.missingProofs).toEqual(["suite 'default' shard 2/3"]);
  });

  it('matches go packages planned as ./dir to results whose suite is the import path', () => {
    const goPlan = makePlan({
      suites: [{ name: 'default', files: ['./calc', './text'], shards: 1 }],
      history: emptyHistory(),
      settings: { shards: 1 },
    });
    const evidence = (pkgs: string[]): ProofEvidence => ({
      identity: { suite: 'default', shard: { index: 1, total: 1 }, attempt: 1 },
      records: records(pkgs.map(goResult)),
    });
    expect(
      checkCompleteness(goPlan, [evidence(['example.com/m/calc', 'example.com/m/text'])]).missingFiles,
    ).toEqual([]);
    expect(checkCompleteness(goPlan, [evidence(['example.com/m/calc'])]).missingFiles).toEqual([
      { shard: "suite 'default' shard 1/1", file: './text' },
    ]);
  });

  it('does not call files missing when the reports carry no file paths at all (node:test JUnit), and says so', () => {
    // Two files' "adds" share one id when the report has no paths: not a partition fault.
    const noPaths = (shard: number) =>
      proof(shard, [{ id: 'test::adds', suite: 'test', name: 'adds', outcome: 'passed', duration: 1 }]);
    const c = checkCompleteness(plan, [noPaths(1), noPaths(2)]);
    expect(c.missingFiles).toEqual([]);
    expect(c.filesUnchecked).toEqual(["suite 'default' shard 1/2", "suite 'default' shard 2/2"]);
    expect(completenessFailure(c)).toBeUndefined();
  });

  it('trusts ids without a file for partition faults only where the plan matched them (go packages)', () => {
    const goPlan = makePlan({
      suites: [{ name: 'default', files: ['./calc', './text'], shards: 2 }],
      history: emptyHistory(),
      settings: { shards: 2 },
    });
    const pkgs = goPlan.suites[0].shards.map((s) => `example.com/m/${s.items[0].file.slice(2)}`);
    const shardWith = (index: number, results: TestResult[]): ProofEvidence => ({
      identity: { suite: 'default', shard: { index, total: 2 }, attempt: 1 },
      records: records(results),
    });
    const twice = goResult(pkgs[0]);
    const proofs = [shardWith(1, [goResult(pkgs[0])]), shardWith(2, [goResult(pkgs[1]), twice])];
    expect(checkCompleteness(goPlan, proofs).partitionFaults.map((f) => f.id)).toEqual([twice.id]);
    expect(checkCompleteness(undefined, proofs).partitionFaults).toEqual([]);
  });

  it('gives the same answers from keys gathered while streaming as from the results themselves', () => {
    // Shard 1 runs a split file's two selected tests; one of them never reported.
    const split: Plan = structuredClone(plan);
    split.suites[0].shards[0].items.push({ file: 'tests/e.py', tests: ['test_x', 'test_y'], seconds: 1 });
    const cases: ProofEvidence[][] = [
      [
        proof(1, [...planned(1).map((f) => result(f)), result('tests/e.py')]),
        proof(
          2,
          planned(2).map((f) => result(f)),
        ),
      ],
      [proof(1, [result(planned(1)[0])]), proof(2, [])],
      [
        proof(1, [{ id: 'test::adds', suite: 'test', name: 'adds', outcome: 'passed', duration: 1 }]),
        proof(2, []),
      ],
    ];
    const selectors = new Set(['test_x', 'test_y']);
    for (const proofs of cases) {
      const streamed = proofs.map((p) => {
        const keys = new ResultKeys(selectors);
        for (const r of p.records.flatMap((run) => run.tests)) keys.add(r);
        return { ...p, records: [], keys };
      });
      const expected = checkCompleteness(split, proofs);
      expect(checkCompleteness(split, streamed, new Map(), false)).toEqual({
        ...expected,
        partitionFaults: [],
      });
    }
    expect(checkCompleteness(split, cases[0]).missingFiles).toEqual([
      { shard: "suite 'default' shard 1/2", file: 'tests/e.py::test_y' },
    ]);
  });
});
