import { proofLabel } from '../proof/proof-label.js';
import type { ReadProof } from '../proof/read-proof.js';
import type { IsolationCause } from '../verdict/isolation.js';

/**
 * The causes the run steps' isolation checks found, for the merged verdict: each test gets the first proof's
 * finding, and the evidence says which job found it (its own proof holds the full reproduction). The findings
 * were checked field by field when the manifest was read.
 */
export function proofCauses(proofs: readonly ReadProof[]): Map<string, IsolationCause> {
  const causes = new Map<string, IsolationCause>();
  const sources = new Map<string, number>();
  for (const proof of proofs) {
    for (const finding of proof.manifest?.isolation ?? []) {
      sources.set(finding.test, (sources.get(finding.test) ?? 0) + 1);
      if (causes.has(finding.test)) continue;
      const seed = finding.seed !== undefined ? ` in the order of seed ${finding.seed}` : '';
      const polluter = finding.polluter !== undefined ? `; it fails after ${finding.polluter}` : '';
      causes.set(finding.test, {
        class: finding.class,
        ...(finding.kind ? { kind: finding.kind } : {}),
        ...(finding.polluter !== undefined ? { polluter: finding.polluter } : {}),
        evidence: `found by the isolation checks of ${proofLabel(proof.identity)}${seed}${polluter} (that proof has the reproduction)`,
      });
    }
  }
  for (const [test, count] of sources) {
    const cause = causes.get(test)!;
    if (count > 1) cause.evidence += `, and by ${count - 1} other proof${count > 2 ? 's' : ''}`;
  }
  return causes;
}
