import type { TestResult } from '../results/model.js';

/**
 * One run of the test command in a stability check, as the execute stage recorded it.
 * Plain and JSON-serialisable: it travels between jobs inside the proof folder.
 */
export interface RunRecord {
  /** 1-based run number; verdicts order runs by it. */
  run: number;
  /** null when the process was ended by a signal. */
  exitCode: number | null;
  /** e.g. 'SIGKILL', when the process was ended by a signal. */
  signal?: string | null;
  /** shardproof stopped the run because it exceeded its time limit. */
  timedOut: boolean;
  /** The kernel's out-of-memory killer ended the run (cgroup memory.events oom_kill, or dmesg). */
  oomKilled?: boolean;
  /** Why the command could not be started at all (e.g. command not found), when it could not. */
  startError?: string;
  /** What the run did to its output folder (removed it, made it read-only, planted links in it): the run
   * failed as a whole, whatever its report said. */
  outputProblem?: string;
  /** What the framework said when it stopped before running its tests (a file that failed to load), when
   * the run failed with no failing test and its output said why. */
  stopReason?: string;
  /** No usable report after the run: none was found, or none could be read. */
  reportMissing: boolean;
  /** Reports that were found but refused or malformed (`file: reason`): the run's results are incomplete. */
  unreadableReports?: string[];
  wallMs: number;
  peakRssBytes?: number;
  /** `order: shuffle`: the seed the run's test order was shuffled with. */
  seed?: number;
  /** Parsed results of the run's report; [] when it is missing. */
  tests: TestResult[];
  /** Results of rerunning only the failed tests of this run, one entry per rerun, in order. */
  reruns?: TestResult[][];
}
