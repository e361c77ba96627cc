import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import { decodeBase32 } from './decodeBase32';
import { encodeBase32 } from './encodeBase32';

describe('decodeBase32 and encodeBase32', () => {
  it('round-trips any bytes, also lowercase, padded or grouped', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const text = encodeBase32(bytes);
        expect(decodeBase32(text)).toEqual(bytes);
        const padded = text.padEnd(Math.ceil(text.length / 8) * 8, '=');
        expect(decodeBase32(padded.toLowerCase())).toEqual(bytes);
        expect(decodeBase32(text.replace(/(.{4})/g, '$1 '))).toEqual(bytes);
      }),
    );
  });

  it('matches RFC 4648 test vectors', () => {
    const vectors = [
      ['f', 'MY'],
      ['fo', 'MZXQ'],
      ['foo', 'MZXW6'],
      ['foob', 'MZXW6YQ'],
      ['fooba', 'MZXW6YTB'],
      ['foobar', 'MZXW6YTBOI'],
    ];
    for (const [plain, encoded] of vectors) {
      expect(encodeBase32(new TextEncoder().encode(plain))).toBe(encoded);
      expect(decodeBase32(`${encoded}======`)).toEqual(new TextEncoder().encode(plain));
    }
  });

  it('refuses other characters and impossible lengths', () => {
    for (const text of ['MZXW1', 'MZXW6Y!', 'M', 'MZX', 'MZXW6Y', 'MZ=XW', 'ÄBCD'])
      expect(decodeBase32(text)).toBeNull();
  });
});
