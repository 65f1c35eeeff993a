import { describe, expect, it } from 'vitest';
import { commandRoot, escapeJsRegExp, relativeToRoot, resolvePreset } from '../../src/frameworks/index.js';

describe('commandRoot', () => {
  it('reads the folder of a leading literal `cd <dir> &&`', () => {
    expect(commandRoot('cd backend && python3 -m pytest {files}', '/repo')).toBe('backend');
    expect(commandRoot("  cd 'packages/web/' &&npx jest {files}", '/repo')).toBe('packages/web');
    expect(commandRoot('cd /repo/services/api && go test ./...', '/repo')).toBe('services/api');
    expect(commandRoot('cd ./a/../b && x', '/repo')).toBe('b');
  });

  it('gives no root for a command without one, or one a shell would have to expand', () => {
    expect(commandRoot('python3 -m pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot('cd . && pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot('cd $DIR && pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot('cd "$DIR" && pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot('cd backend; pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot('make test && cd backend && pytest {files}', '/repo')).toBeUndefined();
    expect(commandRoot(undefined, '/repo')).toBeUndefined();
  });
});

describe('relativeToRoot', () => {
  it('makes paths, node ids and ./packages under the root relative to it', () => {
    expect(relativeToRoot('backend', 'backend/tests/test_a.py')).toBe('tests/test_a.py');
    expect(relativeToRoot('backend', 'backend/tests/test_a.py::T::test_x[a/b]')).toBe(
      'tests/test_a.py::T::test_x[a/b]',
    );
    expect(relativeToRoot('svc/api', './svc/api/calc')).toBe('./calc');
    expect(relativeToRoot('svc/api', './svc/api')).toBe('.');
  });

  it('passes what is not under the root as it is', () => {
    expect(relativeToRoot('svc/api', 'example.com/api/calc')).toBe('example.com/api/calc');
    expect(relativeToRoot('backend', 'backend2/test_a.py')).toBe('backend2/test_a.py');
    expect(relativeToRoot(undefined, 'backend/test_a.py')).toBe('backend/test_a.py');
  });
});

describe('a preset whose command starts with cd', () => {
  it('hands the framework file arguments relative to that folder', () => {
    const preset = resolvePreset('pytest', {
      workers: 1,
      command: 'cd backend && python3 -m pytest --junitxml={results} {files}',
      cwd: '/repo',
    });
    expect(preset.fileArg('backend/tests/test_a.py::test_x')).toBe('tests/test_a.py::test_x');
  });

  it('resolves playwright paths against that folder', () => {
    const preset = resolvePreset('playwright', {
      workers: 1,
      command: 'cd e2e && npx playwright test {files}',
      cwd: '/repo',
    });
    expect(preset.fileArg('e2e/tests/a.spec.ts')).toBe(`^${escapeJsRegExp('/repo/e2e/tests/a.spec.ts')}$`);
  });
});
