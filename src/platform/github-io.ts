import { EOL } from 'node:os';
import { CommandGuard } from './command-guard.js';
import { inertText } from './inert-text.js';
import {
  annotationProperties,
  appendSummaryFile,
  issueCommand,
  readInput,
  writeOutput,
} from './workflow-commands.js';
import type { ActionIO, AnnotationProps } from './types.js';

/**
 * ActionIO on the runner: workflow commands, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY (as @actions/core writes
 * them; see workflow-commands.ts for why not through it).
 * Untrusted lines (the test command's output) are written with workflow commands stopped; every trusted
 * call ends the stopped stretch first, so shardproof's own commands are obeyed. shardproof never means a
 * plain log line as a command, and messages quote file and test names: every message is made inert
 * (inert-text.ts) before it is written. The commands it issues (warning, error, notice, debug, group) also
 * escape CR, LF and `%` in their data and properties, so a quoted name cannot end them early.
 */
export class GitHubIO implements ActionIO {
  private readonly guard = new CommandGuard((line) => process.stdout.write(line + EOL));

  getInput(name: string): string {
    return readInput(name);
  }
  setOutput(name: string, value: string): void {
    this.resumeCommands();
    writeOutput(name, value);
  }
  info(message: string): void {
    this.resumeCommands();
    process.stdout.write(inertText(message) + EOL);
  }
  untrusted(line: string): void {
    this.guard.stop();
    process.stdout.write(line + EOL);
  }
  debug(message: string): void {
    this.resumeCommands();
    issueCommand('debug', {}, inertText(message));
  }
  warning(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    issueCommand('warning', annotationProperties(inertProps(props)), inertText(message));
  }
  error(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    issueCommand('error', annotationProperties(inertProps(props)), inertText(message));
  }
  notice(message: string, props?: AnnotationProps): void {
    this.resumeCommands();
    issueCommand('notice', annotationProperties(inertProps(props)), inertText(message));
  }
  startGroup(title: string): void {
    this.resumeCommands();
    issueCommand('group', {}, inertText(title));
  }
  endGroup(): void {
    this.resumeCommands();
    issueCommand('endgroup', {}, '');
  }
  async appendSummary(markdown: string): Promise<void> {
    // Off a runner there is no summary file, and a missing summary is no failure.
    appendSummaryFile(markdown);
  }
  setFailed(message: string): void {
    this.resumeCommands();
    process.exitCode = 1;
    issueCommand('error', {}, inertText(message));
  }

  private resumeCommands(): void {
    this.guard.resume();
  }
}

/** A title is shown like a message; the file must stay the path GitHub places the annotation on. */
function inertProps(props: AnnotationProps | undefined): AnnotationProps | undefined {
  return props?.title === undefined ? props : { ...props, title: inertText(props.title) };
}
