import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';

import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectReports } from '../../src/execute/collect-reports.js';
import { parseReports } from '../../src/results/index.js';

describe("messages about a copied report name the user's file", () => {
  it('a malformed report is named by the path its results glob matched, not by run-1-1.xml', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-names-'));
    mkdirSync(join(work, 'reports'));
    mkdirSync(join(work, 'proof'));
    writeFileSync(join(work, 'reports', 'bad.xml'), '<testsuite>\n<testcase name="a">\n</testsuite>\n');
    const collected = await collectReports({
      glob: 'reports/*.xml',
      cwd: work,
      sinceMs: 0,
      outputDir: join(work, 'proof'),
      baseName: 'run-1',
    });
    expect(collected.reports).toEqual([
      { path: join(work, 'proof', 'run-1-1.xml'), name: 'reports/bad.xml' },
    ]);
    const parsed = await parseReports(collected.reports);
    expect(parsed.errors.map((e) => e.source)).toEqual(['reports/bad.xml']);
    expect(parsed.errors[0].message).toMatch(/^reports\/bad\.xml:3: /);
    expect(parsed.errors[0].message).not.toContain('run-1-1');
  });

  it('a report that is a link out of the workspace is refused, naming both paths', async () => {
    const work = mkdtempSync(join(tmpdir(), 'shardproof-names-'));
    const outside = mkdtempSync(join(tmpdir(), 'shardproof-outside-'));
    writeFileSync(join(outside, 'secret.xml'), '<testsuite/>');
    mkdirSync(join(work, 'reports'));
    mkdirSync(join(work, 'proof'));
    symlinkSync(join(outside, 'secret.xml'), join(work, 'reports', 'r.xml'));
    writeFileSync(join(work, 'reports', 'ok.xml'), '<testsuite/>');
    const collected = await collectReports({
      glob: 'reports/*.xml',
      cwd: work,
      sinceMs: 0,
      outputDir: join(work, 'proof'),
      baseName: 'run-1',
    });
    expect(collected.reports.map((r) => r.name)).toEqual(['reports/ok.xml']);
    expect(collected.refused).toEqual([
      `${join(work, 'reports', 'r.xml')} is a symbolic link to ${join(outside, 'secret.xml')}, outside the ` +
        `workspace ${work}; shardproof reads no file there`,
    ]);
  });
});
