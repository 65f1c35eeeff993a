/**
 * Names of the artifacts shardproof uploads. GitHub refuses a second artifact of one name in a workflow run
 * (409), so a proof's name holds everything that tells two jobs of one run apart: suite, shard, run slot and
 * run attempt (a re-run attempt keeps the earlier attempt's artifact). The report job parses the names back
 * to find every proof and the latest attempt of each (shard, run slot) without downloading them.
 */

export const DEFAULT_PROOF_PREFIX = 'shardproof-proof';
export const REPORT_ARTIFACT = 'shardproof-report';

export interface ProofIdentity {
  /** The plan's suite name ('default' when the plan has one unnamed suite or there is no plan). */
  suite: string;
  /** Absent when the job is not a shard of a plan. */
  shard?: { index: number; total: number };
  /** The matrix run slot (`run-slot` input), when the stability check is spread over jobs. */
  runSlot?: number;
  /** GITHUB_RUN_ATTEMPT (1 off GitHub). */
  attempt: number;
}

/** Characters GitHub refuses in artifact names, and path separators. */
const UNSAFE = /["':<>|*?\r\n\\/\s]+/g;

export function safeNamePart(text: string): string {
  return text.replace(UNSAFE, '_').slice(0, 60) || '_';
}

/** `shardproof-proof-unit-3of8-r2-a1`: prefix, suite, shard, run slot, attempt. */
export function proofArtifactName(prefix: string, id: ProofIdentity): string {
  const parts = [safeNamePart(prefix), safeNamePart(id.suite)];
  if (id.shard) parts.push(`${id.shard.index}of${id.shard.total}`);
  if (id.runSlot !== undefined) parts.push(`r${id.runSlot}`);
  parts.push(`a${id.attempt}`);
  return parts.join('-');
}

const TAIL = /^(.+?)-(?:(\d+)of(\d+)-)?(?:r(\d+)-)?a(\d+)$/;

/** The identity in a proof artifact's name, or undefined when the name is not one of ours with `prefix`.
 * Suite names are sanitized when names are built: the parsed suite is the sanitized one. */
export function parseProofArtifactName(prefix: string, name: string): ProofIdentity | undefined {
  const head = `${safeNamePart(prefix)}-`;
  if (!name.startsWith(head)) return undefined;
  const match = TAIL.exec(name.slice(head.length));
  if (!match) return undefined;
  const [, suite, index, total, slot, attempt] = match;
  return {
    suite,
    ...(index ? { shard: { index: Number(index), total: Number(total) } } : {}),
    ...(slot ? { runSlot: Number(slot) } : {}),
    attempt: Number(attempt),
  };
}
