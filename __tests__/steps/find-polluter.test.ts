import { describe, expect, it } from 'vitest';
import { bisectPolluter } from '../../src/steps/find-polluter.js';

/** A victim that fails when every test of `needs` ran before it; records what each step ran. */
function victimOf(needs: string[]) {
  const ran: string[][] = [];
  const failsAfter = async (prefix: readonly string[]) => {
    ran.push([...prefix]);
    return needs.every((n) => prefix.includes(n));
  };
  return { ran, failsAfter };
}

const BEFORE = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];

describe('bisectPolluter', () => {
  it.each(BEFORE)('finds the one polluter %s among seven in at most five runs', async (polluter) => {
    const victim = victimOf([polluter]);
    expect(await bisectPolluter(BEFORE, victim.failsAfter)).toBe(polluter);
    expect(victim.ran[0]).toEqual(BEFORE);
    expect(victim.ran.length).toBeLessThanOrEqual(5);
  });

  it('names nobody when the tests before it do not bring the failure back on their own', async () => {
    const victim = victimOf(['not-in-the-list']);
    expect(await bisectPolluter(BEFORE, victim.failsAfter)).toBeUndefined();
    expect(victim.ran).toHaveLength(1);
  });

  it('names nobody when only two tests together make it fail (no single polluter)', async () => {
    expect(await bisectPolluter(BEFORE, victimOf(['b', 'f']).failsAfter)).toBeUndefined();
  });

  it('stops at its run budget without a guess', async () => {
    const many = Array.from({ length: 64 }, (_, i) => `t${i}`);
    const victim = victimOf(['t63']);
    expect(await bisectPolluter(many, victim.failsAfter, 3)).toBeUndefined();
    expect(victim.ran.length).toBeLessThanOrEqual(3);
  });

  it('a single test before it is checked once', async () => {
    const victim = victimOf(['a']);
    expect(await bisectPolluter(['a'], victim.failsAfter)).toBe('a');
    expect(victim.ran).toEqual([['a']]);
  });
});
