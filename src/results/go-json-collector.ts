import { BoundedText, ownCopy } from './bounded-text.js';
import { testId, type Outcome, type TestResult } from './model.js';
import type { Limits } from './parse-options.js';

/** The fields of a `go test -json` (test2json) event that matter here. */
interface GoEvent {
  Action?: unknown;
  Package?: unknown;
  Test?: unknown;
  Elapsed?: unknown;
  Output?: unknown;
  ImportPath?: unknown;
  FailedBuild?: unknown;
}

interface PackageState {
  output: BoundedText;
  failedTests: number;
  running: Map<string, BoundedText>;
}

/** A line this long is not a test2json event; skip it rather than buffer it. */
const MAX_LINE_CHARS = 16 * 1024 * 1024;

/** Lines go test prints itself around a test's own output; never the interesting part of a failure. */
const FRAMING_LINE = /^(=== (RUN|PAUSE|CONT|NAME)|--- (PASS|FAIL|SKIP)|(PASS|FAIL|ok)(\s|$)|\?\s)/;

/** First line a human would call the reason: `foo_test.go:12: want 3, got 4`, a panic, a build error. */
export function goFailureMessage(output: string): string | undefined {
  for (const raw of output.split('\n')) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#') && !FRAMING_LINE.test(line)) return line.slice(0, 1000);
  }
  return undefined;
}

/**
 * Streams `go test -json` lines into TestResults. Subtests (`TestA/sub`) are tests of their own. A package
 * that fails without a failing test (build failure, panic in init, TestMain exit) becomes one failed result
 * named `(package)`, and tests still running when their package failed or the file ended are failed too —
 * a failure is never lost because go could not attribute it.
 */
export class GoJsonCollector {
  private partial = '';
  private ignoredLines = 0;
  private readonly packages = new Map<string, PackageState>();
  private readonly buildOutput = new Map<string, BoundedText>();
  /** Packages that reported at least one test: only their elapsed time is a measured test time. */
  private readonly withTests = new Set<string>();

  constructor(
    private readonly source: string,
    private readonly limits: Limits,
    private readonly emit: (test: TestResult) => void,
    readonly warnings: string[],
    /** A package's own elapsed time (its `pass`/`fail` event): build, TestMain and every test included. */
    private readonly onFileTime: (pkg: string, seconds: number) => void = () => {},
  ) {}

  write(chunk: string): void {
    let text = this.partial + chunk;
    let start = 0;
    for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', start)) {
      this.line(text.slice(start, nl));
      start = nl + 1;
    }
    text = text.slice(start);
    if (text.length > MAX_LINE_CHARS) {
      this.ignoredLines++;
      text = '';
    }
    this.partial = text;
  }

  end(): void {
    if (this.partial !== '') this.line(this.partial);
    this.partial = '';
    for (const [name, state] of this.packages) {
      this.failUnfinished(name, state, 'no result: the output ended while this test was running');
    }
    if (this.ignoredLines > 0) {
      this.warnings.push(
        `${this.source}: ignored ${this.ignoredLines} line(s) that are not go test -json events.`,
      );
    }
  }

  private line(raw: string): void {
    const line = raw.trim();
    if (line === '') return;
    let event: GoEvent;
    try {
      event = line.startsWith('{') ? (JSON.parse(line) as GoEvent) : {};
    } catch {
      event = {};
    }
    if (typeof event !== 'object' || event === null || typeof event.Action !== 'string') {
      // go test -json interleaves compiler and linker output with events.
      this.ignoredLines++;
      return;
    }
    this.event(event, event.Action);
  }

  private event(event: GoEvent, action: string): void {
    const output = typeof event.Output === 'string' ? event.Output : '';
    if (action === 'build-output' && typeof event.ImportPath === 'string') {
      this.bufferFor(this.buildOutput, event.ImportPath).append(output);
      return;
    }
    // Hand-made or very old streams omit Package; their tests still count.
    const packageName = typeof event.Package === 'string' ? event.Package : '';
    const pkg = this.packageState(packageName);
    const test = typeof event.Test === 'string' && event.Test !== '' ? event.Test : undefined;
    const elapsed = typeof event.Elapsed === 'number' && event.Elapsed > 0 ? event.Elapsed : 0;
    if (test === undefined) {
      if (action === 'output') pkg.output.append(output);
      else if (action === 'fail') this.packageFailed(packageName, pkg, event.FailedBuild);
      if (action === 'pass' || action === 'fail' || action === 'skip') {
        this.packages.delete(packageName);
        if (elapsed > 0 && packageName !== '' && this.withTests.has(packageName)) {
          this.onFileTime(packageName, elapsed);
        }
      }
      return;
    }
    this.withTests.add(packageName);
    if (action === 'run') pkg.running.set(test, new BoundedText(this.limits.maxDetailChars));
    // Output for a test that is not running (printed after it finished) still belongs to the package.
    else if (action === 'output') (pkg.running.get(test) ?? pkg.output).append(output);
    else if (action === 'pass' || action === 'fail' || action === 'skip') {
      const outcome: Outcome = action === 'pass' ? 'passed' : action === 'fail' ? 'failed' : 'skipped';
      if (outcome === 'failed') pkg.failedTests++;
      const text = pkg.running.get(test)?.toString() ?? '';
      pkg.running.delete(test);
      this.emitTest(packageName, test, outcome, elapsed, text);
    }
  }

  private packageFailed(name: string, pkg: PackageState, failedBuild: unknown): void {
    this.failUnfinished(
      name,
      pkg,
      'no result: the package failed while this test was running (panic, timeout or os.Exit?)',
    );
    if (pkg.failedTests > 0) return;
    const build = typeof failedBuild === 'string' ? this.buildOutput.get(failedBuild)?.toString() : undefined;
    const details = [build, pkg.output.toString()]
      .filter((t) => t !== undefined && t.trim() !== '')
      .join('\n');
    this.emitTest(name, '(package)', 'failed', 0, details);
  }

  private failUnfinished(name: string, pkg: PackageState, reason: string): void {
    for (const [test, output] of pkg.running) {
      pkg.failedTests++;
      this.emitTest(name, test, 'failed', 0, `${reason}\n${output.toString()}`);
    }
    pkg.running.clear();
  }

  private emitTest(pkg: string, testName: string, outcome: Outcome, duration: number, output: string): void {
    const name = ownCopy(testName);
    const result: TestResult = { id: testId({ suite: pkg, name }), name, outcome, duration };
    if (pkg !== '') result.suite = ownCopy(pkg);
    if (outcome !== 'passed') {
      const message = goFailureMessage(output);
      if (message !== undefined) result.message = ownCopy(message);
      if (outcome !== 'skipped' && output.trim() !== '') result.details = ownCopy(output.trimEnd());
    }
    this.emit(result);
  }

  private packageState(name: string): PackageState {
    let state = this.packages.get(name);
    if (state === undefined) {
      state = { output: new BoundedText(this.limits.maxDetailChars), failedTests: 0, running: new Map() };
      this.packages.set(name, state);
    }
    return state;
  }

  private bufferFor(map: Map<string, BoundedText>, key: string): BoundedText {
    let buffer = map.get(key);
    if (buffer === undefined) {
      buffer = new BoundedText(this.limits.maxDetailChars);
      map.set(key, buffer);
    }
    return buffer;
  }
}
