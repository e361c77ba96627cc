import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iso } from './AppContext';

describe('iso', () => {
  it('formats like Date#toISOString, first time and again', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 8_640_000_000_000 }), (ms) => {
        const expected = new Date(ms).toISOString();
        expect(iso(ms)).toBe(expected);
        expect(iso(ms)).toBe(expected);
      }),
    );
  });

  it('keeps answering correctly after more distinct times than it keeps', () => {
    const start = Date.UTC(2026, 0, 1);
    for (let i = 0; i < 10_000; i += 1) iso(start + i);
    for (const ms of [start, start + 4095, start + 4096, start + 9_999, start + 20_000]) {
      expect(iso(ms)).toBe(new Date(ms).toISOString());
    }
  });
});
