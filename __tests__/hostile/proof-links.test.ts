import { lstatSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runStep } from '../../src/steps/run-step.js';
import { localHarness } from '../steps/run-step-harness.js';

describe('a test that plants links where the run step writes its proof', () => {
  it('never makes the step write through them: the proof files are new files, the targets untouched', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-links-'));
    const out = join(work, 'proof');
    const target = join(work, 'victim.txt');
    writeFileSync(target, 'do not overwrite\n');
    // The "test command" writes a passing JUnit report and, as a hostile test would, points every proof file
    // shardproof writes after the runs at a file outside the proof folder.
    const script = [
      `const fs = require('fs'); const out = ${JSON.stringify(out)};`,
      `fs.writeFileSync(${JSON.stringify(join(work, 'report.xml'))}, '<testsuite><testcase classname="c" name="t" file="t.js"/></testsuite>');`,
      "for (const n of ['results.json', 'records.jsonl', 'manifest.json', 'summary.md', 'timings.json'])",
      `  { try { fs.unlinkSync(out + '/' + n); } catch {} fs.symlinkSync(${JSON.stringify(target)}, out + '/' + n); }`,
    ].join('\n');
    writeFileSync(join(work, 'plant.js'), script);
    const { services } = localHarness(
      {
        framework: 'custom',
        command: `node ${join(work, 'plant.js')}`,
        results: 'report.xml',
        'output-dir': out,
        'working-directory': work,
        upload: 'false',
      },
      { env: { GITHUB_WORKSPACE: work } },
    );
    await runStep(services);
    expect(readFileSync(target, 'utf8')).toBe('do not overwrite\n');
    for (const name of ['results.json', 'records.jsonl', 'manifest.json', 'summary.md', 'timings.json']) {
      expect(lstatSync(join(out, name)).isSymbolicLink(), name).toBe(false);
    }
    const results = JSON.parse(readFileSync(join(out, 'results.json'), 'utf8'));
    expect(results.counts.passed).toBe(1);
  });
});
