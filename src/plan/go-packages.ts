/**
 * Go is tested by package, not by file: `go test a_test.go b_test.go` fails across directories and cannot
 * see the package's other files. So a Go suite is planned as packages: `tests` may be package patterns
 * (`./...`, `./pkg/...`, `./pkg`) or globs of `_test.go` files, and the items are the directories that hold
 * test files, as `./dir` (`.` for the root).
 */

/** Package patterns become globs of test files; anything else is taken as a glob already. */
export function goTestGlobs(patterns: readonly string[]): string[] {
  return patterns.map((pattern) => {
    const recursive = /^\.\/(.*?)\/?\.\.\.$/.exec(pattern);
    if (recursive) return recursive[1] ? `${recursive[1]}/**/*_test.go` : '**/*_test.go';
    const single = /^\.\/?([^*?[\]{}]*)$/.exec(pattern);
    if (single && !pattern.endsWith('.go'))
      return single[1] ? `${single[1].replace(/\/$/, '')}/*_test.go` : '*_test.go';
    return pattern;
  });
}

/** The packages (directories) of the discovered test files, sorted and unique. */
export function goPackages(testFiles: readonly string[]): string[] {
  const dirs = new Set(
    testFiles.map((file) => (file.includes('/') ? `./${file.slice(0, file.lastIndexOf('/'))}` : '.')),
  );
  return [...dirs].sort();
}
