import { describe, expect, it } from 'vitest';
import { assertDisjointSuites, parseSuites } from '../../src/plan/suites.js';
import {
  autoShardCount,
  chooseShardCount,
  parseAutoShardSettings,
  parseShardCount,
} from '../../src/plan/shard-count.js';
import { makePlan } from '../../src/plan/make-plan.js';
import { emptyHistory } from '../../src/plan/history.js';

describe('the suites input', () => {
  it('reads the unit/api/processing/e2e split as a map', async () => {
    const suites = await parseSuites(`
unit: { tests: "tests/unit/**/*.py", framework: pytest, workers: 8, shards: 4 }
api: { tests: ["tests/api/**/*.py"], workers: 4 }
processing: { tests: "tests/processing/**/*.py", workers: 2, shards: auto }
e2e: { tests: "e2e/**/*.spec.ts", framework: playwright, command: "npx playwright test", workers: 2 }
`);
    expect(suites).toEqual([
      {
        name: 'unit',
        tests: ['tests/unit/**/*.py'],
        exclude: [],
        framework: 'pytest',
        workers: 8,
        shards: 4,
      },
      { name: 'api', tests: ['tests/api/**/*.py'], exclude: [], workers: 4 },
      { name: 'processing', tests: ['tests/processing/**/*.py'], exclude: [], workers: 2, shards: 'auto' },
      {
        name: 'e2e',
        tests: ['e2e/**/*.spec.ts'],
        exclude: [],
        framework: 'playwright',
        command: 'npx playwright test',
        workers: 2,
      },
    ]);
  });

  it('reads a list with names', async () => {
    expect(await parseSuites('- name: unit\n  tests: "**/*.test.ts"\n')).toEqual([
      { name: 'unit', tests: ['**/*.test.ts'], exclude: [] },
    ]);
  });

  it('names the offending suite and key', async () => {
    await expect(parseSuites('unit: { tests: x, worker: 8 }')).rejects.toThrow(
      `Input 'suites', suite 'unit': unknown key 'worker'; expected one of name, tests, exclude, framework, command, workers, shards.`,
    );
    await expect(parseSuites('- tests: x\n  shards: 300')).rejects.toThrow(
      `Input 'suites', suite #1: 'name' must be`,
    );
    await expect(parseSuites('- { name: a, tests: x, shards: 300 }')).rejects.toThrow(
      `Input 'suites', suite #1: 'shards' must be 'auto' or a whole number from 1 to 256 (got 300).`,
    );
    await expect(parseSuites('a: { tests: [] }')).rejects.toThrow(
      `Input 'suites', suite 'a': 'tests' must be a glob or a list of globs.`,
    );
    await expect(parseSuites('- { name: a, tests: x }\n- { name: a, tests: y }')).rejects.toThrow(
      `the name 'a' is used twice`,
    );
  });

  it('empty input means the single-suite form', async () => {
    expect(await parseSuites('  ')).toEqual([]);
  });
});

describe('shard count', () => {
  it('parses a number or auto and rejects the rest naming the input', () => {
    expect(parseShardCount('8')).toBe(8);
    expect(parseShardCount('auto')).toBe('auto');
    expect(() => parseShardCount('257')).toThrow(
      `Input 'shards': "257" is not valid; expected 'auto' or a whole number from 1 to 256.`,
    );
    expect(() => parseAutoShardSettings('0')).toThrow(`Input 'target-minutes'`);
    expect(parseAutoShardSettings('', '')).toEqual({ targetMinutes: 10, maxShards: 256 });
  });

  it('auto picks the fewest shards that fit the target after overhead, capped by max and item count', () => {
    expect(autoShardCount(3600, 100, 10, 256, 60)).toBe(7); // 3600 s / (600 s - 60 s) = 6.7
    expect(autoShardCount(3600, 100, 10, 4, 60)).toBe(4);
    expect(autoShardCount(3600, 3, 10, 256, 60)).toBe(3);
    expect(autoShardCount(0, 0, 10, 256, 60)).toBe(1);
    expect(autoShardCount(100, 50, 1, 256, 60)).toBe(50); // overhead eats the target: as many as allowed
  });

  it('offers the N/2, N, 2N trade-off', () => {
    const plan = makePlan({
      suites: [{ name: 'default', files: ['a', 'b', 'c', 'd'] }],
      history: {
        version: 1,
        items: {
          a: { durations: [300], updated: '' },
          b: { durations: [300], updated: '' },
          c: { durations: [300], updated: '' },
          d: { durations: [300], updated: '' },
        },
      },
      settings: { overheadSeconds: 60, auto: { targetMinutes: 11, maxShards: 256 } },
    });
    expect(plan.suites[0].shardCount).toEqual({
      chosen: 2,
      suggested: 2,
      reason: 'shards: 2 (auto: 20.0 min of work, target 11 min per shard, 60s overhead, max 256)',
      tradeoffs: [
        { shards: 1, wallSeconds: 1260, runnerMinutes: 21, billedMinutes: 21 },
        { shards: 2, wallSeconds: 660, runnerMinutes: 22, billedMinutes: 22 },
        { shards: 4, wallSeconds: 360, runnerMinutes: 24, billedMinutes: 24 },
      ],
    });
    expect(chooseShardCount(3, { targetMinutes: 11, maxShards: 256 }, 1200, 4, 60).reason).toBe(
      'shards: 3 (as configured; 2 would meet 11 min)',
    );
  });

  it('a matrix of more than 256 jobs is a user error', () => {
    const files = Array.from({ length: 300 }, (_, i) => `f${i}`);
    expect(() =>
      makePlan({
        suites: [
          { name: 'a', files, shards: 200 },
          { name: 'b', files, shards: 100 },
        ],
        history: emptyHistory(),
      }),
    ).toThrow(
      `Inputs 'suites'/'shards' ask for 300 jobs in all; a GitHub matrix holds at most 256. Lower the shard counts.`,
    );
  });
});

describe('parseSuites framework', () => {
  it('refuses a framework that is not a preset, naming the suite', async () => {
    await expect(parseSuites('unit: { tests: "t/**", framework: pytests }')).rejects.toThrow(
      `'framework' must be one of pytest, jest, vitest, playwright, go, node-test, custom (got "pytests")`,
    );
  });
});

describe('assertDisjointSuites', () => {
  it('accepts suites that share no file', () => {
    expect(() =>
      assertDisjointSuites([
        { name: 'a', files: ['x.py'] },
        { name: 'b', files: ['y.py'] },
      ]),
    ).not.toThrow();
  });

  it('refuses a file matched by two suites, naming both', () => {
    expect(() =>
      assertDisjointSuites([
        { name: 'unit', files: ['t/test_x.py', 't/test_y.py'] },
        { name: 'api', files: ['t/test_y.py'] },
      ]),
    ).toThrow(`Input 'suites': "t/test_y.py" is matched by both 'unit' and 'api', so it would run twice.`);
  });
});
