import { describe, expect, it } from 'vitest';
import { describeRunFailure } from '../../src/verdict/run-failures.js';
import { result, run } from './make-runs.js';

describe('describeRunFailure', () => {
  it('says an exit 137 without a report was probably out of memory', () => {
    expect(describeRunFailure(run(3, [], { exitCode: 137, reportMissing: true }))).toBe(
      'run 3 produced no report (exit 137: killed, probably out of memory — try fewer workers or memory-per-worker)',
    );
  });

  it("gives the framework's own reason when it stopped before running its tests", () => {
    const stopped = run(1, [], {
      exitCode: 1,
      stopReason: "Error: Cannot find module './x' (at b.spec.ts:2)",
    });
    expect(describeRunFailure(stopped)).toBe(
      "run 1 stopped before running its tests (exit 1): Error: Cannot find module './x' (at b.spec.ts:2)",
    );
    const noReport = run(2, [], {
      exitCode: 4,
      reportMissing: true,
      stopReason: 'ERROR: file or directory not found: a.py',
    });
    expect(describeRunFailure(noReport)).toBe(
      'run 2 stopped before running its tests (exit 4): ERROR: file or directory not found: a.py',
    );
    // A failing test explains the exit: no run failure.
    expect(describeRunFailure(run(3, [result('t', 'failed')], { exitCode: 1, stopReason: 'Error: x' }))).toBe(
      undefined,
    );
  });

  it('says why a command could not start, instead of a missing exit status', () => {
    const record = run(1, [], {
      exitCode: null,
      reportMissing: true,
      startError: 'command not found: no-such-runner (is it installed and on PATH?)',
    });
    expect(describeRunFailure(record)).toBe(
      'run 1 could not start: command not found: no-such-runner (is it installed and on PATH?)',
    );
  });

  it('says a report that could not be read leaves the run incomplete', () => {
    const record = run(2, [], {
      reportMissing: true,
      unreadableReports: ['r.xml:1: DOCTYPE refused', 'b.xml: x'],
    });
    expect(describeRunFailure(record)).toBe(
      'run 2: a report could not be read, so its results are incomplete: r.xml:1: DOCTYPE refused (and 1 more)',
    );
  });

  it('fails a run whose report holds no tests, even with exit 0', () => {
    expect(describeRunFailure(run(4, [], { exitCode: 0, reportMissing: false }))).toBe(
      'run 4 reported no tests at all — check the test selection and that the command runs the tests',
    );
  });

  it('names the OOM killer when the kernel confirmed it', () => {
    expect(
      describeRunFailure(
        run(1, [], { exitCode: null, signal: 'SIGKILL', oomKilled: true, reportMissing: true }),
      ),
    ).toBe(
      'run 1 produced no report (signal SIGKILL: killed by the out-of-memory killer — try fewer workers or memory-per-worker)',
    );
  });

  it('advises on timeouts', () => {
    expect(
      describeRunFailure(
        run(2, [], { exitCode: null, signal: 'SIGTERM', timedOut: true, reportMissing: true }),
      ),
    ).toBe(
      'run 2 produced no report (signal SIGTERM: timed out — raise the timeout or split the suite into more shards)',
    );
  });

  it('names the signal behind a crash exit code', () => {
    expect(describeRunFailure(run(1, [], { exitCode: 139, reportMissing: true }))).toBe(
      'run 1 produced no report (exit 139: crashed with SIGSEGV)',
    );
  });

  it('points at the report path when the command succeeded without a report', () => {
    expect(describeRunFailure(run(1, [], { exitCode: 0, reportMissing: true }))).toBe(
      'run 1 produced no report (exit 0 — check that the report path matches where the test framework writes its report)',
    );
  });

  it('sends a plain failing exit without a report to the log', () => {
    expect(describeRunFailure(run(1, [], { exitCode: 2, reportMissing: true }))).toBe(
      'run 1 produced no report (exit 2 — the command failed before writing one; see its log)',
    );
  });

  it('flags a run that was killed after writing a report', () => {
    expect(describeRunFailure(run(4, [result('t', 'passed')], { exitCode: 137, oomKilled: true }))).toBe(
      'run 4 did not finish cleanly (exit 137: killed by the out-of-memory killer — try fewer workers or memory-per-worker); its report may be missing tests',
    );
  });

  it('flags a failing exit code that no failing test explains', () => {
    expect(describeRunFailure(run(1, [result('t', 'passed')], { exitCode: 1 }))).toBe(
      'run 1 exited with exit 1 but its report shows no failing test — the command failed outside the tests (setup, a coverage threshold, a crash after the report); see its log',
    );
  });

  it('does not call test failures a run failure', () => {
    expect(describeRunFailure(run(1, [result('t', 'failed')]))).toBeUndefined();
    expect(describeRunFailure(run(1, [result('t', 'passed')]))).toBeUndefined();
  });
});
