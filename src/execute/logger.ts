/**
 * The little logging surface the execute stage needs. The entry passes the real one (ActionIO fits it
 * structurally); tests pass a recorder. Keeping it this small keeps @actions/* out of this folder.
 */
export interface ExecuteLogger {
  info(message: string): void;
  warning(message: string): void;
  startGroup(title: string): void;
  endGroup(): void;
}

/** A logger that drops everything, for callers that only want the values. */
export const silentLogger: ExecuteLogger = {
  info: () => {},
  warning: () => {},
  startGroup: () => {},
  endGroup: () => {},
};
