import { randomUUID } from 'node:crypto';

/**
 * The runner obeys any output line that looks like `::command::`, and test output comes from pull requests.
 * Untrusted text is written between `::stop-commands::<token>` and `::<token>::` (GitHub's documented way
 * to print untrusted text), with a fresh unguessable token per stretch.
 */
export class CommandGuard {
  private token: string | undefined;

  constructor(private readonly writeLine: (line: string) => void) {
    process.on('exit', () => this.resume());
  }

  /** Starts a stopped stretch unless one is open. */
  stop(): void {
    if (this.token !== undefined) return;
    this.token = randomUUID().replace(/-/g, '');
    this.writeLine(`::stop-commands::${this.token}`);
  }

  /** Ends the stopped stretch, if any, so that the next workflow command is obeyed again. */
  resume(): void {
    if (this.token === undefined) return;
    this.writeLine(`::${this.token}::`);
    this.token = undefined;
  }
}
