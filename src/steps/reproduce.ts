import { buildInvocation, displayCommand } from '../execute/template.js';
import { frameworkModule, type FrameworkModule, type Preset } from '../frameworks/index.js';
import type { TestResult } from '../results/model.js';
import type { CompactVerdict } from '../verdict/verdict-builder.js';
import type { TestVerdict, Verdict } from '../verdict/verdict.js';

const NEEDS_A_LOOK = new Set(['failed', 'flaky', 'file-error']);

/** A verdict's test as the framework's rerun filter needs it (only identity matters for selection). */
function asResult(test: TestVerdict): TestResult {
  const result: TestResult = { id: test.id, name: test.name, outcome: 'failed', duration: 0 };
  if (test.file !== undefined) result.file = test.file;
  if (test.suite !== undefined) result.suite = test.suite;
  if (test.class === 'file-error') result.fileError = true;
  return result;
}

/** Ids a user can paste into the framework (pytest node ids, `file > describe > test`, `pkg TestX/sub`),
 * on the verdict's tests and, for a compact verdict, on every test it yields for results.json. */
export function addDisplayIds(verdict: Verdict, preset: Preset): void {
  const module = frameworkModule(preset.framework);
  for (const test of verdict.tests) test.displayId = displayIdOf(test, module);
  if ('eachTest' in verdict) {
    const compact = verdict as CompactVerdict;
    const eachTest = compact.eachTest.bind(compact);
    compact.eachTest = function* () {
      for (const test of eachTest()) yield { ...test, displayId: displayIdOf(test, module) };
    };
  }
}

function displayIdOf(test: TestVerdict, module: FrameworkModule): string {
  if (test.class === 'file-error') return test.file ?? test.id;
  // The k-th test of one name keeps its ordinal, so two rows never read the same.
  const ordinal = / #\d+$/.exec(test.id)?.[0] ?? '';
  return module.displayId(asResult(test)) + ordinal;
}

/**
 * The command for the summary's "to reproduce" line: the tests that failed or flaked, selected the way a
 * rerun selects them, so a user can paste it; the whole run's command when nothing failed or the
 * framework cannot select single tests.
 */
export function reproduceCommand(
  verdict: Verdict,
  preset: Preset,
  runArgv: string[],
  workers: number,
): string {
  const failing = verdict.tests.filter((t) => NEEDS_A_LOOK.has(t.class)).map(asResult);
  if (failing.length === 0) return displayCommand(runArgv);
  const selection = frameworkModule(preset.framework).rerunSelection(failing);
  if (selection.unselectable.length > 0 || selection.files.length === 0) return displayCommand(runArgv);
  const invocation = buildInvocation(preset.command, {
    files: selection.files.map(preset.fileArg),
    filterArgs: selection.filterArgs,
    workers,
    results: `report.${preset.reportExtension}`,
    run: 1,
  });
  return invocation.usesFiles ? displayCommand(invocation.argv) : displayCommand(runArgv);
}
