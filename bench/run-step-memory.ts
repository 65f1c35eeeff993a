/**
 * Peak RSS of the whole run step — `shardproof run` from the built CLI bundle, as a user runs it — on a
 * generated report of 2,000,000 passing tests (~177 MB of JUnit, the issue-8 reproduction). The test command
 * only copies the pre-generated report to {results}, so what is measured is shardproof: parsing, classifying,
 * the summary and the proof folder (results.json, records.jsonl, timings.json, manifest). Peak RSS is the
 * kernel's (`/usr/bin/time -v`, the shardproof process alone: the `cp` child has its own).
 * With --report, the run step uploads its proof to the local artifact store and `shardproof report` merges
 * it: that step's peak RSS and the merged results.json's counts are printed too.
 * --fail-every k makes every k-th test fail (a message and a short stack).
 * Run: npm run build && npx tsx bench/run-step-memory.ts [--tests 2000000] [--runs 1] [--fail-every 0] [--report] [--dist dist] [--dist /tmp/old/dist]
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writePassingReport } from './passing-report.js';

const TARGET_RSS_MB = 512;

function flag(name: string, fallback: string): string[] {
  const values = process.argv.flatMap((arg, i) => (arg === name ? [process.argv[i + 1]] : []));
  return values.length > 0 ? values : [fallback];
}

interface Measured {
  peakMb: number;
  seconds: number;
  exit: number;
  counts?: Record<string, number>;
  resultsMb?: number;
  recordsMb?: number;
}

/** `shardproof <args>` from `dist` under /usr/bin/time: its own peak RSS, wall time and exit. */
function timed(dist: string, workspace: string, state: string, args: string[]) {
  const cli = resolve(dist, 'cli/index.js');
  const start = process.hrtime.bigint();
  const child = spawnSync('/usr/bin/time', ['-v', process.execPath, cli, ...args], {
    cwd: workspace,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, SHARDPROOF_STATE_DIR: state },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr);
  if (!rss) throw new Error(`no RSS from /usr/bin/time:\n${child.stderr.slice(-2000)}`);
  return { peakMb: Number(rss[1]) / 1024, seconds, exit: child.status ?? -1, child };
}

function measure(
  dist: string,
  workspace: string,
  report: string,
  runs: number,
  withReport: boolean,
): Measured & { report?: Measured } {
  const out = join(workspace, `proof-${Math.random().toString(36).slice(2)}`);
  const state = join(workspace, `state-${Math.random().toString(36).slice(2)}`);
  const args = ['run', '--framework', 'custom', '--command', `cp ${report} {results}`];
  args.push('--runs', String(runs), '--upload', String(withReport));
  args.push('--output-dir', out, '--fail-on-flaky', 'false');
  const { child, ...measured }: Measured & { child: SpawnSyncReturns<string>; report?: Measured } = timed(
    dist,
    workspace,
    state,
    args,
  );
  try {
    measured.counts = countsOf(join(out, 'results.json'));
    measured.resultsMb = statSync(join(out, 'results.json')).size / 1e6;
    measured.recordsMb = statSync(join(out, 'records.jsonl')).size / 1e6;
  } catch (error) {
    console.log(`  no results.json (${(error as Error).message}); the step's last output:`);
    console.log(`  ${child.stdout.trim().split('\n').slice(-6).join('\n  ')}`);
    console.log(
      `  ${child.stderr.split('\tCommand being timed')[0].trim().split('\n').slice(-6).join('\n  ')}`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  if (withReport) {
    // The report job merging this one proof, from the local artifact store the run step copied it to.
    const merged = join(workspace, `report-${Math.random().toString(36).slice(2)}`);
    const reportArgs = ['report', '--output-dir', merged, '--fail-on-flaky', 'false'];
    const { child: reportChild, ...reportMeasured } = timed(dist, workspace, state, reportArgs);
    if (reportMeasured.exit !== 0)
      console.log(`  report: ${reportChild.stdout.trim().split('\n').slice(-3).join(' | ')}`);
    try {
      measured.report = { ...reportMeasured, counts: countsOf(join(merged, 'merged', 'results.json')) };
      measured.report.resultsMb = statSync(join(merged, 'merged', 'results.json')).size / 1e6;
    } catch (error) {
      measured.report = reportMeasured;
      console.log(`  report: no merged results.json (${(error as Error).message})`);
    }
    rmSync(merged, { recursive: true, force: true });
  }
  rmSync(state, { recursive: true, force: true });
  return measured;
}

/** results.json of 2,000,000 tests passes 512 MB: too long for one string here too. The counts come first. */
function countsOf(path: string): Record<string, number> {
  const head = readHead(path, 64 * 1024);
  const counts = /"counts": (\{[^}]*\})/.exec(head);
  if (!counts) throw new Error(`no counts at the head of ${path}: ${head.slice(0, 200)}`);
  return JSON.parse(counts[1]) as Record<string, number>;
}

function readHead(path: string, bytes: number): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    return buffer.toString('utf8', 0, readSync(fd, buffer, 0, bytes, 0));
  } finally {
    closeSync(fd);
  }
}

async function main(): Promise<void> {
  const tests = Number(flag('--tests', '2000000')[0]);
  const runs = Number(flag('--runs', '1')[0]);
  const dists = flag('--dist', 'dist');
  const withReport = process.argv.includes('--report');
  const failEvery = Number(flag('--fail-every', '0')[0]);
  const workspace = mkdtempSync(join(tmpdir(), 'shardproof-run-memory-'));
  try {
    mkdirSync(join(workspace, 'tests'));
    const report = join(workspace, 'report.xml');
    await writePassingReport(report, tests, failEvery);
    const mb = statSync(report).size / 1e6;
    const failing = failEvery > 0 ? `, every ${failEvery}. failing` : ' passing';
    console.log(`report: ${mb.toFixed(0)} MB, ${tests}${failing} tests; shardproof run --runs ${runs}`);
    console.log(`node ${execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim()}`);
    for (const dist of dists) {
      const m = measure(dist, workspace, report, runs, withReport);
      const counted = (m.counts?.passed ?? 0) + (m.counts?.failed ?? 0) + (m.counts?.flaky ?? 0);
      const met = m.peakMb <= TARGET_RSS_MB && counted === tests ? 'met' : 'NOT met';
      console.log(
        `${dist}: exit ${m.exit}, ${m.seconds.toFixed(1)} s, peak RSS ${m.peakMb.toFixed(0)} MB ` +
          `(target <= ${TARGET_RSS_MB} MB with every test counted: ${met}); ` +
          (m.counts
            ? `counts ${JSON.stringify(m.counts)}, results.json ${m.resultsMb!.toFixed(0)} MB, ` +
              `records.jsonl ${m.recordsMb!.toFixed(0)} MB`
            : 'no results'),
      );
      if (m.report) {
        const r = m.report;
        const merged = (r.counts?.passed ?? 0) + (r.counts?.failed ?? 0) + (r.counts?.flaky ?? 0);
        const reportMet = r.peakMb <= TARGET_RSS_MB && merged === tests ? 'met' : 'NOT met';
        console.log(
          `${dist}: report step on that proof: exit ${r.exit}, ${r.seconds.toFixed(1)} s, ` +
            `peak RSS ${r.peakMb.toFixed(0)} MB (target <= ${TARGET_RSS_MB} MB with every test counted: ${reportMet}); ` +
            (r.counts
              ? `counts ${JSON.stringify(r.counts)}, results.json ${r.resultsMb!.toFixed(0)} MB`
              : 'no results'),
        );
      }
    }
  } finally {
    rmSync(workspace, { recursive: true, force: true });
  }
}

await main();
