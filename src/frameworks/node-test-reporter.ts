/**
 * A node:test reporter that writes JUnit with a `file` attribute on every testcase, on Node 20, 22 and 24
 * alike: Node's own junit reporter names the file only from Node 24 on, and without it reruns, annotations
 * and per-file timings have nothing to go by. Every test event carries `data.file` since Node 20, so the
 * reporter rebuilds the tree from completion events: children complete before their parent, per file.
 * A describe block becomes a <testsuite>, a leaf a <testcase>, as in Node's own; a test with subtests is both
 * (its own testcase, then a testsuite of its subtests), since Node counts it as a test in its summary.
 *
 * Each file's tests are wrapped in a <testsuite> of the file with Node's own time for the file (start-up
 * and imports included), the file's time for the plan.
 *
 * The source is plain JavaScript (node loads it with --test-reporter=<path>): it is written to a file once
 * per content and never imports anything but node:path.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const REPORTER_SOURCE = String.raw`import { relative, resolve } from 'node:path';

const xml = (text) =>
  String(text)
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function failureOf(error) {
  const cause = error && error.cause !== undefined ? error.cause : error;
  const message = cause && cause.message !== undefined ? cause.message : String(cause);
  const body = cause && cause.stack ? cause.stack : message;
  return { message: String(message).split('\n')[0], body: String(body) };
}

function render(node, indent) {
  const file = node.file === undefined ? '' : ' file="' + xml(node.file) + '"';
  const time = ' time="' + (node.ms / 1000).toFixed(6) + '"';
  if (node.children.length > 0) {
    const inner = node.children.map((c) => render(c, indent + '\t')).join('');
    const own = node.suite ? '' : render({ ...node, children: [] }, indent);
    return own + indent + '<testsuite name="' + xml(node.name) + '"' + time + file + '>\n' + inner + indent + '</testsuite>\n';
  }
  let body = '';
  if (node.failure) {
    body = indent + '\t<failure message="' + xml(node.failure.message) + '">' + xml(node.failure.body) + '</failure>\n';
  } else if (node.skip !== undefined) {
    body = indent + '\t<skipped message="' + xml(node.skip) + '"/>\n';
  }
  const open = indent + '<testcase name="' + xml(node.name) + '" classname="test"' + time + file;
  return body === '' ? open + '/>\n' : open + '>\n' + body + indent + '</testcase>\n';
}

// Node reports each test file as a test:complete at nesting 0, named after the file (its absolute path on
// Node 20 and 22, the path as given on Node 24), after the file's own tests: its duration includes the
// file's start-up and imports.
function fileTime(data, fileMs) {
  if (data.nesting !== 0 || data.file === undefined || !data.details) return;
  if (resolve(data.name) === data.file) fileMs.set(data.file, data.details.duration_ms || 0);
}

function renderFile(file, nodes, fileMs) {
  if (!fileMs.has(file)) return nodes.map((node) => render(node, '\t')).join('');
  const inner = nodes.map((node) => render(node, '\t\t')).join('');
  const path = xml(relative(process.cwd(), file).split('\\').join('/'));
  const time = ' time="' + (fileMs.get(file) / 1000).toFixed(6) + '"';
  return '\t<testsuite name="' + path + '"' + time + ' file="' + path + '">\n' + inner + '\t</testsuite>\n';
}

export default async function* shardproofJunit(source) {
  const files = new Map();
  const fileMs = new Map();
  for await (const event of source) {
    if (event.type === 'test:complete') fileTime(event.data, fileMs);
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const data = event.data;
    const key = data.file === undefined ? '' : data.file;
    let pending = files.get(key);
    if (pending === undefined) files.set(key, (pending = []));
    const level = data.nesting;
    const node = {
      name: data.name,
      file: data.file === undefined ? undefined : relative(process.cwd(), data.file).split('\\').join('/'),
      ms: (data.details && data.details.duration_ms) || 0,
      suite: Boolean(data.details && data.details.type === 'suite'),
      children: pending[level + 1] || [],
      failure: event.type === 'test:fail' ? failureOf(data.details && data.details.error) : undefined,
      skip: data.skip !== undefined && data.skip !== false ? (data.skip === true ? 'skipped' : String(data.skip))
        : data.todo !== undefined && data.todo !== false ? 'todo' : undefined,
    };
    pending[level + 1] = [];
    (pending[level] = pending[level] || []).push(node);
  }
  yield '<?xml version="1.0" encoding="utf-8"?>\n<testsuites>\n';
  for (const [file, pending] of files) yield renderFile(file, pending[0] || [], fileMs);
  yield '</testsuites>\n';
}
`;

/** The reporter's path, written on first use (content-addressed, so versions never mix). */
export function nodeTestReporterPath(dir = tmpdir()): string {
  const hash = createHash('sha256').update(REPORTER_SOURCE).digest('hex').slice(0, 12);
  const folder = join(dir, 'shardproof-reporters');
  const path = join(folder, `node-test-junit-${hash}.mjs`);
  if (!existsSync(path)) {
    mkdirSync(folder, { recursive: true });
    writeFileSync(path, REPORTER_SOURCE);
  }
  return path;
}
