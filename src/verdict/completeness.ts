import { matchFiles, normaliseKey } from '../plan/history-match.js';
import type { Plan, PlanItem } from '../plan/model.js';
import type { ProofIdentity } from '../proof/artifact-name.js';
import { proofLabel } from '../proof/proof-label.js';
import type { RunRecord } from './run-record.js';

/** What completeness needs of one proof that was found and read. */
export interface ProofEvidence {
  identity: ProofIdentity;
  records: readonly RunRecord[];
  /** What the results name, gathered as they streamed past (records then hold a sample only). */
  keys?: SeenKeys;
  /** The plan hash the job says it ran, when it says. */
  planHash?: string;
}

export interface MissingFile {
  /** The shard that was planned to run it. */
  shard: string;
  file: string;
}

export interface PartitionFault {
  id: string;
  shards: string[];
}

export interface Completeness {
  /** Planned (suite, shard, run slot)s without a proof: "suite 'default' shard 2/3". */
  missingProofs: string[];
  /** Planned files (or split pieces) that no proof of their shard has a result for. */
  missingFiles: MissingFile[];
  /** Tests that two different shards reported: the plan ran them twice. */
  partitionFaults: PartitionFault[];
  /** Proofs that ran another plan than the one found (a re-run plan job, a stale artifact). */
  otherPlan: string[];
  /** Shards whose results name no planned file at all (a report format without file paths): their files
   * could not be checked one by one. Not a failure; the summary says so. */
  filesUnchecked: string[];
}

interface ExpectedSuite {
  name: string;
  shards: number;
  items?: Map<number, PlanItem[]>;
}

function expectedSuites(plan: Plan | undefined, proofs: readonly ProofEvidence[]): ExpectedSuite[] {
  if (plan) {
    return plan.suites.map((s) => ({
      name: s.name,
      shards: s.shards.length,
      items: new Map(s.shards.map((sh) => [sh.shard, sh.items])),
    }));
  }
  // Without a plan the proofs' own names say how many shards there were: a shard nobody uploaded is still seen.
  const totals = new Map<string, number>();
  for (const { identity } of proofs) {
    if (identity.shard)
      totals.set(identity.suite, Math.max(totals.get(identity.suite) ?? 0, identity.shard.total));
  }
  return [...totals].map(([name, shards]) => ({ name, shards }));
}

/** Run slots of a suite: as many as its proofs say the matrix had (a proof records `runSlots`), else none. */
function runSlotsOf(
  suite: string,
  proofs: readonly ProofEvidence[],
  declared: Map<string, number>,
): number[] {
  let slots = declared.get(suite) ?? 0;
  for (const p of proofs) if (p.identity.suite === suite) slots = Math.max(slots, p.identity.runSlot ?? 0);
  return slots === 0 ? [0] : Array.from({ length: slots }, (_, i) => i + 1);
}

/** What a shard's results name: files, ids (at least those the plan's selectors ask about), and any at all. */
export interface SeenKeys {
  files: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  any: boolean;
}

function seenKeys(proofs: readonly ProofEvidence[]): SeenKeys {
  if (!proofs.every((p) => p.keys !== undefined)) {
    const seen = resultKeys(proofs.flatMap((p) => p.records));
    return { ...seen, any: seen.ids.size > 0 };
  }
  if (proofs.length === 1) return proofs[0].keys!;
  const files = new Set<string>();
  const ids = new Set<string>();
  for (const p of proofs) {
    for (const file of p.keys!.files) files.add(file);
    for (const id of p.keys!.ids) ids.add(id);
  }
  return { files, ids, any: proofs.some((p) => p.keys!.any) };
}

/** Files (or go packages) and ids a proof's results name; `withFileOnly` keeps only ids of results with a file. */
function resultKeys(
  records: readonly RunRecord[],
  withFileOnly = false,
): { files: Set<string>; ids: Set<string> } {
  const files = new Set<string>();
  const ids = new Set<string>();
  for (const record of records) {
    for (const results of [record.tests, ...(record.reruns ?? [])]) {
      for (const r of results) {
        const file = r.file ?? r.suite;
        if (file !== undefined) files.add(file);
        if (!withFileOnly || r.file !== undefined) ids.add(r.id);
      }
    }
  }
  return { files, ids };
}

/**
 * Planned items of one shard that no result covers (the rest of a split file may rightly run nothing), or
 * undefined when results exist but none names a planned file: the reports carry no usable paths.
 */
function missingItems(items: readonly PlanItem[], proofs: readonly ProofEvidence[]): string[] | undefined {
  const seen = seenKeys(proofs);
  const planned = [...new Set(items.filter((i) => i.exceptTests === undefined).map((i) => i.file))];
  const matched = matchFiles(planned, [...seen.files]);
  if (matched.size === 0 && seen.any && planned.length > 0) return undefined;
  const missing: string[] = [];
  for (const item of items) {
    if (item.exceptTests !== undefined) continue;
    const key = matched.get(item.file);
    if (key === undefined) {
      if (!missing.includes(item.file)) missing.push(item.file);
      continue;
    }
    for (const selector of item.tests ?? []) {
      if (!seen.ids.has(`${key}::${selector}`) && !seen.ids.has(`${normaliseKey(key)}::${selector}`))
        missing.push(`${item.file}::${selector}`);
    }
  }
  return missing;
}

/**
 * Tests seen in more than one shard of a suite. Run slots of one shard repeat its tests by design. An id is
 * only evidence when it names its file: two files' `test > adds` share an id in a report without paths.
 * `trusted` proofs' ids count even without a file (the plan matched their results, e.g. go packages).
 */
export function partitionFaults(
  proofs: readonly ProofEvidence[],
  trusted: (proof: { identity: ProofIdentity }) => boolean = () => false,
  limit = 1000,
): PartitionFault[] {
  const firstShard = new Map<string, string>();
  const faults = new Map<string, Set<string>>();
  for (const proof of proofs) {
    if (!proof.identity.shard) continue;
    const label = proofLabel({ suite: proof.identity.suite, shard: proof.identity.shard });
    for (const id of resultKeys(proof.records, !trusted(proof)).ids) {
      const first = firstShard.get(id);
      if (first === undefined) firstShard.set(id, label);
      else if (first !== label && (faults.size < limit || faults.has(id))) {
        const shards = faults.get(id) ?? new Set([first]);
        shards.add(label);
        faults.set(id, shards);
      }
    }
  }
  return [...faults]
    .map(([id, shards]) => ({ id, shards: [...shards] }))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
}

/**
 * Checks the proofs against the plan: every planned shard and run slot has a proof, every planned file of a
 * shard produced a result there, no test ran in two shards, and every proof ran this plan.
 */
export function checkCompleteness(
  plan: Plan | undefined,
  proofs: readonly ProofEvidence[],
  declaredRunSlots: Map<string, number> = new Map(),
  /** false: leave partitionFaults empty (the streamed merge finds them with trustedProofs). */
  withFaults = true,
): Completeness {
  const result: Completeness = {
    missingProofs: [],
    missingFiles: [],
    partitionFaults: [],
    otherPlan: [],
    filesUnchecked: [],
  };
  for (const suite of expectedSuites(plan, proofs)) {
    const ofSuite = proofs.filter((p) => p.identity.suite === suite.name);
    for (let shard = 1; shard <= suite.shards; shard++) {
      const ofShard = ofSuite.filter((p) => p.identity.shard?.index === shard);
      const label = proofLabel({ suite: suite.name, shard: { index: shard, total: suite.shards } });
      for (const slot of runSlotsOf(suite.name, proofs, declaredRunSlots)) {
        const found = ofShard.some((p) => (p.identity.runSlot ?? 0) === slot);
        if (!found) result.missingProofs.push(slot === 0 ? label : `${label}, run slot ${slot}`);
      }
      const items = suite.items?.get(shard) ?? [];
      if (ofShard.length === 0) continue;
      const missing = missingItems(items, ofShard);
      if (missing === undefined) result.filesUnchecked.push(label);
      else for (const file of missing) result.missingFiles.push({ shard: label, file });
    }
    if (plan) {
      for (const p of ofSuite) {
        const wrongTotal = p.identity.shard !== undefined && p.identity.shard.total !== suite.shards;
        if (wrongTotal || (p.planHash !== undefined && p.planHash !== plan.hash))
          result.otherPlan.push(proofLabel(p.identity));
      }
    }
  }
  if (withFaults) result.partitionFaults = partitionFaults(proofs, trustedProofs(plan, result));
  return result;
}

/** Proofs whose ids count for partition faults without naming a file: the plan matched their results. */
export function trustedProofs(
  plan: Plan | undefined,
  completeness: Pick<Completeness, 'filesUnchecked'>,
): (proof: { identity: ProofIdentity }) => boolean {
  const unchecked = new Set(completeness.filesUnchecked);
  return (p) =>
    plan !== undefined &&
    p.identity.shard !== undefined &&
    !unchecked.has(proofLabel({ suite: p.identity.suite, shard: p.identity.shard }));
}

/** How many things are missing: the `missing` output. */
export function missingCount(c: Completeness): number {
  return c.missingProofs.length + c.missingFiles.length;
}

function listed(items: readonly string[], max: number): string {
  const shown = items.slice(0, max).join('; ');
  return items.length > max ? `${shown}; and ${items.length - max} more` : shown;
}

/** The report's failure message for an incomplete or overlapping set of proofs, or undefined when whole. */
export function completenessFailure(c: Completeness, max = 20): string | undefined {
  const lines: string[] = [];
  if (c.missingProofs.length > 0) {
    lines.push(
      `No proof from ${listed(c.missingProofs, max)}: the job failed before uploading its proof, was cancelled, ` +
        'or did not run. A shard without its proof is not evidence that its tests passed.',
    );
  }
  if (c.missingFiles.length > 0) {
    const files = c.missingFiles.map((m) => `${m.file} (${m.shard})`);
    lines.push(`Planned but produced no test results: ${listed(files, max)}.`);
  }
  if (c.partitionFaults.length > 0) {
    const faults = c.partitionFaults.map((f) => `${f.id} (${f.shards.join(' and ')})`);
    lines.push(`Partition fault, tests reported by two shards: ${listed(faults, max)}.`);
  }
  if (c.otherPlan.length > 0) {
    lines.push(
      `Ran a different plan than the one found: ${listed(c.otherPlan, max)}; re-run the whole workflow.`,
    );
  }
  return lines.length > 0 ? lines.join('\n') : undefined;
}
