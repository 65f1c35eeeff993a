import { describe, expect, it } from 'vitest';
import { NameStore } from '../../src/verdict/name-store.js';

describe('NameStore', () => {
  it('finds every name again across chunk boundaries and table growth, per group', () => {
    const store = new NameStore();
    const names = Array.from({ length: 150_000 }, (_, i) => `test_${i % 70_000}_${'é'.repeat(i % 3)}`);
    const rows = names.map((name, i) => {
      const group = i < 70_000 ? 0 : 1 + (i % 2);
      return store.find(group, name) === -1 ? store.add(group, name) : store.find(group, name);
    });
    expect(store.size).toBe(new Set(names.map((n, i) => `${i < 70_000 ? 0 : 1 + (i % 2)}\0${n}`)).size);
    rows.forEach((row, i) => expect(store.name(row)).toBe(names[i]));
    expect(store.find(0, 'test_1_é')).toBe(rows[1]);
    expect(store.find(0, 'nope')).toBe(-1);
    expect(store.find(7, 'test_1_é')).toBe(-1);
  });

  it('tells apart names that share a prefix or are empty', () => {
    const store = new NameStore();
    const a = store.add(0, '');
    const b = store.add(0, 'a');
    const c = store.add(0, 'ab');
    expect([store.find(0, ''), store.find(0, 'a'), store.find(0, 'ab')]).toEqual([a, b, c]);
    expect([store.name(a), store.name(b), store.name(c)]).toEqual(['', 'a', 'ab']);
  });
});

describe('NameStore.compare', () => {
  it('orders names like string comparison, across chunks, prefixes and non-ASCII', () => {
    const store = new NameStore();
    const names = [
      'b',
      'a',
      'ab',
      '',
      'é',
      'Z',
      'a\u0000',
      ...Array.from({ length: 70_000 }, (_, i) => `n${i}`),
    ];
    const rows = names.map((name) => store.add(0, name));
    const byStore = [...rows].sort((a, b) => store.compare(a, b)).map((row) => store.name(row));
    expect(byStore).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
  });
});
