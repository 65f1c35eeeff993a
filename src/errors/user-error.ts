/**
 * An error the user can fix: bad input, a missing file, a hostile report.
 * Its message says what was wrong, where (input name, file and line) and what to do.
 * Anything that is not a UserError is a bug and keeps its stack.
 */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** An input value that does not parse: the message always names the input. */
export function inputError(input: string, value: string, expected: string): UserError {
  return new UserError(`Input '${input}': ${JSON.stringify(value)} is not valid; expected ${expected}.`);
}
