import { describe, expect, it } from 'vitest';
import { escapeUnsafeCharacters, hasUnsafeCharacters, stripUnsafeCharacters } from './unsafeText';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => from + index);
/** Every code point the module calls unsafe, as its comment lists them. */
const unsafe = [
  ...range(0x00, 0x1f),
  ...range(0x7f, 0x9f),
  0x061c,
  0x200e,
  0x200f,
  ...range(0x2028, 0x202e),
  ...range(0x2066, 0x2069),
];
const evil = 'Evil\u001b[2J\u001b]0;pwned\u0007';

describe('unsafeText', () => {
  it('removes C0, DEL, C1, bidi controls and marks, and line separators', () => {
    for (const code of unsafe) {
      const text = `a${String.fromCodePoint(code)}b`;
      expect(hasUnsafeCharacters(text)).toBe(true);
      expect(stripUnsafeCharacters(text)).toBe('ab');
    }
    expect(stripUnsafeCharacters(evil)).toBe('Evil[2J]0;pwned');
  });

  it('keeps everything else, joiners included', () => {
    const safe = ' Zürich – 東京 👩‍⚕️ שלום‌عربي\u00a0«»';
    expect(hasUnsafeCharacters(safe)).toBe(false);
    expect(stripUnsafeCharacters(safe)).toBe(safe);
    for (const code of [0x20, 0x7e, 0xa0, 0x200b, 0x200c, 0x200d, 0x2027, 0x202f, 0x2065, 0x206a]) {
      expect(hasUnsafeCharacters(String.fromCodePoint(code))).toBe(false);
    }
  });

  it('can put one replacement in place of each run', () => {
    expect(stripUnsafeCharacters('Alice\r\n\u202eSmith', { replaceWith: ' ' })).toBe('Alice Smith');
  });

  it('escapes them in JSON text without changing the data', () => {
    const value = { message: `${evil}\u009b31m\u202eback\u2028` };
    const json = escapeUnsafeCharacters(JSON.stringify(value, null, 2));
    expect(hasUnsafeCharacters(json.replaceAll('\n', ''))).toBe(false);
    expect(JSON.parse(json)).toEqual(value);
  });
});
