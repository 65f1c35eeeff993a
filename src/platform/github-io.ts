import * as core from '@actions/core';
import { randomUUID } from 'node:crypto';
import { EOL } from 'node:os';
import type { ActionIO, AnnotationProps } from './types.js';

/**
 * ActionIO backed by @actions/core: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 *
 * The runner obeys any output line that looks like `::command::`, and test output comes from pull requests:
 * a test printing `::add-mask::` or `::error::` must not be obeyed. Untrusted lines are therefore written
 * between `::stop-commands::<token>` and `::<token>::` (GitHub's documented way to print untrusted text), with
 * a fresh unguessable token; every trusted call ends the stopped stretch first.
 */
export class GitHubIO implements ActionIO {
  private stopToken: string | undefined;

  constructor() {
    process.on('exit', () => this.resumeCommands());
  }

  getInput(name: string): string {
    return core.getInput(name);
  }
  setOutput(name: string, value: string): void {
    this.resumeCommands();
    core.setOutput(name, value);
  }
  info(message: string): void {
    this.resumeCommands();
    core.info(message);
  }
  untrusted(line: string): void {
    if (this.stopToken === undefined) {
      this.stopToken = randomUUID().replace(/-/g, '');
      process.stdout.write(`::stop-commands::${this.stopToken}${EOL}`);
    }
    process.stdout.write(line + EOL);
  }
  debug(message: string): void {
    this.resumeCommands();
    core.debug(message);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    core.warning(message, props);
  }
  error(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    core.error(message, props);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    core.notice(message, props);
  }
  startGroup(title: string): void {
    this.resumeCommands();
    core.startGroup(title);
  }
  endGroup(): void {
    this.resumeCommands();
    core.endGroup();
  }
  async appendSummary(markdown: string): Promise<void> {
    // Off a runner there is no summary file; @actions/core would throw, and a missing summary is no failure.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  }
  setFailed(message: string): void {
    this.resumeCommands();
    core.setFailed(message);
  }

  private resumeCommands(): void {
    if (this.stopToken === undefined) return;
    process.stdout.write(`::${this.stopToken}::${EOL}`);
    this.stopToken = undefined;
  }
}
