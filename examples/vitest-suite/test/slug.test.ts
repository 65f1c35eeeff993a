import { describe, expect, it } from 'vitest';
import { shorten, slugify } from '../src/slug';

describe('slugify', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['  spaces  ', 'spaces'],
    ['a.b/c', 'a-b-c'],
  ])('turns %s into %s', (title, slug) => {
    expect(slugify(title)).toBe(slug);
  });

  // The same title twice: vitest runs and counts both.
  it('keeps digits', () => {
    expect(slugify('v2 release')).toBe('v2-release');
  });
  it('keeps digits', () => {
    expect(slugify('3 items')).toBe('3-items');
  });

  describe('shorten', () => {
    it('never ends in a dash', () => {
      expect(shorten('hello-world', 6)).toBe('hello');
    });
    it.skip('handles unicode', () => {});
  });
});
