import { UserError } from '../inputs/user-error.js';
import { collectCtrf } from './ctrf-parser.js';
import { GoJsonCollector } from './go-json-collector.js';
import { JUnitCollector } from './junit-collector.js';
import type { ParsedReport, ReportFormat, TestResult } from './model.js';
import type { Limits } from './parse-options.js';
import { sniffFormat } from './sniff-format.js';
import { XmlTokenizer } from './xml-tokenizer.js';

interface Sink {
  write(chunk: string): void;
  end(): void;
}

/** CTRF is one JSON value, so it is gathered whole (up to its own cap) and parsed at the end. */
class JsonSink implements Sink {
  private readonly chunks: string[] = [];
  private length = 0;

  constructor(
    private readonly source: string,
    private readonly limits: Limits,
    private readonly emit: (test: TestResult) => void,
    private readonly warnings: string[],
  ) {}

  write(chunk: string): void {
    this.length += chunk.length;
    if (this.length > this.limits.maxJsonBytes) {
      throw new UserError(
        `${this.source}: a JSON report larger than ${this.limits.maxJsonBytes} bytes; CTRF files must be read ` +
          'whole, so split the report or raise the limit.',
      );
    }
    this.chunks.push(chunk);
  }

  end(): void {
    let document: unknown;
    try {
      document = JSON.parse(this.chunks.join(''));
    } catch (error) {
      throw new UserError(
        `${this.source}: not a single JSON document (${(error as Error).message}); expected CTRF JSON, or ` +
          'go test -json lines (which carry an "Action" field).',
      );
    }
    collectCtrf(document, this.source, this.limits, this.emit, this.warnings);
  }
}

/**
 * Parses one report fed in chunks of text: holds the first bytes until the format is known, then streams
 * everything into that format's collector. Tests go to `onTest` when given, else into the report.
 */
export class ReportSession {
  private head = '';
  private format?: ReportFormat;
  private sink?: Sink;
  private readonly tests: TestResult[] = [];
  private readonly warnings: string[] = [];
  private readonly emit: (test: TestResult) => void;
  /** Summed per key: a file can be timed by more than one testsuite. */
  private readonly fileTimes = new Map<string, number>();
  private readonly onFileTime = (file: string, seconds: number) =>
    this.fileTimes.set(file, (this.fileTimes.get(file) ?? 0) + seconds);

  constructor(
    private readonly source: string,
    private readonly limits: Limits,
    onTest?: (test: TestResult) => void,
  ) {
    this.emit = onTest ?? ((test) => this.tests.push(test));
  }

  write(chunk: string): void {
    if (this.sink !== undefined) {
      this.sink.write(chunk);
      return;
    }
    this.head += chunk;
    this.decide(false);
  }

  end(): ParsedReport {
    if (this.sink === undefined) this.decide(true);
    this.sink!.end();
    const report: ParsedReport = {
      source: this.source,
      format: this.format!,
      tests: this.tests,
      warnings: this.warnings,
    };
    if (this.fileTimes.size > 0) {
      report.fileTimes = [...this.fileTimes].map(([file, seconds]) => ({ file, seconds }));
    }
    return report;
  }

  private decide(complete: boolean): void {
    const sniffed = sniffFormat(this.head, complete);
    if (sniffed === 'need-more') return;
    if (sniffed === 'empty') throw new UserError(`${this.source}: the report is empty.`);
    if (sniffed === 'unknown') {
      throw new UserError(
        `${this.source}: not a test report shardproof can read (expected JUnit XML, go test -json or CTRF JSON); ` +
          `it starts with ${JSON.stringify(this.head.trimStart().slice(0, 40))}.`,
      );
    }
    this.format = sniffed === 'json' ? 'ctrf' : sniffed;
    this.sink = this.createSink(sniffed);
    // A byte-order mark is not content; the tokenizer would call it text before the root element.
    const head = this.head.charCodeAt(0) === 0xfeff ? this.head.slice(1) : this.head;
    this.head = '';
    this.sink.write(head);
  }

  private createSink(format: ReportFormat | 'json'): Sink {
    if (format === 'go-json') {
      return new GoJsonCollector(this.source, this.limits, this.emit, this.warnings, this.onFileTime);
    }
    if (format === 'json' || format === 'ctrf') {
      return new JsonSink(this.source, this.limits, this.emit, this.warnings);
    }
    let tokenizer: XmlTokenizer | undefined = undefined;
    const collector = new JUnitCollector(
      this.source,
      this.limits,
      this.emit,
      () => tokenizer?.currentLine() ?? 1,
      this.warnings,
      this.onFileTime,
    );
    tokenizer = new XmlTokenizer(collector, { source: this.source, maxDepth: this.limits.maxDepth });
    return tokenizer;
  }
}
