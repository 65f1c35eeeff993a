import { once } from 'node:events';
import { createWriteStream } from 'node:fs';

const STACK =
  'def test():\n&gt;       assert x == y\nE       AssertionError\n\ntests/test_mod.py:12: AssertionError';

/**
 * A report of `tests` passing tests, one line each, as pytest --junitxml writes them (with `failEvery`, every such test fails with a short message and stack): 1,000 tests per module,
 * modules spread over 50 packages. 2,000,000 tests make ~177 MB, the issue-8 reproduction. Streamed writes.
 */
export async function writePassingReport(path: string, tests: number, failEvery = 0): Promise<void> {
  const out = createWriteStream(path, { highWaterMark: 1 << 20 });
  const write = async (text: string) => {
    if (!out.write(text)) await once(out, 'drain');
  };
  await write(
    '<?xml version="1.0" encoding="utf-8"?>\n<testsuites><testsuite name="pytest" tests="' + tests + '">\n',
  );
  let lines = '';
  for (let i = 0; i < tests; i++) {
    const module = `tests.area_${Math.floor(i / 1000) % 50}.test_mod_${Math.floor(i / 1000)}`;
    const open = `<testcase classname="${module}" name="test_case_${i}" time="0.001"`;
    lines +=
      failEvery > 0 && i % failEvery === 0
        ? `${open}><failure message="assert ${i} == ${i + 1}">${STACK}</failure></testcase>\n`
        : `${open}/>\n`;
    if (lines.length > 1 << 16) {
      await write(lines);
      lines = '';
    }
  }
  await write(`${lines}</testsuite></testsuites>\n`);
  out.end();
  await once(out, 'finish');
}
