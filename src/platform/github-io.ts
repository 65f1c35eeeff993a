import * as core from '@actions/core';
import { EOL } from 'node:os';
import { CommandGuard } from './command-guard.js';
import type { ActionIO, AnnotationProps } from './types.js';

/**
 * ActionIO backed by @actions/core: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY.
 * Untrusted lines (the test command's output) are written with workflow commands stopped; every trusted
 * call ends the stopped stretch first, so shardproof's own commands are obeyed.
 */
export class GitHubIO implements ActionIO {
  private readonly guard = new CommandGuard((line) => process.stdout.write(line + EOL));

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
    this.guard.stop();
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
    this.guard.resume();
  }
}
