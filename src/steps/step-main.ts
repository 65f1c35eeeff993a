import { UserError } from '../inputs/user-error.js';
import type { ActionIO } from '../platform/types.js';

/** Runs a step and turns what it throws into a failed step: a UserError as its message, a bug with its stack. */
export async function stepMain(io: ActionIO, step: () => Promise<void>): Promise<void> {
  try {
    await step();
  } catch (error) {
    if (error instanceof UserError) io.setFailed(error.message);
    else if (error instanceof Error) io.setFailed(`shardproof hit a bug: ${error.stack ?? error.message}`);
    else io.setFailed(`shardproof hit a bug: ${String(error)}`);
  }
}
