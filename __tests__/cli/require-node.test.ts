import { describe, expect, it } from 'vitest';
import { nodeVersionProblem } from '../../src/cli/require-node.js';

describe('nodeVersionProblem', () => {
  it('accepts Node 22 and newer', () => {
    for (const version of ['v22.0.0', 'v22.12.0', 'v24.21.0', 'v30.1.2'])
      expect(nodeVersionProblem(version)).toBeUndefined();
  });

  it('refuses Node 20 and older, naming the version found', () => {
    expect(nodeVersionProblem('v20.20.2')).toMatch(
      /^shardproof needs Node 22 or newer; this is Node v20\.20\.2\. /,
    );
    expect(nodeVersionProblem('v18.0.0')).toBeDefined();
    expect(nodeVersionProblem('garbage')).toBeDefined();
  });
});
