/**
 * The @actions/cache client reports its own failures as `::warning::`/`::error::` workflow commands, and
 * sometimes several for one failure (a rate limit is two warnings; a failed upload an error plus a warning).
 * Saving timings is best-effort, so shardproof wants exactly one warning that names what was lost. This runs
 * one client call with those two commands held back and handed to the caller; every other line (the client's
 * progress, `::add-mask::`, debug) goes out unchanged. Only the cache calls of the plan and report steps use
 * it, when nothing else is writing to stdout.
 */
export async function holdClientAnnotations<T>(
  call: () => Promise<T>,
): Promise<{ value: T; messages: string[] }> {
  const messages: string[] = [];
  const write = process.stdout.write;
  const held = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
    if (typeof chunk !== 'string')
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    const passed = chunk
      .split(/(?<=\n)/)
      .filter((line) => {
        const command = /^::(?:warning|error)(?: [^:]*)?::(.*?)\r?\n?$/.exec(line);
        if (command) messages.push(unescapeCommandData(command[1]));
        return !command;
      })
      .join('');
    if (!passed) {
      const callback = rest.find((arg) => typeof arg === 'function') as (() => void) | undefined;
      callback?.();
      return true;
    }
    return (write as (...args: unknown[]) => boolean).call(this, passed, ...rest);
  };
  process.stdout.write = held as typeof process.stdout.write;
  try {
    return { value: await call(), messages };
  } finally {
    process.stdout.write = write;
  }
}

/** @actions/core escapes `%`, CR and LF in command data. */
function unescapeCommandData(data: string): string {
  return data.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}
