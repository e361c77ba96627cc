import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  generateRecoveryCode,
  isLuhnValid,
  luhnCheckDigit,
  parseRecoveryCode,
} from './recoveryCode';

describe('recovery codes', () => {
  it('computes the Luhn check digit of known numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('4539578763621486')).toBe(true);
  });

  it('generates 16 digits with a valid check digit, different every time', () => {
    const codes = Array.from({ length: 200 }, generateRecoveryCode);
    for (const code of codes) {
      expect(code).toMatch(/^\d{16}$/);
      expect(isLuhnValid(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('reads codes typed with spaces and dashes, and refuses a wrong check digit', () => {
    const code = generateRecoveryCode();
    expect(parseRecoveryCode(formatRecoveryCode(code))).toBe(code);
    expect(parseRecoveryCode(code.replace(/(\d{4})/g, '$1-').slice(0, -1))).toBe(code);
    const wrong = code.slice(0, -1) + String((Number(code.slice(-1)) + 1) % 10);
    expect(parseRecoveryCode(wrong)).toBeUndefined();
    expect(parseRecoveryCode(`${code}0`)).toBeUndefined();
    expect(parseRecoveryCode('abcd efgh ijkl mnop')).toBeUndefined();
    expect(formatRecoveryCode('1234567890123456')).toBe('1234 5678 9012 3456');
  });

  it('catches every single-digit typo (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (position, delta) => {
        const code = generateRecoveryCode();
        const typo = code.slice(0, position) + String((Number(code[position]) + delta) % 10) + code.slice(position + 1);
        expect(parseRecoveryCode(typo)).toBeUndefined();
      }),
    );
  });

  it('answers any string with a code or undefined, never an exception (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.stringMatching(/^[\d -]{0,30}$/)),
        (input) => {
          const result = parseRecoveryCode(input);
          if (result !== undefined) {
            expect(result).toMatch(/^\d{16}$/);
            expect(isLuhnValid(result)).toBe(true);
          }
        },
      ),
      { numRuns: 2000 },
    );
  });
});
