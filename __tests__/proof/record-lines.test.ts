import { describe, expect, it } from 'vitest';
import { parseRecordLine } from '../../src/proof/record-lines.js';

describe('parseRecordLine keeps what the verdict of merged proofs needs', () => {
  it('a file that failed to load stays a file-level error, not a failed test', () => {
    const line = JSON.stringify({
      type: 'test',
      run: 1,
      id: 't/a.test.ts::(file failed to load)',
      name: '(file failed to load)',
      file: 't/a.test.ts',
      outcome: 'error',
      duration: 0,
      fileError: true,
    });
    expect(parseRecordLine(line)).toMatchObject({ type: 'test', fileError: true, file: 't/a.test.ts' });
    const forged = JSON.parse(line);
    forged.fileError = 'yes';
    expect(parseRecordLine(JSON.stringify(forged))).not.toHaveProperty('fileError');
  });

  it("a run's stop reason, capped", () => {
    const line = JSON.stringify({
      type: 'run',
      run: 2,
      exitCode: 1,
      timedOut: false,
      reportMissing: false,
      wallMs: 5,
      stopReason: `Error: ${'x'.repeat(900)}`,
    });
    const parsed = parseRecordLine(line) as { stopReason: string };
    expect(parsed.stopReason).toHaveLength(500);
    expect(parsed.stopReason.startsWith('Error: x')).toBe(true);
  });
});
