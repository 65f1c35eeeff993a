import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runOnce, type RunOnceOptions } from '../../src/execute/run-once.js';

const fixtures = resolve('__tests__/fixtures/execute');
const node = process.execPath;
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'shardproof-run-once-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function run(argv: string[], extra: Partial<RunOnceOptions> = {}) {
  return runOnce({
    argv,
    cwd: dir,
    env: { PATH: process.env.PATH ?? '' },
    logPath: join(dir, 'run.log'),
    ...extra,
  });
}

/** Alive means present and not a zombie (a container's pid 1 may never reap orphans). */
async function isAlive(pid: number): Promise<boolean> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
  } catch {
    return false;
  }
}

describe('runOnce', () => {
  it('records the exit code and logs every line with a timestamp and its stream', async () => {
    const outcome = await run([node, '-e', 'console.log("out 1"); console.error("err 1"); process.exit(3)']);
    expect(outcome).toMatchObject({ exitCode: 3, signal: null, timedOut: false, oomKilled: false });
    expect(outcome.message).toBe('exited with code 3');
    expect(outcome.spawnError).toBeUndefined();
    const log = (await readFile(join(dir, 'run.log'), 'utf8')).split('\n');
    const ts = '\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z';
    expect(log[0]).toMatch(new RegExp(`^${ts} shardproof \\| \\$ ${node} -e 'console.log`));
    expect(log[1]).toMatch(new RegExp(`^${ts} shardproof \\| cwd: ${dir}$`));
    expect(log.filter((l) => / (stdout|stderr) \| /.test(l)).map((l) => l.slice(25))).toEqual([
      'stdout | out 1',
      'stderr | err 1',
    ]);
    expect(log.at(-2)).toMatch(new RegExp(`^${ts} shardproof \\| exited with code 3 \\(\\d+\\.\\d s`));
    expect(log.at(-1)).toBe('');
  });

  it('records an OOM kill when the cgroup oom_kill count rose, though the command exited normally', async () => {
    let kills = 4;
    const outcome = await run([node, '-e', 'process.exit(1)'], { oomKillCount: () => kills++ });
    expect(outcome).toMatchObject({ exitCode: 1, oomKilled: true });
    expect(outcome.message).toBe(
      "exited with code 1; the out-of-memory killer ended 1 process(es) in this job's memory cgroup during " +
        'the run (memory.events oom_kill) — try fewer workers or set memory-per-worker',
    );
  });

  it('measures CPU time and peak PSS of the tree', async () => {
    const script =
      // Spins until it has used 600 ms of CPU itself, however loaded the machine is.
      'const b = Buffer.alloc(200 * 2 ** 20, 1); while (process.cpuUsage().user < 600_000); ' +
      'if (b[0] !== 1) process.exit(2);';
    const outcome = await run([node, '-e', script]);
    expect(outcome.exitCode).toBe(0);
    expect(outcome.cpuMs).toBeGreaterThanOrEqual(500);
    expect(outcome.peakPssBytes).toBeGreaterThanOrEqual(200 * 2 ** 20);
    expect(outcome.peakPssBytes).toBeLessThanOrEqual(outcome.peakRssBytes! + 2 ** 20);
  });

  it('streams lines live, joining a line written in pieces', async () => {
    const lines: string[] = [];
    await run(
      [node, '-e', 'process.stdout.write("par"); setTimeout(() => process.stdout.write("tial\\nlast"), 50)'],
      {
        onLine: (stream, line) => lines.push(`${stream}:${line}`),
      },
    );
    expect(lines).toEqual(['stdout:partial', 'stdout:last']);
  });

  it('on timeout kills the whole process group, grandchildren included', async () => {
    const pidsFile = join(dir, 'pids.json');
    const outcome = await run([node, join(fixtures, 'spawn-sleeper.mjs'), pidsFile], {
      timeoutMs: 1_000,
      killGraceMs: 500,
    });
    const { child, grandchild } = JSON.parse(await readFile(pidsFile, 'utf8'));
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGTERM', timedOut: true, oomKilled: false });
    expect(outcome.message).toBe('timed out after 1000 ms; the whole process group was killed');
    expect(await isAlive(child)).toBe(false);
    expect(await isAlive(grandchild)).toBe(false);
  });

  it('on timeout also kills a descendant that moved to its own session, after its parent died', async () => {
    const pidFile = join(dir, 'escaped.pid');
    // The shell ignores SIGTERM and starts a sleeper in a new session (its own process group); on timeout
    // the shell dies first and the sleeper is re-parented to init, out of reach by group or parent pid.
    const script = `trap "" TERM; setsid sleep 301 & echo $! > ${pidFile}; sleep 302`;
    const outcome = await run(['bash', '-c', script], { timeoutMs: 1_000, killGraceMs: 500 });
    expect(outcome.timedOut).toBe(true);
    const escaped = Number(await readFile(pidFile, 'utf8'));
    await new Promise((r) => setTimeout(r, 300));
    expect(await isAlive(escaped)).toBe(false);
  });

  it('on timeout kills a daemon that double-forked out of the tree, found by the run marker', async () => {
    const pidFile = join(dir, 'daemon.pid');
    // setsid -f forks into a new session at once and the intermediate exits: no sample ever sees it in the tree.
    const script = `setsid -f bash -c 'echo $$ > ${pidFile}; exec sleep 303' ; sleep 304`;
    const outcome = await run(['bash', '-c', script], {
      timeoutMs: 1_000,
      killGraceMs: 300,
      env: { PATH: process.env.PATH ?? '', SHARDPROOF_RUN_ID: 'marker-test-1' },
      marker: 'SHARDPROOF_RUN_ID=marker-test-1',
    });
    expect(outcome.timedOut).toBe(true);
    const daemon = Number((await readFile(pidFile, 'utf8')).trim());
    await new Promise((r) => setTimeout(r, 300));
    expect(await isAlive(daemon)).toBe(false);
  });

  it('follows SIGTERM with SIGKILL when the command ignores it', async () => {
    const script = 'process.on("SIGTERM", () => {}); console.log("ready"); setInterval(() => {}, 1000)';
    const outcome = await run([node, '-e', script], { timeoutMs: 500, killGraceMs: 300 });
    expect(outcome).toMatchObject({ signal: 'SIGKILL', timedOut: true, oomKilled: false });
  });

  it('reports exit 137 without a timeout as an out-of-memory kill', async () => {
    const outcome = await run([node, '-e', 'process.exit(137)']);
    expect(outcome).toMatchObject({ exitCode: 137, signal: null, timedOut: false, oomKilled: true });
    expect(outcome.message).toBe(
      'killed by SIGKILL (exit 137) without a timeout — most likely the out-of-memory killer; ' +
        'try fewer workers or set memory-per-worker',
    );
  });

  it('reports a SIGKILL it did not send as an out-of-memory kill', async () => {
    const outcome = await run([node, '-e', 'process.kill(process.pid, "SIGKILL")']);
    expect(outcome).toMatchObject({ exitCode: null, signal: 'SIGKILL', timedOut: false, oomKilled: true });
    expect(outcome.message).toMatch(/^killed by SIGKILL without a timeout/);
  });

  it('records a command that does not exist instead of throwing', async () => {
    const outcome = await run(['shardproof-no-such-command']);
    expect(outcome).toMatchObject({ exitCode: null, signal: null, timedOut: false, oomKilled: false });
    expect(outcome.spawnError).toBe(
      'command not found: shardproof-no-such-command (is it installed and on PATH?)',
    );
    expect(await readFile(join(dir, 'run.log'), 'utf8')).toContain(
      'shardproof | could not start: command not found: shardproof-no-such-command',
    );
  });

  it('records a missing working directory instead of throwing', async () => {
    const outcome = await run([node, '-e', ''], { cwd: join(dir, 'nope') });
    expect(outcome.spawnError).toBe(`the working directory ${join(dir, 'nope')} does not exist`);
  });

  it('stops processes the command left running, so they cannot leak into the next run', async () => {
    const pidsFile = join(dir, 'pids.json');
    const started = Date.now();
    const outcome = await run([node, join(fixtures, 'leave-orphan.mjs'), pidsFile], { killGraceMs: 500 });
    expect(outcome).toMatchObject({ exitCode: 0, timedOut: false, oomKilled: false });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(await isAlive(JSON.parse(await readFile(pidsFile, 'utf8')).orphan)).toBe(false);
    expect(await readFile(join(dir, 'run.log'), 'utf8')).toContain(
      'stopping 1 process(es) the command left running',
    );
  });

  it('copies raw stdout to a file when asked (go test -json reports on stdout)', async () => {
    const target = join(dir, 'report.json');
    await run([node, '-e', 'process.stdout.write(\'{"a":1}\\n{"b":2}\')'], { stdoutTo: target });
    expect(await readFile(target, 'utf8')).toBe('{"a":1}\n{"b":2}');
  });

  it.runIf(process.platform === 'linux')(
    'measures peak memory of the whole tree, not just the leader',
    async () => {
      // Two children hold 150 MiB each at the same time; the leader itself stays small.
      const hold = 'const b = Buffer.alloc(150 * 2 ** 20, 1); setTimeout(() => b.length, 1500)';
      const leader = `const { spawn } = require("node:child_process");
      for (let i = 0; i < 2; i++) spawn(process.execPath, ["-e", ${JSON.stringify(hold)}], { stdio: "inherit" });
      setTimeout(() => {}, 1600);`;
      const outcome = await run([node, '-e', leader]);
      expect(outcome.exitCode).toBe(0);
      expect(outcome.peakRssBytes).toBeGreaterThan(300 * 2 ** 20);
      expect(outcome.peakRssBytes).toBeLessThan(600 * 2 ** 20);
    },
  );
});
