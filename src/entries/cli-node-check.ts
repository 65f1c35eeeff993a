import { nodeVersionProblem } from '../cli/require-node.js';

// Imported first by the CLI entry, so it runs before any other module is evaluated.
const problem = nodeVersionProblem(process.version);
if (problem !== undefined) {
  process.stderr.write(`${problem}\n`);
  process.exit(1);
}
