import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatRecoveryCode,
  isLuhnValid,
  luhnCheckDigit,
  parseRecoveryCode,
  recoveryCodeGroups,
  recoveryCodeLength,
} from './recoveryCodeFormat';

/** Any valid recovery code: 15 digits and their check digit. */
const validCode = fc
  .stringMatching(/^\d{15}$/)
  .map((body) => body + luhnCheckDigit(body))
  .filter((code) => code.length === recoveryCodeLength);

/** Spaces and dashes a person may put anywhere in what they type. */
const separated = (code: string) =>
  fc
    .array(fc.constantFrom('', ' ', '-', '  ', ' - ', '\t'), { minLength: code.length + 1, maxLength: code.length + 1 })
    .map((gaps) => gaps.map((gap, i) => gap + (code[i] ?? '')).join(''));

describe('the recovery-code rule (protocol)', () => {
  it('computes the Luhn check digit of known numbers', () => {
    expect(luhnCheckDigit('7992739871')).toBe('3');
    expect(isLuhnValid('79927398713')).toBe(true);
    expect(isLuhnValid('79927398710')).toBe(false);
    expect(isLuhnValid('4539578763621486')).toBe(true);
    expect(isLuhnValid('5555666677778884')).toBe(true);
    expect(isLuhnValid('7')).toBe(false);
    expect(() => luhnCheckDigit('12a4')).toThrow(TypeError);
  });

  it('groups a code as the protocol shows it, 1234 5678 9012 3456', () => {
    expect(formatRecoveryCode('1234567890123456')).toBe('1234 5678 9012 3456');
    expect(formatRecoveryCode('1234-5678-9012-3456')).toBe('1234 5678 9012 3456');
    expect(recoveryCodeGroups('1234 5678 9012 3456')).toEqual(['1234', '5678', '9012', '3456']);
    for (const wrong of [
      '123456789012345',
      '12345678901234567',
      '123456789012345a',
      '',
      '１２３４５６７８９０１２３４５６',
    ]) {
      expect(() => formatRecoveryCode(wrong)).toThrow(/^A recovery code has 16 digits; got \d+ characters$/);
    }
  });

  it('reads back what it shows, with spaces and dashes anywhere (property)', () => {
    fc.assert(
      fc.property(
        validCode.chain((code) => fc.tuple(fc.constant(code), separated(code))),
        ([code, typed]) => {
          expect(formatRecoveryCode(code)).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
          expect(parseRecoveryCode(formatRecoveryCode(code))).toBe(code);
          expect(parseRecoveryCode(typed)).toBe(code);
          expect(formatRecoveryCode(typed)).toBe(formatRecoveryCode(code));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('catches every single-digit typo (property)', () => {
    fc.assert(
      fc.property(validCode, fc.integer({ min: 0, max: 15 }), fc.integer({ min: 1, max: 9 }), (code, at, delta) => {
        const typo = code.slice(0, at) + String((Number(code[at]) + delta) % 10) + code.slice(at + 1);
        expect(parseRecoveryCode(typo)).toBeUndefined();
      }),
    );
  });

  it('answers any string with a valid 16-digit code or undefined, never an exception (property)', () => {
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
