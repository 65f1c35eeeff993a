import { describe, expect, it } from 'vitest';
import { formatBytes, GiB, MiB, parseByteSize } from '../../src/capacity/byte-size.js';
import { UserError } from '../../src/inputs/user-error.js';

describe('parseByteSize', () => {
  it('treats M, MB and MiB alike as binary units', () => {
    expect(parseByteSize('512M', 'memory-per-worker')).toBe(536_870_912);
    expect(parseByteSize('512MB', 'memory-per-worker')).toBe(536_870_912);
    expect(parseByteSize('512MiB', 'memory-per-worker')).toBe(536_870_912);
    expect(parseByteSize('2G', 'memory-per-worker')).toBe(2_147_483_648);
    expect(parseByteSize('700mib', 'memory-per-worker')).toBe(700 * MiB);
    expect(parseByteSize('64k', 'memory-per-worker')).toBe(65_536);
  });

  it('accepts decimals with a unit and byte counts written with B', () => {
    expect(parseByteSize('1.5GiB', 'memory-per-worker')).toBe(1_610_612_736);
    expect(parseByteSize(' 1.5 GiB ', 'memory-per-worker')).toBe(1_610_612_736);
    expect(parseByteSize('0.1K', 'memory-per-worker')).toBe(102);
    expect(parseByteSize('1073741824B', 'memory-per-worker')).toBe(GiB);
    expect(parseByteSize('100B', 'memory-per-worker')).toBe(100);
  });

  it('rejects sizes that are not sizes, naming the input', () => {
    for (const bad of ['', 'lots', '1.5', '-1G', '0', '0.0001K', '2 GB extra', '1e9', '5X']) {
      expect(() => parseByteSize(bad, 'memory-per-worker')).toThrow(UserError);
    }
    expect(() => parseByteSize('lots', 'memory-per-worker')).toThrow(
      `Input 'memory-per-worker': "lots" is not valid; expected a size with its unit like 1.5GiB, 700MiB or 512M; units K, M, G, T are binary (M = MiB).`,
    );
  });

  it('refuses a bare number and says to write the unit', () => {
    expect(() => parseByteSize('700', 'memory-per-worker')).toThrow(
      new UserError(
        `Input 'memory-per-worker': "700" has no unit; write 700MiB if you mean mebibytes (or 700GiB, 700B). A bare number is refused: it could mean bytes or MiB.`,
      ),
    );
    expect(() => parseByteSize(' 1073741824 ', 'memory-per-worker')).toThrow(/"1073741824" has no unit/);
  });
});

describe('formatBytes', () => {
  it('shows GiB with one decimal and smaller units whole', () => {
    expect(formatBytes(1_610_612_736)).toBe('1.5 GiB');
    expect(formatBytes(700 * MiB)).toBe('700 MiB');
    expect(formatBytes(2048)).toBe('2 KiB');
    expect(formatBytes(12)).toBe('12 B');
  });
});
