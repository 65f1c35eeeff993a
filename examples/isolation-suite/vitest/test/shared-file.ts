/**
 * One file that every worker of a run writes to: the run's scratch folder when shardproof runs the suite
 * (SHARDPROOF_TMPDIR), else the system temp folder. Each writer writes its value, says it started, waits up
 * to 5 s for the other writer to start, and reads the file back. One after the other both read their own
 * value; at the same time the first writer reads the second one's value and fails.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const folder = process.env.SHARDPROOF_TMPDIR ?? join(tmpdir(), 'isolation-example');

export async function writeThenRead(value: string, other: string): Promise<string> {
  mkdirSync(folder, { recursive: true });
  const shared = join(folder, 'shared-file');
  writeFileSync(shared, value);
  writeFileSync(join(folder, `started-${value}`), '');
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && !existsSync(join(folder, `started-${other}`))) await sleep(50);
  await sleep(300); // the other writer wrote before it said it started; let its write land
  return readFileSync(shared, 'utf8');
}
