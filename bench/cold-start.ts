/**
 * Cold start: time from process start to the first output line of each bundle, next to a bare `node -e 0`
 * (start to exit: it prints nothing) on the same Node, in interleaved rounds so machine noise hits all alike.
 * Target (issue 8): every bundle ≤ 2× bare Node. Run: npm run build && npx tsx bench/cold-start.ts [rounds]
 * [other-dist ...]; other dist folders (e.g. an older build, `git archive main dist | tar -x -C /tmp/old`) are
 * measured in the same rounds, for a before/after in one run.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';

const ROUNDS = Number(process.argv[2] ?? 15);
const DISTS = ['dist', ...process.argv.slice(3)];
const BUNDLES = ['run', 'plan', 'report'] as const;

/** Milliseconds from spawn to the first byte on stdout or stderr, or to exit when nothing is printed. */
function timeToFirstOutput(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<number> {
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
    const settle = () => {
      if (settled) return;
      settled = true;
      done(performance.now() - start);
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // already gone
      }
    };
    child.stdout.once('data', settle);
    child.stderr.once('data', settle);
    child.once('exit', settle);
    child.once('error', fail);
  });
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
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
    ['node -e 0', ['-e', '0']],
    ...DISTS.flatMap((dist) =>
      BUNDLES.map((b): [string, string[]] => [`${dist}/${b}/index.js`, [resolve(dist, b, 'index.js')]]),
    ),
  ];
  const samples = new Map<string, number[]>(commands.map(([label]) => [label, []]));
  try {
    for (const [, args] of commands) await timeToFirstOutput(args, work, env); // warm the file cache
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
  const bare = samples.get('node -e 0')!;
  const width = Math.max(22, ...commands.map(([l]) => l.length));
  console.log(
    `Node ${process.version}, ${ROUNDS} interleaved rounds: median ms (min–max); ratio to bare node`,
  );
  console.log(
    `${''.padEnd(width)}        (median over rounds of the ratio within a round, and ratio of medians)`,
  );
  for (const [label] of commands) {
    const s = samples.get(label)!;
    const times = `${median(s).toFixed(0).padStart(5)} (${Math.min(...s).toFixed(0)}–${Math.max(...s).toFixed(0)})`;
    if (label === 'node -e 0') {
      console.log(`${label.padEnd(width)} ${times}`);
      continue;
    }
    // Paired within a round, so a load swing between rounds (other jobs on the machine) cancels out.
    const paired = median(s.map((ms, round) => ms / bare[round]));
    const ofMedians = median(s) / median(bare);
    const verdict = paired <= 2 ? '≤ 2×: ok' : '> 2×: over target';
    console.log(
      `${label.padEnd(width)} ${times}  ${paired.toFixed(2)}× (${ofMedians.toFixed(2)}×) ${verdict}`,
    );
  }
}

await main();
