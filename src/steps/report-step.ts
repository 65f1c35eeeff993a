import type { Services } from '../platform/services.js';
import { UserError } from '../inputs/user-error.js';
import { decideCapacity } from './capacity-step.js';

/** The report sub-action: capacity outputs now; gathering shards and PR feedback come with the report issue. */
export async function reportStep({ io }: Services): Promise<void> {
  decideCapacity(io);
  throw new UserError(
    'shardproof/report is not implemented yet: merging shard artifacts, the timing cache and PR feedback ' +
      'arrive in a later release. Remove this step for now; the run step already writes its proof folder.',
  );
}
