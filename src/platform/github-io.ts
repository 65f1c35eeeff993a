import * as core from '@actions/core';
import type { ActionIO, AnnotationProps } from './types.js';

/** ActionIO backed by @actions/core: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY. */
export class GitHubIO implements ActionIO {
  getInput(name: string): string {
    return core.getInput(name);
  }
  setOutput(name: string, value: string): void {
    core.setOutput(name, value);
  }
  info(message: string): void {
    core.info(message);
  }
  debug(message: string): void {
    core.debug(message);
  }
  warning(message: string, props?: AnnotationProps): void {
    core.warning(message, props);
  }
  error(message: string, props?: AnnotationProps): void {
    core.error(message, props);
  }
  notice(message: string, props?: AnnotationProps): void {
    core.notice(message, props);
  }
  startGroup(title: string): void {
    core.startGroup(title);
  }
  endGroup(): void {
    core.endGroup();
  }
  async appendSummary(markdown: string): Promise<void> {
    // Off a runner there is no summary file; @actions/core would throw, and a missing summary is no failure.
    if (!process.env.GITHUB_STEP_SUMMARY) return;
    await core.summary.addRaw(markdown, true).write();
    core.summary.emptyBuffer();
  }
  setFailed(message: string): void {
    core.setFailed(message);
  }
}
