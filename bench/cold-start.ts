/**
 * Cold start: time from process start to the first output line of each bundle, next to a bare `node -e 0`
 * (start to exit: it prints nothing) on the same Node, in interleaved rounds so machine noise hits all alike.
 * Target (issue 8): every bundle ≤ 2× bare Node. Run: npm run build && npx tsx bench/cold-start.ts [rounds]
 * [other-dist ...]; other dist folders (e.g. an older build, `git archive main dist | tar -x -C /tmp/old`) are
 * measured in the same rounds, for a before/after in one run. The CLI is measured twice: `detect` (its first
 * line is the capacity line, as in the action bundles) and `--help` (which loads no step).
 *
 * Wall time on a shared 2-CPU machine mostly measures the wait for a CPU, so next to it the bench reads the CPU
 * time the child has used when its first line arrives (all its threads, /proc/<pid>/task/<tid>/schedstat, in ns),
 * against a bare Node that prints one line and waits. That figure hardly moves with the load.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROUNDS = Number(process.argv[2] ?? 31);
const DISTS = ['dist', ...process.argv.slice(3)];
/** A label, the bundle folder under dist/, and its arguments. */
const BUNDLES: Array<[string, string, string[]]> = [
  ['run', 'run', []],
  ['plan', 'plan', []],
  ['report', 'report', []],
  ['cli detect', 'cli', ['detect']],
  ['cli --help', 'cli', ['--help']],
];
const BARE = 'node -e 0';
/** The CPU baseline: bare Node that prints a line and stays alive, so its threads can be read at that line. */
const BARE_PRINT = 'node -e print+wait';

interface Sample {
  /** ms from spawn to the first byte on stdout or stderr (or to exit when nothing is printed). */
  wall: number;
  /** ms of CPU used by all the child's threads at that moment; undefined when it had exited already. */
  cpu: number | undefined;
}

/** CPU time of every thread of a live process, from the scheduler's nanosecond counters. */
function cpuMillis(pid: number): number | undefined {
  try {
    let ns = 0;
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      ns += Number(readFileSync(`/proc/${pid}/task/${tid}/schedstat`, 'utf8').split(' ')[0]);
    }
    return ns / 1e6;
  } catch {
    return undefined;
  }
}

function timeToFirstOutput(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<Sample> {
  return new Promise((done, fail) => {
    const start = performance.now();
    // Its own process group, so a bundle that got as far as starting a test command is stopped whole.
    const child = spawn(process.execPath, args, {
      cwd,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let settled = false;
    const settle = (exited: boolean) => {
      if (settled) return;
      settled = true;
      const wall = performance.now() - start;
      done({ wall, cpu: exited ? undefined : cpuMillis(child.pid!) });
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    child.stdout.once('data', () => settle(false));
    child.stderr.once('data', () => settle(false));
    child.once('exit', () => settle(true));
    child.once('error', fail);
  });
}

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const low = Math.floor(at);
  return sorted[low] + (sorted[Math.min(low + 1, sorted.length - 1)] - sorted[low]) * (at - low);
}
const median = (values: number[]) => quantile(values, 0.5);

/** Median over rounds of the ratio within a round (a load swing between rounds cancels out), and its middle half. */
function pairedRatio(values: number[], base: number[]): string {
  const ratios = values.map((v, round) => v / base[round]);
  const [q1, q2, q3] = [0.25, 0.5, 0.75].map((q) => quantile(ratios, q));
  return `${q2.toFixed(2)}× (${q1.toFixed(2)}–${q3.toFixed(2)})`;
}

async function main(): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'shardproof-cold-start-'));
  writeFileSync(join(work, 'output'), '');
  writeFileSync(join(work, 'summary'), '');
  // What the runner gives a JavaScript action, minus the services: the bundles start the same way on GitHub.
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_ACTIONS: 'true',
    GITHUB_OUTPUT: join(work, 'output'),
    GITHUB_STEP_SUMMARY: join(work, 'summary'),
    RUNNER_TEMP: work,
    SHARDPROOF_STATE_DIR: join(work, 'state'),
  };
  const commands: Array<[string, string[]]> = [
    [BARE, ['-e', '0']],
    [BARE_PRINT, ['-e', 'console.log(0); setInterval(() => {}, 1000)']],
    ...DISTS.flatMap((dist) =>
      BUNDLES.map(([label, folder, args]): [string, string[]] => [
        `${dist}: ${label}`,
        [resolve(dist, folder, 'index.js'), ...args],
      ]),
    ),
  ];
  const samples = new Map<string, Sample[]>(commands.map(([label]) => [label, []]));
  try {
    // Warm the file cache (twice: the first pass also reads each chunk file for the first time).
    for (let pass = 0; pass < 2; pass++)
      for (const [, args] of commands) await timeToFirstOutput(args, work, env);
    for (let round = 0; round < ROUNDS; round++) {
      // Rotate the order each round so no command always runs right after another.
      for (let i = 0; i < commands.length; i++) {
        const [label, args] = commands[(i + round) % commands.length];
        samples.get(label)!.push(await timeToFirstOutput(args, work, env));
      }
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const wall = (label: string) => samples.get(label)!.map((s) => s.wall);
  const cpu = (label: string) => samples.get(label)!.map((s) => s.cpu ?? NaN);
  const bareWall = wall(BARE);
  const bareCpu = cpu(BARE_PRINT);
  const width = Math.max(...commands.map(([l]) => l.length));
  console.log(`Node ${process.version}, ${ROUNDS} interleaved rounds. Ratios: median of the per-round ratio`);
  console.log(`(middle half of the rounds in brackets). Wall ratio to '${BARE}' (the target ≤ 2×); CPU`);
  console.log(`ratio to '${BARE_PRINT}', both read at the first output line.`);
  console.log(`${'command'.padEnd(width)}  wall ms   wall ratio            CPU ms  CPU ratio`);
  for (const [label] of commands) {
    const w = wall(label);
    const c = cpu(label);
    const ms = (values: number[]) => median(values).toFixed(0).padStart(6);
    if (label === BARE) {
      console.log(`${label.padEnd(width)} ${ms(w)}`);
      continue;
    }
    if (label === BARE_PRINT) {
      console.log(`${label.padEnd(width)} ${ms(w)}   ${''.padEnd(20)} ${ms(c)}`);
      continue;
    }
    // Both ratios must be within the target: the wall one is what a user waits, the CPU one what the bundle
    // costs when the machine is not shared (a loaded machine stretches wall time at random).
    const over = [
      median(w.map((v, round) => v / bareWall[round])) > 2 ? 'wall' : '',
      median(c.map((v, round) => v / bareCpu[round])) > 2 ? 'CPU' : '',
    ].filter(Boolean);
    const verdict = over.length ? `OVER TARGET (${over.join(', ')})` : 'ok';
    console.log(
      `${label.padEnd(width)} ${ms(w)}   ${pairedRatio(w, bareWall).padEnd(20)} ${ms(c)}  ` +
        `${pairedRatio(c, bareCpu).padEnd(20)} ${verdict}`,
    );
  }
}

await main();
