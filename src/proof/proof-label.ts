import type { ProofIdentity } from './artifact-name.js';

/** "suite 'unit' shard 3/8, run slot 2": how logs, the summary and failures name one proof. */
export function proofLabel(id: Pick<ProofIdentity, 'suite' | 'shard' | 'runSlot'>): string {
  const parts = [`suite '${id.suite}'`];
  if (id.shard) parts.push(`shard ${id.shard.index}/${id.shard.total}`);
  const head = parts.join(' ');
  return id.runSlot === undefined ? head : `${head}, run slot ${id.runSlot}`;
}
