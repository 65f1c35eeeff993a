import type { PerformanceReport } from '../calibrate/performance-report.js';
import { escapeMarkdown } from './escape-markdown.js';
import { formatBytes, formatDuration } from './format-units.js';

/**
 * The calibration in the job summary: the recommendation, a Mermaid chart of wall time and speedup
 * against workers, the table behind it, and any test whose outcome depended on the worker count.
 * Every value here is a number shardproof measured; test ids are escaped like every user string.
 */
export function renderCalibrationSummary(report: PerformanceReport, maxFindings = 20): string {
  const lines = ['### shardproof calibration', ''];
  lines.push(
    `**Recommended workers: ${report.recommendation.workers}** (${report.recommendation.reason}).`,
    '',
  );
  const configs = report.configurations;
  const xs = configs.map((c) => String(c.workers)).join(', ');
  const seconds = configs.map((c) => (c.wallMs / 1000).toFixed(2));
  const speedups = configs.map((c) => c.speedup.toFixed(2));
  const top = Math.max(...configs.map((c) => c.wallMs / 1000)) * 1.1;
  lines.push('```mermaid', 'xychart-beta', '  title "Wall time (bars, s) against workers"');
  lines.push(`  x-axis "workers" [${xs}]`, `  y-axis "seconds" 0 --> ${top.toFixed(1)}`);
  lines.push(`  bar [${seconds.join(', ')}]`, '```', '');
  const topSpeedup = Math.max(...configs.map((c) => c.speedup), ...configs.map((c) => c.workers)) * 1.1;
  lines.push('```mermaid', 'xychart-beta', '  title "Speedup over the baseline (line) and ideal (bars)"');
  lines.push(`  x-axis "workers" [${xs}]`, `  y-axis "speedup" 0 --> ${topSpeedup.toFixed(1)}`);
  lines.push(
    `  bar [${configs.map((c) => c.workers).join(', ')}]`,
    `  line [${speedups.join(', ')}]`,
    '```',
    '',
  );
  lines.push(
    '| workers | wall time | speedup | efficiency | faster than baseline | CPU time | peak memory | fits memory |',
  );
  lines.push('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | :---: |');
  for (const c of configs) {
    lines.push(
      `| ${c.workers} | ${formatDuration(c.wallMs)} | ${c.speedup.toFixed(2)}× | ${Math.round(c.efficiency * 100)}% | ` +
        `${c.improvementPercent}% | ${c.cpuMs === undefined ? '—' : formatDuration(c.cpuMs)} | ` +
        `${c.peakMemoryBytes === undefined ? '—' : formatBytes(c.peakMemoryBytes)} | ${c.fitsMemory ? 'yes' : 'no'} |`,
    );
  }
  lines.push('');
  if (report.warmup) {
    lines.push(
      `Warm-up run (not counted): ${report.warmup.workers} workers, ${formatDuration(report.warmup.wallMs)}.`,
    );
  }
  if (report.memory) {
    lines.push(
      `Memory (${report.memory.source.toUpperCase()} of the process tree): ${formatBytes(report.memory.perWorkerBytes)} ` +
        `per worker + ${formatBytes(report.memory.fixedBytes)} fixed, of ${formatBytes(report.memory.availableBytes)} available.`,
    );
  }
  if (report.isolationFindings.length) {
    lines.push(
      '',
      `#### ⚠️ ${report.isolationFindings.length} tests changed outcome with the worker count`,
      '',
    );
    lines.push(
      'They depend on running alone or in parallel (shared files, ports, databases or globals).',
      '',
    );
    for (const finding of report.isolationFindings.slice(0, maxFindings)) {
      const per = Object.entries(finding.outcomes)
        .map(([w, o]) => `${w} workers: ${o}`)
        .join(', ');
      lines.push(`- <code>${escapeMarkdown(finding.id, 300)}</code>: ${per}`);
    }
    const rest = report.isolationFindings.length - maxFindings;
    if (rest > 0) lines.push(`- …and ${rest} more (all in performance-report.json)`);
  }
  return lines.join('\n') + '\n';
}
