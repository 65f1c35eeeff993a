import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readOutputHead } from '../../src/execute/log-head.js';
import { formatLogLine } from '../../src/execute/output-log.js';
import { frameworkModule } from '../../src/frameworks/index.js';

// What Playwright 1.65 printed when tests/broken.spec.ts imported a missing module (the e2e test runs it).
const PLAYWRIGHT_OUTPUT = [
  "Error: Cannot find module './does-not-exist'",
  'Require stack:',
  '- /repo/tests/broken.spec.ts',
  '- /repo/node_modules/playwright/lib/common/index.js',
  '',
  '   at broken.spec.ts:2',
  '',
  "  1 | import { test } from '@playwright/test';",
  "> 2 | import { missing } from './does-not-exist';",
];

describe("a framework's reason for stopping before its tests", () => {
  it('playwright: its Error line and where, from the test folder', () => {
    expect(frameworkModule('playwright').stopReason!(PLAYWRIGHT_OUTPUT)).toBe(
      "Error: Cannot find module './does-not-exist' (at broken.spec.ts:2)",
    );
    expect(frameworkModule('playwright').stopReason!(['Error: No tests found'])).toBe(
      'Error: No tests found',
    );
    expect(frameworkModule('playwright').stopReason!(['Running 3 tests using 2 workers'])).toBeUndefined();
  });

  it('pytest: its usage error', () => {
    const output = ['ERROR: file or directory not found: tests/test_gone.py', '', 'no tests ran in 0.01s'];
    expect(frameworkModule('pytest').stopReason!(output)).toBe(
      'ERROR: file or directory not found: tests/test_gone.py',
    );
  });

  it('reads the output lines from the head of the proof log only', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'shardproof-log-head-'));
    const log = join(dir, 'run-1.log');
    const lines = [
      formatLogLine('shardproof', 'command: npx playwright test'),
      ...PLAYWRIGHT_OUTPUT.slice(0, 2).map((line) => formatLogLine('stderr', line)),
      formatLogLine('stdout', 'x'.repeat(200)),
    ];
    writeFileSync(log, lines.join(''));
    expect(await readOutputHead(log)).toEqual([...PLAYWRIGHT_OUTPUT.slice(0, 2), 'x'.repeat(200)]);
    const head = await readOutputHead(log, lines.slice(0, 3).join('').length + 10);
    expect(head).toEqual(PLAYWRIGHT_OUTPUT.slice(0, 2));
    expect(await readOutputHead(join(dir, 'missing.log'))).toEqual([]);
  });
});
