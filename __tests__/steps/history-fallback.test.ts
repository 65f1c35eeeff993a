import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serializeHistory, type TimingHistory } from '../../src/plan/index.js';
import { LocalArtifactStore } from '../../src/platform/artifact-store.js';
import { LocalHistoryArtifacts } from '../../src/platform/history-artifacts.js';
import { LocalIO } from '../../src/platform/local-io.js';
import { localServices } from '../../src/platform/services.js';
import { REPORT_ARTIFACT } from '../../src/proof/artifact-name.js';
import { historyFromReportArtifact, REPORT_HISTORY_FILE } from '../../src/steps/history-fallback.js';
import { planStep } from '../../src/steps/plan-step.js';

const seconds: Record<string, number> = {
  'tests/test_a.py': 100,
  'tests/test_b.py': 1,
  'tests/test_c.py': 2,
  'tests/test_d.py': 3,
};
const history: TimingHistory = {
  version: 1,
  items: Object.fromEntries(
    Object.entries(seconds).map(([k, s]) => [k, { durations: [s], updated: '2026-11-01T00:00:00Z' }]),
  ),
};

/** A state folder holding a report artifact with `files`, as `shardproof report` leaves it. */
function stateWithReport(files: Record<string, string>): string {
  const state = mkdtempSync(join(tmpdir(), 'shardproof-state-'));
  const dir = join(state, 'artifacts', REPORT_ARTIFACT);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return state;
}

async function fallback(state: string) {
  const warnings: string[] = [];
  const found = await historyFromReportArtifact(
    new LocalHistoryArtifacts(new LocalArtifactStore(state)),
    (m) => warnings.push(m),
  );
  return { found, warnings };
}

describe('timing history from the report artifact', () => {
  it('reads the history the report artifact holds', async () => {
    const { found, warnings } = await fallback(
      stateWithReport({ [REPORT_HISTORY_FILE]: serializeHistory(history) }),
    );
    expect(found).toEqual(history);
    expect(warnings).toEqual([]);
  });

  it('no artifact: no history and nothing to warn about', async () => {
    expect(await fallback(mkdtempSync(join(tmpdir(), 'shardproof-state-')))).toEqual({
      found: undefined,
      warnings: [],
    });
  });

  it('an artifact without the history file, or with a corrupt one, is one warning and no history', async () => {
    const empty = await fallback(stateWithReport({ 'results.json': '{}' }));
    expect(empty).toEqual({
      found: undefined,
      warnings: [`the artifact ${REPORT_ARTIFACT} has no timings.json: planning without its history`],
    });
    const corrupt = await fallback(stateWithReport({ [REPORT_HISTORY_FILE]: '{"version":1,' }));
    expect(corrupt.found).toBeUndefined();
    expect(corrupt.warnings[0]).toMatch(
      /^could not use the timing history of the artifact shardproof-report: Timing history in the artifact shardproof-report is not valid JSON/,
    );
  });

  it('the plan uses it when the stored history is empty, and says where its timings came from', async () => {
    const project = mkdtempSync(join(tmpdir(), 'shardproof-project-'));
    mkdirSync(join(project, 'tests'));
    for (const file of Object.keys(seconds)) writeFileSync(join(project, file), 'def test_x():\n    pass\n');
    const state = stateWithReport({ [REPORT_HISTORY_FILE]: serializeHistory(history) });
    const inputs = {
      framework: 'pytest',
      tests: 'tests/test_*.py',
      shards: '2',
      'working-directory': project,
    };
    const lines: string[] = [];
    const io = new LocalIO({ inputs, write: (line) => lines.push(line), stopCommands: false });
    await planStep({ ...localServices(inputs, { SHARDPROOF_STATE_DIR: state }), io });
    expect(lines).toContain(
      `timings: 4 items from the newest ${REPORT_ARTIFACT} artifact of the default branch (the cache had none)`,
    );
    const plan = JSON.parse(io.outputs.plan) as { suites: { matchRate: number; makespan: number }[] };
    expect(plan.suites[0]).toMatchObject({ matchRate: 1, makespan: 100 });
  });
});

describe('restoreStoredHistory with memory figures', () => {
  it('a cache that calibrate alone saved (figures, no timings) adds its figures to the artifact fallback', async () => {
    const { restoreStoredHistory } = await import('../../src/steps/history-fallback.js');
    const { FileTimingStore } = await import('../../src/platform/timing-store.js');
    const older = {
      bytesPerWorker: 2 ** 29,
      source: 'run' as const,
      measured: '2026-11-01T00:00:00.000Z',
      workers: 2,
    };
    const newer = {
      bytesPerWorker: 2 ** 28,
      source: 'calibrate' as const,
      measured: '2026-11-30T00:00:00.000Z',
      workers: 4,
    };
    const state = stateWithReport({
      [REPORT_HISTORY_FILE]: serializeHistory({ ...history, memory: { unit: older, e2e: older } }),
    });
    const cacheFile = join(state, 'timings-default.json');
    writeFileSync(cacheFile, serializeHistory({ version: 1, items: {}, memory: { unit: newer } }));
    const restored = await restoreStoredHistory(
      new FileTimingStore(cacheFile),
      new LocalHistoryArtifacts(new LocalArtifactStore(state)),
      () => {},
    );
    expect(restored.history.items).toEqual(history.items);
    expect(restored.history.memory).toEqual({ unit: newer, e2e: older });
  });
});
