import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { parseReportFile, type ParsedReport } from '../../src/results/index.js';

const CORPUS = '__tests__/fixtures/corpus';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const reports = filesUnder(CORPUS)
  .filter(
    (path) =>
      /\.(xml|json|out)$/.test(path) && !path.endsWith('.results.json') && !path.endsWith('EXPECTED.json'),
  )
  .sort();

interface Counted {
  format: string;
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  note?: string;
}
interface Refused {
  /** The UserError's whole message, `{file}` standing for the path. */
  refused?: string;
  /** Where the message quotes the JSON engine's own words, which change between Node versions: its start. */
  refusedPrefix?: string;
  /** Why a framework-level report is not read (the format is not one shardproof reads, or it is hostile). */
  why: string;
}
const EXPECTED = (
  JSON.parse(readFileSync(join(CORPUS, 'EXPECTED.json'), 'utf8')) as {
    files: Record<string, Counted | Refused>;
  }
).files;

interface Expectation {
  stats: {
    runs: number;
    runs_succ: number;
    runs_skip: number;
    runs_fail: number;
    runs_error: number;
    errors: unknown[];
  };
}

/**
 * EnricoMi expectations we deliberately do not match. Each is a counting convention our model cannot express
 * without inventing data; the rules that produce our numbers are tested elsewhere.
 */
const DIVERGENCES: Record<string, string> = {
  // EnricoMi counts every result element, so a testcase with <skipped/>, <failure/> and <error/> counts three
  // times and "succeeded" becomes -2. A TestResult has one outcome (error > failure > skipped), which gives
  // this file's per-test numbers (EnricoMi's own tests_* stats): 1 passed, 1 skipped, 1 failed, 1 error.
  'enricomi/junit.multiresult.xml': 'one outcome per testcase',
  // The suite claims tests="6" but contains no <testcase>; EnricoMi counts the attribute. There is no test
  // (no name, no identity) to report, so we report none.
  'enricomi/no-cases-but-tests.xml': 'suite counters without testcases',
};

function counts(report: ParsedReport) {
  const tally = { runs: report.tests.length, passed: 0, skipped: 0, failed: 0, error: 0 };
  for (const test of report.tests) tally[test.outcome]++;
  return tally;
}

async function outcome(path: string): Promise<ParsedReport | Error> {
  try {
    return await parseReportFile(path);
  } catch (error) {
    return error as Error;
  }
}

describe('the corpus of real reports', () => {
  it('has an expected outcome for every one of its 168 reports, and no expectation without a file', () => {
    expect(reports.length).toBe(168);
    expect(Object.keys(EXPECTED).sort()).toEqual(reports.map((p) => relative(CORPUS, p)));
  });

  it.each(reports)('%s gives exactly its expected outcome', async (path) => {
    const expected = EXPECTED[relative(CORPUS, path)];
    const result = await outcome(path);
    if ('why' in expected) {
      expect(result).toBeInstanceOf(UserError);
      const message = (result as Error).message;
      if (expected.refused !== undefined) expect(message).toBe(expected.refused.split('{file}').join(path));
      else expect(message.startsWith(expected.refusedPrefix!.split('{file}').join(path)), message).toBe(true);
      return;
    }
    if (result instanceof Error) throw result;
    const { runs: _runs, ...tally } = counts(result);
    expect({ format: result.format, ...tally }).toEqual({
      format: expected.format,
      passed: expected.passed,
      failed: expected.failed,
      error: expected.error,
      skipped: expected.skipped,
    });
    for (const test of result.tests) {
      expect(test.name).not.toBe('');
      expect(test.id.endsWith(test.name)).toBe(true);
      expect(Number.isFinite(test.duration) && test.duration >= 0).toBe(true);
    }
  });

  it('refuses 19 files, each with the reason a framework or an attacker produced it', () => {
    const refused = Object.entries(EXPECTED).filter(([, e]) => 'why' in e);
    expect(refused).toHaveLength(19);
    for (const [name, e] of refused) expect((e as Refused).why.length, name).toBeGreaterThan(40);
  });

  it.each(reports.filter((p) => p.endsWith('.xml') && existsSync(p.replace(/\.xml$/, '.results.json'))))(
    '%s agrees with EnricoMi, or diverges for a stated reason',
    async (path) => {
      const name = relative(CORPUS, path);
      const { stats } = JSON.parse(
        readFileSync(path.replace(/\.xml$/, '.results.json'), 'utf8'),
      ) as Expectation;
      const result = await outcome(path);
      if (stats.errors.length > 0) {
        expect(result).toBeInstanceOf(UserError);
        return;
      }
      if (result instanceof Error) throw result;
      if (DIVERGENCES[name] !== undefined) return;
      expect(counts(result)).toEqual({
        runs: stats.runs,
        passed: stats.runs_succ,
        skipped: stats.runs_skip,
        failed: stats.runs_fail,
        error: stats.runs_error,
      });
    },
  );

  it('gives the divergent files one outcome per testcase', async () => {
    const multi = await parseReportFile(join(CORPUS, 'enricomi/junit.multiresult.xml'));
    expect(counts(multi)).toEqual({ runs: 4, passed: 1, skipped: 1, failed: 1, error: 1 });
    const noCases = await parseReportFile(join(CORPUS, 'enricomi/no-cases-but-tests.xml'));
    expect(counts(noCases)).toEqual({ runs: 0, passed: 0, skipped: 0, failed: 0, error: 0 });
  });

  it('compares against 28 EnricoMi expectations, rejecting exactly the one it rejects', () => {
    const withExpectations = reports.filter(
      (p) => existsSync(p.replace(/\.xml$/, '.results.json')) && p.endsWith('.xml'),
    );
    expect(withExpectations.length).toBe(28);
  });
});

describe('go test -json files from gotestsum', () => {
  const go = (file: string) => parseReportFile(join(CORPUS, 'gotestsum', file));

  it('counts every test event and adds the package that failed without a failing test', async () => {
    // 42 pass, 5 skip and 12 fail events with a Test; badmain exits 2 with no test failing → "(package)".
    const report = await go('testjson/go-test-json.out');
    expect(report.format).toBe('go-json');
    expect(counts(report)).toEqual({ runs: 60, passed: 42, skipped: 5, failed: 13, error: 0 });
    const badmain = report.tests.find((t) => t.suite === 'gotest.tools/gotestsum/testjson/internal/badmain');
    expect(badmain).toMatchObject({
      name: '(package)',
      outcome: 'failed',
      message: 'sometimes main can exit 2',
    });
  });

  it('fails the test that was running when its package died without a test result', async () => {
    const report = await go('testjson/go-test-json-missing-test-fail.out');
    expect(report.tests.map((t) => [t.name, t.outcome])).toEqual([['TestWaitOn_WithCompare', 'failed']]);
  });

  it('turns a build failure into a failed result carrying the compiler error', async () => {
    const report = await go('cmd/go-test-build-failed.out');
    expect(report.tests).toHaveLength(1);
    expect(report.tests[0]).toMatchObject({
      id: 'example.com/internal/cacher::(package)',
      outcome: 'failed',
      message: './directory_test.go:321:10: undefined: assert.foo',
    });
  });

  it('reports both packages whose setup failed', async () => {
    const report = await go('cmd/go-test-setup-failed.out');
    expect(report.tests.map((t) => t.suite)).toEqual([
      'example.com/internal/cacher',
      'example.com/internal/cacher/subpkg',
    ]);
    expect(report.tests.every((t) => t.outcome === 'failed')).toBe(true);
  });

  it('reads events without a Package field', async () => {
    const report = await go('testjson/go-test-json-misattributed.out');
    expect(counts(report)).toEqual({ runs: 5, passed: 4, skipped: 0, failed: 1, error: 0 });
  });
});
