import { describe, expect, it } from 'vitest';
import { parseProofArtifactName, proofArtifactName } from '../../src/proof/artifact-name.js';

describe('proof artifact names', () => {
  it('hold suite, shard, run slot and attempt, and parse back', () => {
    const id = { suite: 'unit', shard: { index: 3, total: 8 }, runSlot: 2, attempt: 1 };
    expect(proofArtifactName('shardproof-proof', id)).toBe('shardproof-proof-unit-3of8-r2-a1');
    expect(parseProofArtifactName('shardproof-proof', 'shardproof-proof-unit-3of8-r2-a1')).toEqual(id);
  });

  it('leave out what a job does not have', () => {
    const id = { suite: 'default', attempt: 2 };
    expect(proofArtifactName('shardproof-proof', id)).toBe('shardproof-proof-default-a2');
    expect(parseProofArtifactName('shardproof-proof', 'shardproof-proof-default-a2')).toEqual(id);
  });

  it('replace characters GitHub refuses, and keep suites with dashes apart from the tail', () => {
    const name = proofArtifactName('shardproof-proof', {
      suite: 'e2e: a/b',
      shard: { index: 1, total: 2 },
      attempt: 1,
    });
    expect(name).toBe('shardproof-proof-e2e_a_b-1of2-a1');
    expect(parseProofArtifactName('shardproof-proof', 'shardproof-proof-my-suite-1of2-a3')).toEqual({
      suite: 'my-suite',
      shard: { index: 1, total: 2 },
      attempt: 3,
    });
  });

  it('refuse names that are not proofs of this prefix', () => {
    expect(parseProofArtifactName('shardproof-proof', 'shardproof-plan')).toBeUndefined();
    expect(parseProofArtifactName('shardproof-proof', 'other-unit-1of2-a1')).toBeUndefined();
  });
});
