/**
 * Where a test lives: the repo-relative file, when a report says or clearly implies it. Reporters disagree
 * wildly (a `file` attribute, a path in `classname`, a dotted Python module), so the rules are here, once.
 */

/** Extensions of test source files; a classname ending in one of these is a path (vitest, playwright, jest). */
const SOURCE_FILE =
  /\.(?:[cm]?[jt]sx?|py|rb|go|rs|java|kt|kts|scala|groovy|php|cs|fs|vb|swift|dart|ex|exs|erl|c|cc|cpp|cxx|h|hpp|m|mm|lua|pl|t|r|jl|zig|nim|hs|ml|clj|cljs|feature)$/i;

const PYTHON_SEGMENT = /^[a-z_][a-z0-9_]*$/;

export function normalizePath(raw: string | undefined, rootDir?: string): string | undefined {
  if (raw === undefined) return undefined;
  let path = raw.trim().replace(/\\/g, '/');
  if (path === '') return undefined;
  if (rootDir !== undefined) {
    const root = rootDir.replace(/\\/g, '/').replace(/\/+$/, '') + '/';
    if (path.startsWith(root)) path = path.slice(root.length);
  }
  while (path.startsWith('./')) path = path.slice(2);
  return path === '' ? undefined : path;
}

/** A classname that is itself a file path, e.g. vitest's `src/a.test.ts` or playwright's `login.spec.ts`. */
export function classnameAsPath(classname: string): string | undefined {
  if (/\s/.test(classname) || !SOURCE_FILE.test(classname)) return undefined;
  return classname;
}

/**
 * pytest without `file`: `tests.unit.test_x.TestClass` → `tests/unit/test_x.py`. Only when every module
 * segment is a lowercase Python identifier, the last is named like a pytest module (`test_*`, `*_test`) and
 * what follows, if anything, is a pytest class (`Test*`) — so Java's `com.acme.test_utils.FooTest` stays
 * a class name.
 */
export function pythonModulePath(classname: string): string | undefined {
  const segments = classname.split('.');
  let moduleEnd = -1;
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i];
    if (!PYTHON_SEGMENT.test(segment)) break;
    if (segment.startsWith('test_') || segment.endsWith('_test')) moduleEnd = i;
  }
  if (moduleEnd === -1) return undefined;
  const rest = segments.slice(moduleEnd + 1);
  if (rest.length > 0 && !rest[0].startsWith('Test')) return undefined;
  return segments.slice(0, moduleEnd + 1).join('/') + '.py';
}

export interface Identity {
  file?: string;
  suite?: string;
}

/**
 * File: the testcase's `file`, else the nearest suite's `file` (when it names a file, not a folder), else
 * what the classname implies. Suite: the classname, else the nearest suite name — dropped when it merely
 * repeats the file.
 */
export function identify(
  classname: string | undefined,
  testcaseFile: string | undefined,
  suiteName: string | undefined,
  suiteFile: string | undefined,
  rootDir: string | undefined,
): Identity {
  const cls = classname?.trim() || undefined;
  const pathFromClass = cls === undefined ? undefined : classnameAsPath(cls);
  let file = normalizePath(testcaseFile, rootDir);
  if (file === undefined && suiteFile !== undefined && !/[/\\]\s*$/.test(suiteFile)) {
    file = normalizePath(suiteFile, rootDir);
  }
  if (file === undefined && cls !== undefined) {
    file = normalizePath(pathFromClass, rootDir) ?? pythonModulePath(cls);
  }
  let suite = pathFromClass === undefined ? cls : undefined;
  suite ??= suiteName?.trim() || undefined;
  if (suite !== undefined && (suite === file || suite === pathFromClass)) suite = undefined;
  return { file, suite };
}
