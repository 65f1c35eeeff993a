import { describe, expect, it } from 'vitest';
import { readRunSettings } from '../../src/inputs/run-settings.js';
import { readPlanSettings } from '../../src/inputs/plan-settings.js';

const source = (inputs: Record<string, string>) => ({ getInput: (name: string) => inputs[name] ?? '' });

describe('readRunSettings', () => {
  it('applies the documented defaults when nothing is given', () => {
    const s = readRunSettings(source({}), '/repo');
    // No framework here: a planned suite's framework applies, else custom (decided in selectTests).
    expect(s.framework).toBeUndefined();
    expect(s).toMatchObject({
      runs: 1,
      confidence: 0.95,
      rerunFailed: 0,
      failOnFlaky: true,
      workingDirectory: '/repo',
      tests: [],
      files: [],
    });
    expect(s.timeoutMs).toBeUndefined();
  });

  it('reads lists one per line, skipping blanks and comments', () => {
    const s = readRunSettings(source({ tests: 'a/**/*.py\n\n# not this\r\nb/*.py  ' }), '/repo');
    expect(s.tests).toEqual(['a/**/*.py', 'b/*.py']);
  });

  it('computes the runs from target-flake-rate: 0.1 at 95% needs 29', () => {
    const s = readRunSettings(source({ 'target-flake-rate': '0.1' }), '/repo');
    expect(s.runs).toBe(29);
    expect(s.runsReason).toBe('29 runs (to show a per-run flake rate below 10% at 95% confidence)');
  });

  it('refuses runs and target-flake-rate together, and a target needing too many runs', () => {
    expect(() => readRunSettings(source({ runs: '5', 'target-flake-rate': '0.1' }), '/')).toThrow(
      "Give either 'runs' or 'target-flake-rate', not both",
    );
    expect(() => readRunSettings(source({ 'target-flake-rate': '0.001' }), '/')).toThrow(
      "Input 'target-flake-rate': 0.001 needs 2995 runs",
    );
  });

  it.each([
    ['runs', '0', 'Input \'runs\': "0" is not valid; expected a whole number from 1 to 500.'],
    ['runs', 'five', 'Input \'runs\': "five" is not valid'],
    ['framework', 'mocha', 'Input \'framework\': "mocha" is not valid; expected one of pytest, jest'],
    ['fail-on-flaky', 'maybe', 'Input \'fail-on-flaky\': "maybe" is not valid; expected true or false.'],
    ['rerun-failed', '11', 'Input \'rerun-failed\': "11" is not valid'],
    ['timeout-minutes', '0', 'Input \'timeout-minutes\': "0" is not valid'],
    ['confidence', '1', 'Input \'confidence\': "1" is not valid'],
    ['shard', '257', 'Input \'shard\': "257" is not valid'],
  ])('names the input in the error for %s=%s', (name, value, message) => {
    expect(() => readRunSettings(source({ [name]: value }), '/')).toThrow(message);
  });

  it('converts timeout-minutes to milliseconds and resolves paths against the working directory', () => {
    const s = readRunSettings(
      source({
        'timeout-minutes': '1.5',
        'working-directory': 'backend',
        'output-dir': 'out',
        shard: '2',
        'plan-file': 'p.json',
      }),
      '/repo',
    );
    expect(s.timeoutMs).toBe(90_000);
    expect(s.workingDirectory).toBe('/repo/backend');
    expect(s.outputDir).toBe('/repo/out');
    expect(s.planFile).toBe('/repo/p.json');
  });

  it('refuses a shard together with its own file list, and a plan without a shard', () => {
    expect(() => readRunSettings(source({ shard: '1', tests: 'a/*.py' }), '/')).toThrow(
      "Inputs 'shard' and 'tests'/'files' exclude each other",
    );
    expect(() => readRunSettings(source({ 'plan-file': 'p.json' }), '/')).toThrow(
      "Input 'shard' is required",
    );
  });
});

describe('readPlanSettings', () => {
  it('needs tests or suites, not both', async () => {
    await expect(readPlanSettings(source({}), '/')).rejects.toThrow("Input 'tests' is required");
    await expect(
      readPlanSettings(source({ tests: 'a', suites: 'unit: { tests: "u/**" }' }), '/'),
    ).rejects.toThrow("Inputs 'tests' and 'suites' exclude each other");
  });

  it('reads the partitioning settings with their defaults', async () => {
    const s = await readPlanSettings(source({ tests: 't/**', shards: '4' }), '/repo');
    expect(s.plan).toEqual({
      shards: 4,
      auto: { targetMinutes: 10, maxShards: 256 },
      overheadSeconds: 30,
      splitSlowFiles: false,
      serialGlobs: [],
    });
    expect(s.historySize).toBe(10);
  });

  it('names the input for bad shard settings', async () => {
    await expect(readPlanSettings(source({ tests: 't', shards: '300' }), '/')).rejects.toThrow(
      "Input 'shards'",
    );
    await expect(readPlanSettings(source({ tests: 't', 'target-minutes': '-1' }), '/')).rejects.toThrow(
      "Input 'target-minutes'",
    );
    await expect(
      readPlanSettings(source({ tests: 't', 'shard-overhead-seconds': 'x' }), '/'),
    ).rejects.toThrow("Input 'shard-overhead-seconds'");
  });
});

describe('readRunSettings: the proof artifact and run slots', () => {
  it('uploads by default under the shardproof-proof prefix, with no run slot', () => {
    const s = readRunSettings(source({}), '/repo');
    expect(s).toMatchObject({ upload: true, artifactName: 'shardproof-proof' });
    expect(s.retentionDays).toBeUndefined();
    expect(s.runSlot).toBeUndefined();
  });

  it('reads upload, artifact-name, retention-days and run-slot', () => {
    const s = readRunSettings(
      source({ upload: 'false', 'artifact-name': 'nightly-proof', 'retention-days': '7', 'run-slot': '3' }),
      '/repo',
    );
    expect(s).toMatchObject({ upload: false, artifactName: 'nightly-proof', retentionDays: 7, runSlot: 3 });
  });

  it('refuses an artifact prefix GitHub would refuse or that would change when sanitized', () => {
    for (const bad of ['proof/unit', 'a b', 'x:y', 'p'.repeat(61)]) {
      expect(() => readRunSettings(source({ 'artifact-name': bad }), '/')).toThrow(
        /^Input 'artifact-name': /,
      );
    }
  });

  it('refuses retention outside 1-90 days and run slots that are not positive whole numbers', () => {
    expect(() => readRunSettings(source({ 'retention-days': '91' }), '/')).toThrow(/Input 'retention-days'/);
    for (const bad of ['0', '-1', '1.5', 'two']) {
      expect(() => readRunSettings(source({ 'run-slot': bad }), '/')).toThrow(/^Input 'run-slot': /);
    }
  });

  it('refuses run-slot with runs > 1 or a target flake rate: the plan decides the slots', () => {
    expect(() => readRunSettings(source({ 'run-slot': '2', runs: '3' }), '/')).toThrow(
      /'runs' must be 1 or unset .*got 3 runs \(input runs\)/,
    );
    expect(() => readRunSettings(source({ 'run-slot': '2', 'target-flake-rate': '0.1' }), '/')).toThrow(
      /Input 'run-slot' \(2\)/,
    );
    expect(readRunSettings(source({ 'run-slot': '2', runs: '1' }), '/').runs).toBe(1);
  });

  it('reads the isolation checks: isolation serial, order shuffle with an optional seed', () => {
    expect(readRunSettings(source({}), '/')).toMatchObject({ isolation: 'none', order: 'as-is' });
    const s = readRunSettings(source({ isolation: 'serial', order: 'Shuffle', 'order-seed': '7' }), '/');
    expect(s).toMatchObject({ isolation: 'serial', order: 'shuffle', orderSeed: 7 });
  });

  it.each([
    ['isolation', 'parallel', /Input 'isolation'.*one of none, serial/],
    ['order', 'random', /Input 'order'.*one of as-is, shuffle/],
  ])('refuses %s: %s, naming the input and the choices', (name, value, message) => {
    expect(() => readRunSettings(source({ [name]: value }), '/')).toThrow(message);
  });

  it('refuses an order-seed without order: shuffle, and one past what the frameworks take', () => {
    expect(() => readRunSettings(source({ 'order-seed': '3' }), '/')).toThrow(
      /Input 'order-seed' \(3\) only applies with 'order: shuffle'/,
    );
    expect(() => readRunSettings(source({ order: 'shuffle', 'order-seed': '4294967296' }), '/')).toThrow(
      /Input 'order-seed'/,
    );
  });
});
