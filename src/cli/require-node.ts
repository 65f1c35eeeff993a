/** The lowest Node major version shardproof itself runs on (its dependencies need 22; Node 20 is end of life). */
export const MIN_NODE_MAJOR = 22;

/** Why this Node cannot run shardproof, or undefined when it can. Test commands may still use any Node. */
export function nodeVersionProblem(version: string): string | undefined {
  const major = Number(/^v?(\d+)\./.exec(version)?.[1]);
  if (major >= MIN_NODE_MAJOR) return undefined;
  return (
    `shardproof needs Node ${MIN_NODE_MAJOR} or newer; this is Node ${version}. ` +
    `Install Node ${MIN_NODE_MAJOR}+ (for example with nvm) to run the CLI; the GitHub Action runs on the ` +
    `runner's own Node 24. The test commands shardproof starts may use any Node.`
  );
}
