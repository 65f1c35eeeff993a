import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

/**
 * Writes a realistic JUnit report with streamed writes (so even 1 GB never sits in memory): every 20th
 * test fails with a message and a stack, every 50th is skipped, every 10th prints system-out, and
 * `bigOutputEvery` tests print `bigOutputChars` of output — the huge logs that make real reports huge.
 */
export interface GeneratedReport {
  path: string;
  testcases: number;
  bytes: number;
}

export interface ReportShape {
  testcases?: number;
  /** Stop once the file is this large (instead of, or as well as, a testcase count). */
  targetBytes?: number;
  bigOutputEvery?: number;
  bigOutputChars?: number;
}

const STACK = Array.from(
  { length: 12 },
  (_, i) => `    at Object.&lt;anonymous&gt; (src/module-${i}/thing.test.ts:${10 + i}:${5 + i})`,
).join('\n');

function testcaseXml(i: number, shape: ReportShape): string {
  // Real reports group a file's tests together; 25 tests per file.
  const file = `src/area-${Math.floor(i / 25) % 97}/feature-${Math.floor(i / 25)}.test.ts`;
  const open = `    <testcase classname="${file}" name="feature ${i} &gt; does thing &quot;${i % 7}&quot;" time="${(i % 1000) / 1000}" file="${file}" line="${(i % 300) + 1}"`;
  const parts: string[] = [];
  if (i % 20 === 0) {
    parts.push(
      `      <failure message="expected ${i} to equal ${i + 1} &amp; more" type="AssertionError">AssertionError: expected ${i} to equal ${i + 1}\n${STACK}</failure>`,
    );
  } else if (i % 50 === 1) {
    parts.push(`      <skipped message="not on this platform"/>`);
  }
  if (i % 10 === 0)
    parts.push(`      <system-out><![CDATA[log line for ${i}\nanother line <with> markup]]></system-out>`);
  if (shape.bigOutputEvery !== undefined && i % shape.bigOutputEvery === 0) {
    const line = `debug: step ${i} payload=${'x'.repeat(100)} &amp; done\n`;
    parts.push(
      `      <system-err>${line.repeat(Math.ceil((shape.bigOutputChars ?? 0) / line.length))}</system-err>`,
    );
  }
  return parts.length === 0 ? `${open}/>\n` : `${open}>\n${parts.join('\n')}\n    </testcase>\n`;
}

export async function writeJUnitReport(path: string, shape: ReportShape): Promise<GeneratedReport> {
  const out = createWriteStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let bytes = 0;
  const write = async (text: string): Promise<void> => {
    bytes += Buffer.byteLength(text);
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="bench">\n  <testsuite name="generated">\n',
  );
  let i = 0;
  for (; ; i++) {
    if (shape.testcases !== undefined && i >= shape.testcases) break;
    if (shape.targetBytes !== undefined && bytes >= shape.targetBytes) break;
    await write(testcaseXml(i, shape));
  }
  await write('  </testsuite>\n</testsuites>\n');
  out.end();
  await once(out, 'finish');
  return { path, testcases: i, bytes };
}
