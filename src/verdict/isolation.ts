/**
 * Why a test flakes, from the isolation checks (iDFlakies' classes): it fails only in parallel, only in some
 * order, or at random. Pure: observations in, a cause out. What to fix differs for each: state shared between
 * workers, state shared between tests, or timing and randomness.
 */

export type IsolationClass = 'parallel-dependent' | 'order-dependent' | 'non-deterministic';

export interface Reproduction {
  /** The command to paste, with the seed and worker count in it. */
  command: string;
  workers: number;
  seed?: number;
  shard?: { index: number; total: number };
  /** Tests that ran before this one in the failing run (nearest last), where the report gives the order. */
  before?: string[];
}

export interface IsolationCause {
  class: IsolationClass;
  /** Order-dependent only: a victim passes alone (a test before it leaves state behind); a brittle test fails
   * alone (it needs a test before it to set state up). */
  kind?: 'victim' | 'brittle';
  /** One sentence with the evidence. */
  evidence: string;
  /** Order-dependent victims: the test before it that alone makes it fail, when a bisection found one. */
  polluter?: string;
  reproduction?: Reproduction;
}

export type SimpleOutcome = 'passed' | 'failed';

export interface IsolationObservation {
  /** Runs with more than one worker in which the test failed / passed. */
  parallelFailed: number;
  parallelPassed: number;
  /** The one-worker run of `isolation: serial`, when it ran and held the test. */
  serial?: SimpleOutcome;
  /** The one-worker run used the seed of the shuffled run the test failed in (the same order, no parallelism). */
  serialSameSeed?: boolean;
  /** For a test that failed in a shuffled run: the repeats of that run with the same seed (the same order)… */
  sameSeed?: SimpleOutcome[];
  /** …and the test run on its own. */
  alone?: SimpleOutcome;
  /** The test passed in some stability run (in some order). A test that fails with its seed and alone but was
   * never seen passing is a plain failure, not a brittle test: no order is known in which it passes. */
  everPassed?: boolean;
  /** A victim's polluter, from a bisection of the tests that ran before it. */
  polluter?: string;
}

/** The cause of a test's failures, or undefined when the checks that ran say nothing about it. */
export function classifyIsolation(o: IsolationObservation): IsolationCause | undefined {
  // The same order that fails with several workers passes with one: parallelism, not the order, explains it.
  if (o.serialSameSeed && o.serial === 'passed' && o.sameSeed?.every((x) => x === 'failed')) {
    return parallelDependent(o, ' with the same seed (the same order)');
  }
  if (o.sameSeed && o.sameSeed.length > 0) {
    const failedAgain = o.sameSeed.filter((x) => x === 'failed').length;
    if (failedAgain === o.sameSeed.length) {
      const kind = o.alone === 'passed' ? 'victim' : o.alone === 'failed' ? 'brittle' : undefined;
      if (kind === 'brittle' && o.everPassed === false) return undefined;
      const alone =
        kind === 'victim'
          ? '; it passes alone, so a test before it leaves state behind'
          : kind === 'brittle'
            ? '; it fails alone too, so it needs a test before it to set state up'
            : '';
      const polluter = kind === 'victim' && o.polluter !== undefined ? o.polluter : undefined;
      return {
        class: 'order-dependent',
        ...(kind ? { kind } : {}),
        evidence:
          `failed again in ${failedAgain} of ${o.sameSeed.length} repeats with the same seed (the same order)${alone}` +
          (polluter !== undefined ? `; running ${polluter} just before it is enough to make it fail` : ''),
        ...(polluter !== undefined ? { polluter } : {}),
      };
    }
    return {
      class: 'non-deterministic',
      evidence:
        `passed in ${o.sameSeed.length - failedAgain} of ${o.sameSeed.length} repeats with the same seed: ` +
        'the order does not explain its failure (timing, randomness or the environment do)',
    };
  }
  if (o.serial === 'passed' && o.parallelFailed > 0) return parallelDependent(o, '');
  return undefined;
}

function parallelDependent(o: IsolationObservation, sameOrder: string): IsolationCause {
  return {
    class: 'parallel-dependent',
    evidence:
      `failed in ${o.parallelFailed} of ${o.parallelFailed + o.parallelPassed} parallel runs and passed in ` +
      `the one-worker run${sameOrder}: it shares state with tests in other workers (files, ports, a database, globals)`,
  };
}
