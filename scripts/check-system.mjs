// Checks the system packages the end-to-end tests run for real, before `npm test` (its `pretest`), and says
// exactly what is missing and the apt-get command that installs it; `npm run setup` runs that command.
// A missing package fails the test run here, once and clearly, instead of as dozens of confusing test failures
// (and never as a silent skip).
import { spawnSync } from 'node:child_process';

/** What the end-to-end tests start, by Debian/Ubuntu package. */
export const REQUIREMENTS = [
  { pkg: 'python3-pytest', why: 'pytest suites', probe: ['python3', ['-c', 'import pytest']] },
  { pkg: 'python3-pytest-xdist', why: 'pytest workers (-n)', probe: ['python3', ['-c', 'import xdist']] },
  { pkg: 'golang-go', why: 'go test suites', probe: ['go', ['version']] },
];

/** The e2e tests put /usr/bin first so Debian's python3 (with its pytest packages) wins over a venv's. */
export function systemPath(env = process.env) {
  return env.SHARDPROOF_SYSTEM_PATH ?? `/usr/bin:${env.PATH ?? ''}`;
}

/** The requirements whose probe does not run, in list order. */
export function missingPackages(env = process.env) {
  const PATH = systemPath(env);
  return REQUIREMENTS.filter(({ probe: [command, args] }) => {
    const result = spawnSync(command, args, { env: { ...env, PATH }, stdio: 'ignore', timeout: 30_000 });
    return result.status !== 0;
  });
}

export function installCommand(missing, root) {
  return `${root ? '' : 'sudo '}apt-get install -y ${missing.map((m) => m.pkg).join(' ')}`;
}

function main() {
  const install = process.argv.includes('--install');
  const root = process.getuid?.() === 0;
  let missing = missingPackages();
  if (missing.length && install) {
    const sudo = root ? [] : ['sudo'];
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', ...missing.map((m) => m.pkg)],
    ]) {
      const [command, ...rest] = [...sudo, 'apt-get', ...args];
      const run = spawnSync(command, rest, {
        stdio: 'inherit',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      if (run.status !== 0) break;
    }
    missing = missingPackages();
  }
  if (missing.length === 0) {
    if (install) console.log(`system packages: ${REQUIREMENTS.map((r) => r.pkg).join(', ')} are installed`);
    return 0;
  }
  const lines = [
    'The end-to-end tests need system packages that are missing:',
    ...missing.map((m) => `  - ${m.pkg} (for ${m.why}): '${m.probe[0]} ${m.probe[1].join(' ')}' failed`),
    '',
    'Install them with:',
    `  ${installCommand(missing, root)}`,
    '(or run `npm run setup`, which runs that command), then run `npm test` again.',
  ];
  console.error(lines.join('\n'));
  return 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
