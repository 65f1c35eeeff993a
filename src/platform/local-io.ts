import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CommandGuard } from './command-guard.js';
import { terminalLines } from './terminal-text.js';
import type { ActionIO, AnnotationProps } from './types.js';

export interface LocalIOOptions {
  /** Input values by their action.yml (kebab-case) names. */
  inputs: Record<string, string>;
  /** Where log lines go (the CLI keeps stdout free for --json). */
  write?: (line: string) => void;
  /** File the job summary is appended to; none → the summary is not kept. */
  summaryPath?: string;
  /** Inside a GitHub Actions step (the CLI in a `run:` step), print everything with workflow commands
   * stopped: the CLI never means to issue one, and test output must not. Default: GITHUB_ACTIONS=true. */
  stopCommands?: boolean;
}

/** ActionIO for the CLI, tests and the demo: inputs from a map, logs to a stream, outputs kept in memory. */
export class LocalIO implements ActionIO {
  readonly outputs: Record<string, string> = {};
  failure: string | undefined;
  private readonly write: (line: string) => void;
  private depth = 0;
  private guard: CommandGuard | undefined;

  constructor(private readonly options: LocalIOOptions) {
    this.write = options.write ?? ((line) => process.stderr.write(line + '\n'));
    if (options.stopCommands ?? process.env.GITHUB_ACTIONS === 'true') {
      this.guard = new CommandGuard(this.write);
      this.guard.stop();
    }
  }

  getInput(name: string): string {
    return (this.options.inputs[name] ?? '').trim();
  }
  setOutput(name: string, value: string): void {
    this.outputs[name] = value;
  }
  info(message: string): void {
    this.log(message);
  }
  untrusted(line: string): void {
    this.log(line);
  }
  debug(message: string): void {
    if (process.env.SHARDPROOF_DEBUG) this.log(`debug: ${message}`);
  }
  warning(message: string, props?: AnnotationProps): void {
    this.log(`warning${where(props)}: ${message}`);
  }
  error(message: string, props?: AnnotationProps): void {
    this.log(`error${where(props)}: ${message}`);
  }
  notice(message: string, props?: AnnotationProps): void {
    this.log(`notice${where(props)}: ${message}`);
  }
  startGroup(title: string): void {
    this.log(`▶ ${title}`);
    this.depth++;
  }
  endGroup(): void {
    this.depth = Math.max(0, this.depth - 1);
  }
  async appendSummary(markdown: string): Promise<void> {
    if (!this.options.summaryPath) return;
    mkdirSync(dirname(this.options.summaryPath), { recursive: true });
    appendFileSync(this.options.summaryPath, markdown.endsWith('\n') ? markdown : markdown + '\n');
  }
  setFailed(message: string): void {
    this.failure = message;
    this.log(`error: ${message}`);
    process.exitCode = 1;
  }

  /** Every line leaves through terminalLines: names in it may hold escape sequences meant for the terminal. */
  private log(message: string): void {
    const indent = '  '.repeat(this.depth);
    for (const line of terminalLines(message)) this.write(indent + line);
  }
}

function where(props?: AnnotationProps): string {
  if (!props?.file) return props?.title ? ` (${props.title})` : '';
  return ` ${props.file}${props.startLine ? `:${props.startLine}` : ''}`;
}
