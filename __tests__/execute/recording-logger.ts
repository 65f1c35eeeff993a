import type { ExecuteLogger } from '../../src/execute/logger.js';

/** An ExecuteLogger that keeps every call as a line (`info: …`, `warning: …`, `group: …`, `endgroup`). */
export function recordingLogger(): ExecuteLogger & { lines: string[] } {
  const lines: string[] = [];
  return {
    lines,
    info: (m) => lines.push(`info: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    startGroup: (t) => lines.push(`group: ${t}`),
    endGroup: () => lines.push('endgroup'),
  };
}
