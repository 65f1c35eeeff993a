import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readReportSettings, type ReportSettings } from '../inputs/report-settings.js';
import { historyScope, type Plan } from '../plan/index.js';
import { localStateDir } from '../platform/select.js';
import type { Services } from '../platform/services.js';
import { REPORT_ARTIFACT } from '../proof/artifact-name.js';
import { proofLabel } from '../proof/proof-label.js';
import type { ReadProof } from '../proof/read-proof.js';
import { REPORT_FILES, writeReportFiles } from '../report/report-files.js';
import { renderReportSummary } from '../report/report-summary.js';
import { shardTimingSection } from '../report/shard-timing.js';
import { largestFileSeconds, shardTimes } from '../report/shard-times.js';
import {
  checkCompleteness,
  completenessFailure,
  missingCount,
  trustedProofs,
  type Completeness,
} from '../verdict/completeness.js';
import { ResultKeys } from '../verdict/result-keys.js';
import { mergeRecords } from '../proof/merge-records.js';
import { confidenceSentence } from '../verdict/confidence.js';
import { attachCauses } from '../verdict/attach-causes.js';
import { stepFailure } from '../verdict/step-failure.js';
import type { Verdict } from '../verdict/verdict.js';
import { AnnotationBudget } from './annotation-budget.js';
import { decideCapacity } from './capacity-step.js';
import { findPlan, gatherProofs } from './gather-proofs.js';
import { runAttempt } from './plan-artifact.js';
import { commentBody, publishFeedback } from './report-feedback.js';
import { proofCauses } from './report-causes.js';
import { updateTimingHistory } from './report-history.js';
import { memoryRecords, suiteMemoryFigures } from './report-memory.js';

/** The report sub-action: gather every shard's proof, check it against the plan, merge, keep timings, report. */
export async function reportStep(services: Services): Promise<void> {
  const started = Date.now();
  const io = new AnnotationBudget(services.io);
  decideCapacity(io);
  const settings = readReportSettings(io, process.cwd());
  const reportDir = settings.outputDir ?? defaultReportDir(services.env);
  const mergedDir = join(reportDir, 'merged');
  // Only shardproof's own folders are cleared: output-dir may point anywhere, even at the workspace.
  for (const own of ['merged', 'proofs', 'plan'])
    await rm(join(reportDir, own), { recursive: true, force: true });
  await mkdir(mergedDir, { recursive: true });
  io.setOutput('report-dir', reportDir);

  const { plan, source } = await findPlan(
    settings.planFile,
    services.artifacts,
    join(reportDir, 'plan'),
    runAttempt(services.env),
  );
  io.info(`plan: ${plan ? `${plan.hash.slice(0, 12)} from ${source}` : source}`);
  // Results are not kept as they are read: what completeness needs is gathered on the way (ResultKeys).
  const keys = new Map<string, ResultKeys>();
  const selectors = planSelectors(plan);
  const { proofs: found, superseded } = await gatherProofs(
    services.artifacts,
    settings.artifactPrefix,
    join(reportDir, 'proofs'),
    (m) => io.info(m),
    (m) => io.warning(m),
    (artifact) => {
      const seen = new ResultKeys(selectors);
      keys.set(artifact, seen);
      return { keepTests: false, onResult: (result) => seen.add(result) };
    },
  );
  if (superseded.length > 0) io.info(`earlier attempts replaced by a re-run: ${superseded.join(', ')}`);
  // A proof without records, or whose records are not what its run step wrote, is no evidence:
  // completeness counts its shard as missing, and the failure names it.
  const tampered = found.filter((p) => p.integrity !== undefined);
  const proofs = found.filter(
    (p) => p.integrity === undefined && (p.records.length > 0 || p.manifest !== undefined),
  );
  const completeness = checkCompleteness(plan, evidence(proofs, keys), declaredRunSlots(proofs, plan), false);
  // Every proof's records.jsonl streamed once more, run by run, into one compact verdict.
  const {
    verdict,
    measured: runs,
    partitionFaults,
  } = await mergeRecords(proofs, trustedProofs(plan, completeness));
  completeness.partitionFaults = partitionFaults;
  attachCauses(verdict, proofCauses(proofs));
  for (const p of proofs) {
    if (p.manifest?.stepError === undefined) continue;
    const message = `${proofLabel(p.identity)}: the run step failed after its runs started (${p.manifest.stepError})`;
    verdict.runFailures.push({ run: p.records.at(-1)?.run ?? 1, message });
  }
  const now = new Date().toISOString();
  const memory = suiteMemoryFigures(
    proofs.map((p) => ({ suite: p.identity.suite, memory: p.manifest?.memory })),
    now,
  );
  // An OOM is a note below (a warning, and in the summary); a measured figure is a log line.
  for (const figure of memory) if (!figure.oom) io.info(figure.line);
  const history = await updateTimingHistory({
    io,
    env: services.env,
    // The scope the plan step reads: the report writes what the next plan restores.
    store: services.timings(historyScope(services.env)),
    artifacts: services.history,
    runs,
    plan,
    keep: settings.historySize,
    now,
    memory: memoryRecords(memory),
  });
  io.info(history.line);

  const incomplete = completenessFailure(completeness);
  // No proof at all is never a pass: a wrong artifact-name, or test jobs that never uploaded.
  const nothing =
    proofs.length === 0
      ? `No proof artifact named '${settings.artifactPrefix}-…' in this workflow run: check that the test jobs ` +
        'ran the shardproof run step with upload on, and that artifact-name matches theirs.'
      : undefined;
  const untrusted = tampered.length
    ? `${tampered.length} proofs failed their integrity check and were not merged: ` +
      tampered.map((p) => `${proofLabel(p.identity)} (${p.integrity})`).join('; ')
    : undefined;
  const failure = [
    nothing,
    untrusted,
    incomplete,
    stepFailure(verdict, { failOnFlaky: settings.failOnFlaky }),
  ]
    .filter((m) => m !== undefined)
    .join('\n');
  const confidence = confidenceSentence(verdict, settings.confidence);
  const timing = shardTimingSection(shardTimes(proofs, plan), {
    largestItemSeconds: largestFileSeconds(runs),
    overheadSeconds: plan?.overheadSeconds ?? 0,
    importance: 3,
  });
  const notes = [
    `plan: ${plan ? plan.hash.slice(0, 12) : 'none'}; ${proofs.length} proofs merged`,
    history.line,
    ...memory.filter((m) => m.oom).map((m) => m.line),
    ...uncheckedNote(completeness),
    ...olderAttempts(proofs, services.env),
    ...tampered.map((p) => `not merged: ${proofLabel(p.identity)}: ${p.integrity}`),
  ];
  for (const note of notes.slice(2)) io.warning(note);
  const render = (byteBudget: number, extraNotes: string[] = []) =>
    renderReportSummary(
      verdict,
      completeness,
      { sections: [timing], notes: [...notes, ...extraNotes], failing: failure !== '' },
      { failOnFlaky: settings.failOnFlaky, confidence: settings.confidence, byteBudget },
    );
  const feedbackNotes = await publishFeedback({
    io,
    feedback: services.feedback,
    env: services.env,
    settings,
    verdict,
    failing: failure !== '',
    title: headlineTitle(verdict, completeness),
    render: (budget) => render(budget),
  });
  const summary = render(1_000_000, feedbackNotes);
  await writeReportFiles(mergedDir, {
    verdict,
    completeness,
    confidence,
    ...(plan ? { planHash: plan.hash } : {}),
    proofs,
    history: history.text,
    summary,
    comment: commentBody((budget) => render(budget)),
    times: { start: started, stop: Date.now() },
  });
  await io.appendSummary(summary);
  await uploadReport(services, io, mergedDir, settings);
  setOutputs(io, verdict, completeness, join(mergedDir, REPORT_FILES.results));
  io.info(confidence);
  if (failure !== '') io.setFailed(failure);
}

function evidence(proofs: readonly ReadProof[], keys: ReadonlyMap<string, ResultKeys>) {
  return proofs.map((p) => ({
    identity: p.identity,
    records: p.records,
    keys: keys.get(p.artifact) ?? new ResultKeys(),
    ...(typeof p.manifest?.info?.planHash === 'string' ? { planHash: p.manifest.info.planHash } : {}),
  }));
}

/** The plan's test selectors (split files' `tests`): the only ids completeness looks up. */
function planSelectors(plan: Plan | undefined): Set<string> {
  const selectors = new Set<string>();
  for (const suite of plan?.suites ?? [])
    for (const shard of suite.shards)
      for (const item of shard.items) for (const t of item.tests ?? []) selectors.add(t);
  return selectors;
}

/** How many run slots each suite's matrix had: as the plan says, else as the proofs' manifests say. */
function declaredRunSlots(proofs: readonly ReadProof[], plan: Plan | undefined): Map<string, number> {
  const slots = new Map<string, number>();
  // `runSlots` arrives with the plan's `runs` input; read defensively from plans made before it.
  const planned = (plan as { runSlots?: unknown } | undefined)?.runSlots;
  if (plan && typeof planned === 'number' && planned > 1) {
    for (const suite of plan.suites) slots.set(suite.name, planned);
    return slots;
  }
  for (const p of proofs) {
    const declared = p.manifest?.info?.runSlots;
    if (typeof declared === 'number' && Number.isInteger(declared) && declared > 0 && declared <= 1000) {
      slots.set(p.identity.suite, Math.max(slots.get(p.identity.suite) ?? 0, declared));
    }
  }
  return slots;
}

function headlineTitle(verdict: Verdict, completeness: Completeness): string {
  const { failed, flaky, passed } = verdict.counts;
  const missing = missingCount(completeness);
  return `${failed} failed, ${flaky} flaky, ${passed} passed${missing > 0 ? `, ${missing} missing` : ''}`;
}

async function uploadReport(
  services: Services,
  io: AnnotationBudget,
  dir: string,
  settings: ReportSettings,
): Promise<void> {
  const name = reportArtifactName(services.env);
  try {
    const options = settings.retentionDays !== undefined ? { retentionDays: settings.retentionDays } : {};
    const uploaded = await services.artifacts.upload(name, dir, options);
    io.info(`merged report stored as ${uploaded.location}`);
    if (uploaded.id !== undefined) io.setOutput('artifact-id', String(uploaded.id));
  } catch (error) {
    // The verdict stands without the artifact: the summary and outputs already carry it.
    io.warning(`could not upload the merged report as '${name}': ${(error as Error).message}`);
  }
}

/**
 * `shardproof-report`, and `shardproof-report-a<k>` for a re-run attempt k: the first attempt's artifact is
 * kept, and GitHub refuses a second artifact of one name in a workflow run (409).
 */
export function reportArtifactName(env: NodeJS.ProcessEnv): string {
  const attempt = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  return Number.isInteger(attempt) && attempt > 1 ? `${REPORT_ARTIFACT}-a${attempt}` : REPORT_ARTIFACT;
}

function setOutputs(
  io: AnnotationBudget,
  verdict: Verdict,
  completeness: Completeness,
  resultsJson: string,
): void {
  for (const key of ['passed', 'failed', 'flaky', 'skipped'] as const)
    io.setOutput(key, String(verdict.counts[key]));
  io.setOutput('missing', String(missingCount(completeness)));
  io.setOutput('results-json', resultsJson);
}

function defaultReportDir(env: NodeJS.ProcessEnv): string {
  return env.RUNNER_TEMP ? join(env.RUNNER_TEMP, 'shardproof', 'report') : join(localStateDir(env), 'report');
}

/** Shards whose results name no files (node:test on Node 20 and 22): their files could not be checked. */
function uncheckedNote(completeness: Completeness): string[] {
  if (completeness.filesUnchecked.length === 0) return [];
  return [
    `files not checked for ${completeness.filesUnchecked.join(', ')}: their reports name no test files, ` +
      'so a planned file without results cannot be told apart',
  ];
}

/** Proofs kept from an earlier attempt of the workflow run ("Re-run failed jobs" leaves passing jobs alone). */
function olderAttempts(proofs: readonly ReadProof[], env: NodeJS.ProcessEnv): string[] {
  const current = Number(env.GITHUB_RUN_ATTEMPT ?? '1');
  const older = proofs.filter((p) => p.identity.attempt < current);
  if (older.length === 0) return [];
  return [
    `${older.length} proofs come from an earlier attempt of this workflow run: ` +
      older.map((p) => `${proofLabel(p.identity)} (attempt ${p.identity.attempt})`).join(', '),
  ];
}
