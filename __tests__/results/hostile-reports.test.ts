import { mkdtempSync, rmSync, writeFileSync, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UserError } from '../../src/inputs/user-error.js';
import { parseReportFile, parseReportText, parseReports } from '../../src/results/index.js';

const dir = mkdtempSync(join(tmpdir(), 'shardproof-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

async function refusal(path: string): Promise<string> {
  const error = await parseReportFile(path).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UserError);
  return (error as UserError).message;
}

describe('hostile and broken reports', () => {
  it('refuses an external entity (XXE) without reading it', async () => {
    const path = file(
      'xxe.xml',
      '<?xml version="1.0"?>\n<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<testsuite><testcase name="&xxe;"/></testsuite>',
    );
    expect(await refusal(path)).toBe(
      `${path}:2: refusing a <!DOCTYPE> declaration: test reports never need one, and expanding it would allow ` +
        'XXE or entity-expansion attacks. Remove the declaration from the report.',
    );
  });

  it('refuses billion laughs before expanding anything', async () => {
    const lols = Array.from(
      { length: 9 },
      (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i};`.repeat(10)}">`,
    ).join('\n');
    const path = file(
      'laughs.xml',
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n${lols}\n]>\n<lolz>&lol9;</lolz>`,
    );
    expect(await refusal(path)).toMatch(/laughs\.xml:2: refusing a <!DOCTYPE> declaration/);
  });

  it('stops at 10,000-deep nesting with the depth limit in the message', async () => {
    const path = file(
      'deep.xml',
      `<testsuites>${'<testsuite>'.repeat(10_000)}${'</testsuite>'.repeat(10_000)}</testsuites>`,
    );
    expect(await refusal(path)).toBe(`${path}:1: elements nested deeper than 256 levels`);
  });

  it('keeps 64 KiB of a 50 MB system-out', async () => {
    const path = join(dir, 'big-out.xml');
    const out = createWriteStream(path);
    out.write(
      '<testsuite name="s">\n<testcase name="noisy" classname="C"><failure message="boom">trace</failure><system-out>',
    );
    const line = 'all work and no play makes jack a dull boy &amp; more\n'.repeat(1000);
    for (let written = 0; written < 50_000_000; written += line.length) {
      if (!out.write(line)) await once(out, 'drain');
    }
    out.end('</system-out></testcase>\n</testsuite>\n');
    await once(out, 'finish');
    const report = await parseReportFile(path);
    expect(report.tests).toHaveLength(1);
    const [test] = report.tests;
    expect(test).toMatchObject({ name: 'noisy', outcome: 'failed', message: 'boom' });
    expect(
      test.details!.startsWith(
        'trace\n\n--- system-out ---\nall work and no play makes jack a dull boy & more\n',
      ),
    ).toBe(true);
    expect(test.details!.length).toBeLessThanOrEqual(64 * 1024 + 100);
    expect(test.details!.length).toBeGreaterThan(64 * 1024 - 100);
    expect(test.details).toContain('[truncated');
  });

  it('names the file and the last line when the file is cut off', async () => {
    const path = file(
      'truncated.xml',
      '<testsuites>\n  <testsuite name="s">\n    <testcase name="a">\n      <failure>bo',
    );
    expect(await refusal(path)).toBe(`${path}:4: unexpected end of file inside <failure>`);
  });

  it('refuses binary garbage as an unrecognised format', async () => {
    const path = file(
      'garbage.bin',
      Buffer.from([0x00, 0x9f, 0x92, 0x96, 0xff, 0x10, 0x42, 0x00, 0x0a, 0x01]),
    );
    expect(await refusal(path)).toMatch(/garbage\.bin: not a test report shardproof can read/);
  });

  it('refuses garbage after a "<" as malformed XML, not a crash', async () => {
    const path = file('lt-garbage.xml', '<\u0000\u0001\u00ff>>><<');
    expect(await refusal(path)).toMatch(/lt-garbage\.xml:1: /);
  });

  it('refuses an empty file and a whitespace-only file', async () => {
    expect(await refusal(file('empty.xml', ''))).toBe(`${join(dir, 'empty.xml')}: the report is empty.`);
    expect(await refusal(file('blank.xml', ' \n\t\n'))).toBe(
      `${join(dir, 'blank.xml')}: the report is empty.`,
    );
  });

  it('reads a report with a byte-order mark and CRLF line endings', async () => {
    const xml =
      '\uFEFF<?xml version="1.0"?>\r\n<testsuite name="s">\r\n<testcase name="a" time="1.5">\r\n<failure message="line one\r\nline two">x</failure>\r\n</testcase>\r\n</testsuite>\r\n';
    const report = await parseReportFile(file('bom-crlf.xml', xml));
    expect(report.tests).toEqual([
      {
        id: 's::a',
        suite: 's',
        name: 'a',
        outcome: 'failed',
        duration: 1.5,
        message: 'line one',
        details: 'x',
      },
    ]);
  });

  it('counts lines across CRLF when reporting an error', () => {
    expect(() => parseReportText('<testsuite>\r\n<testcase>\r\n</testsuite>', 'crlf.xml')).toThrow(
      'crlf.xml:3: expected </testcase> but found </testsuite>',
    );
  });

  it('does not let a __proto__ attribute or an &constructor; reference touch prototypes', () => {
    const report = parseReportText(
      '<testsuite><testcase __proto__="x" name="&constructor;"/></testsuite>',
      'p.xml',
    );
    expect(report.tests[0].name).toBe('&constructor;');
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('refuses a file over the byte limit', async () => {
    const path = file('limit.xml', `<testsuite>${'<testcase name="t"/>'.repeat(100)}</testsuite>`);
    expect((await parseReportFile(path)).tests).toHaveLength(100);
    await expect(parseReportFile(path, { maxBytes: 100 })).rejects.toThrow(
      `${path}: larger than the 100-byte limit`,
    );
  });

  it('a missing file is a UserError, and one bad report never hides the others', async () => {
    const good = file('good.xml', '<testsuite name="s"><testcase name="ok"/></testsuite>');
    const xxe = join(dir, 'xxe.xml');
    const missing = join(dir, 'missing.xml');
    const result = await parseReports([xxe, good, missing]);
    expect(result.reports.map((r) => [r.source, r.tests.length])).toEqual([[good, 1]]);
    expect(result.errors.map((e) => e.source)).toEqual([xxe, missing]);
    expect(result.errors[1].message).toMatch(/missing\.xml: cannot read the report \(ENOENT/);
  });
});
