/**
 * The framework registry: the one place that maps a name to its module. Everything else asks the module.
 */
import { join } from 'node:path';
import { inputError } from '../errors/user-error.js';
import { commandRoot, relativeToRoot } from './command-root.js';
import type { FrameworkModule, Preset, PresetSettings } from './framework.js';
import { custom } from './custom.js';
import { go } from './go.js';
import { jest } from './jest.js';
import { FRAMEWORKS, type Framework } from './names.js';
import { nodeTest } from './node-test.js';
import { playwright } from './playwright.js';
import { pytest } from './pytest.js';
import { vitest } from './vitest.js';

export type { FrameworkModule, ItemToRun, Preset, PresetSettings, RerunSelection } from './framework.js';
export { FRAMEWORKS, frameworkNamed, type Framework } from './names.js';
export { escapeJsRegExp } from './name-filter.js';
export { commandRoot, relativeToRoot } from './command-root.js';
export { pytestNodeId } from './pytest.js';

const MODULES: Record<Framework, FrameworkModule> = {
  pytest,
  jest,
  vitest,
  playwright,
  go,
  'node-test': nodeTest,
  custom,
};

export function frameworkModule(name: Framework): FrameworkModule {
  return MODULES[name];
}

/** The preset for a framework input; a user command on a known framework keeps the preset's env
 * (e.g. `poetry run pytest …` still writes the report where shardproof reads it). A command that starts
 * with `cd <dir> &&` gets its file arguments relative to that folder (command-root.ts). */
export function resolvePreset(framework: string, settings: PresetSettings): Preset {
  if (!FRAMEWORKS.includes(framework as Framework)) {
    throw inputError('framework', framework, `one of ${FRAMEWORKS.join(', ')}`);
  }
  const module = MODULES[framework as Framework];
  const command = settings.command?.trim();
  const cwd = settings.cwd ?? process.cwd();
  const root = commandRoot(command, cwd);
  const preset = module.preset({
    ...settings,
    command,
    results: settings.results?.trim(),
    cwd: root === undefined ? cwd : join(cwd, root),
  });
  if (!command) return preset;
  if (root === undefined) return { ...preset, command };
  return { ...preset, command, fileArg: (file) => preset.fileArg(relativeToRoot(root, file)) };
}

/** Expands {results}, {workers}, {run} in preset env values. */
export function expandPresetEnv(
  env: Record<string, string>,
  values: { results: string; workers: number; run: number },
): Record<string, string> {
  const expanded: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    expanded[key] = value
      .replaceAll('{results}', values.results)
      .replaceAll('{workers}', String(values.workers))
      .replaceAll('{run}', String(values.run));
  }
  return expanded;
}
