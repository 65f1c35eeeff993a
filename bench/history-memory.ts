/**
 * Peak RSS of parsing a timing history at its size limit (64 MiB, ~450,000 per-test items), in a child process.
 * Run: npx tsx bench/history-memory.ts
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MAX_HISTORY_BYTES } from '../src/plan/history-shape.js';
import { parseHistory } from '../src/plan/history.js';

function writeHistory(path: string): number {
  const items: string[] = [];
  let size = 30;
  for (let i = 0; ; i++) {
    const key = `tests/area_${i % 97}/test_module_${Math.floor(i / 40)}.py::TestClass::test_case_${i}`;
    const entry = `"${key}":{"durations":[0.012,0.013,0.011,0.012,0.014],"updated":"2026-11-30T12:00:00.000Z"}`;
    if (size + entry.length + 1 > MAX_HISTORY_BYTES) break;
    size += entry.length + 1;
    items.push(entry);
  }
  writeFileSync(path, `{"version":1,"items":{${items.join(',')}}}`);
  return items.length;
}

function child(path: string): void {
  const history = parseHistory(readFileSync(path, 'utf8'), path);
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.log(JSON.stringify({ items: Object.keys(history.items).length, peakMb }));
}

function main(): void {
  const dir = mkdtempSync(join(tmpdir(), 'shardproof-history-memory-'));
  try {
    const path = join(dir, 'history.json');
    const written = writeHistory(path);
    const output = execFileSync(process.execPath, [...process.execArgv, process.argv[1], '--child', path], {
      encoding: 'utf8',
    });
    const result = JSON.parse(output.trim().split('\n').pop()!) as { items: number; peakMb: number };
    console.log(
      `history of ${(MAX_HISTORY_BYTES / 2 ** 20).toFixed(0)} MiB (the limit), ${written} items: ` +
        `parsed ${result.items} items at ${result.peakMb.toFixed(0)} MB peak RSS`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const childFlag = process.argv.indexOf('--child');
if (childFlag !== -1) child(process.argv[childFlag + 1]);
else main();
