import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseStringPromise } from 'xml2js';

/**
 * The review of EXPECTED.json, kept as a test: every JUnit count in it is recounted with an independent XML
 * parser (xml2js, a DOM reader) under the rule the file states — one outcome per <testcase>, error > failure >
 * skipped, anything else passed — so an expectation that merely copies shardproof's parser would show here.
 */
const CORPUS = '__tests__/fixtures/corpus';
interface Expected {
  format?: string;
  passed: number;
  failed: number;
  error: number;
  skipped: number;
  note?: string;
}
const files = (
  JSON.parse(readFileSync(join(CORPUS, 'EXPECTED.json'), 'utf8')) as { files: Record<string, Expected> }
).files;
const junit = Object.entries(files).filter(([, e]) => e.format === 'junit');

type Node = { [key: string]: unknown };

function tally(node: unknown, into = { passed: 0, failed: 0, error: 0, skipped: 0 }) {
  if (Array.isArray(node)) for (const child of node) tally(child, into);
  else if (node !== null && typeof node === 'object') {
    for (const [key, value] of Object.entries(node as Node)) {
      if (key === '$' || key === '_') continue;
      if (key === 'testcase') {
        for (const testcase of value as Node[]) {
          const has = (tag: string) => typeof testcase === 'object' && testcase !== null && tag in testcase;
          if (has('error')) into.error++;
          else if (has('failure')) into.failed++;
          else if (has('skipped')) into.skipped++;
          else into.passed++;
        }
      } else tally(value, into);
    }
  }
  return into;
}

describe('EXPECTED.json recounted with an independent XML parser', () => {
  it('covers 135 JUnit files', () => {
    expect(junit).toHaveLength(135);
  });

  it.each(junit)('%s', async (name, expected) => {
    const text = readFileSync(join(CORPUS, name), 'utf8');
    const parsed = await parseStringPromise(text).catch((error: Error) => error);
    if (parsed instanceof Error) {
      // Only the files noted as not well-formed may be unreadable to a strict parser.
      expect(expected.note, `${name}: ${parsed.message}`).toMatch(/^Not well-formed XML/);
      return;
    }
    const { passed, failed, error, skipped } = expected;
    expect(tally(parsed)).toEqual({ passed, failed, error, skipped });
  });
});
