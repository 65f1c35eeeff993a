import type { Preset } from '../frameworks/index.js';
import type { RunContext } from '../execute/run-with-report.js';
import type { RunSettings } from '../inputs/run-settings.js';
import type { ActionIO } from '../platform/types.js';

/** What every run of a step shares, for the run step and calibration alike: where and how the command runs,
 * and that its output is shown as untrusted lines, never obeyed as workflow commands. */
export function runContext(
  preset: Preset,
  outputDir: string,
  settings: Pick<RunSettings, 'workingDirectory' | 'timeoutMs'>,
  childEnv: Record<string, string>,
  io: ActionIO,
): RunContext {
  return {
    preset,
    outputDir,
    cwd: settings.workingDirectory,
    baseEnv: childEnv,
    timeoutMs: settings.timeoutMs,
    logger: io,
    onLine: (_stream, line) => io.untrusted(line),
  };
}
