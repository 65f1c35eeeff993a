/**
 * What the Actions runner would obey in a step's stdout, emulated for tests: it reads lines split on LF, CR
 * and CRLF; a line whose trimmed start is `::name` is a command unless commands are stopped
 * (`::stop-commands::TOKEN` until `::TOKEN::`); any other line holding `##[` anywhere is a legacy command.
 */
export function obeyedCommands(stdout: string): string[] {
  const obeyed: string[] = [];
  let stopToken: string | undefined;
  for (const line of stdout.split(/\r\n|\r|\n/)) {
    const trimmed = line.replace(/^[\s\u0085]+/, '');
    if (stopToken !== undefined) {
      if (trimmed === `::${stopToken}::`) stopToken = undefined;
      continue;
    }
    const v2 = /^::([^\s:]+)[^:]*::(.*)$/.exec(trimmed);
    if (!v2) {
      if (line.includes('##[')) obeyed.push(`legacy ${line}`);
      continue;
    }
    if (v2[1] === 'stop-commands') stopToken = v2[2];
    else obeyed.push(`${v2[1]}::${v2[2]}`);
  }
  return obeyed;
}

/** Every line of stdout that the runner could read as a command if commands were not stopped. */
export function commandLikeLines(stdout: string): string[] {
  return stdout.split(/\r\n|\r|\n/).filter((line) => /^[\s\u0085]*::/.test(line) || line.includes('##['));
}
