import type { ProofIdentity } from './artifact-name.js';

/** "suite 'unit' shard 3/8, run slot 2": how logs, the summary and failures name one proof. */
export function proofLabel(id: Pick<ProofIdentity, 'suite' | 'shard' | 'runSlot'>): string {
  const parts = [`suite '${id.suite}'`];
  if (id.shard) parts.push(`shard ${id.shard.index}/${id.shard.total}`);
  const head = parts.join(' ');
  return id.runSlot === undefined ? head : `${head}, run slot ${id.runSlot}`;
}

/** The key of a (suite, shard, run slot): attempts of one job share it. */
export function proofSlotKey(id: Pick<ProofIdentity, 'suite' | 'shard' | 'runSlot'>): string {
  return `${id.suite}\0${id.shard?.index ?? 0}\0${id.runSlot ?? 0}`;
}
