import { describe, expect, it } from 'vitest';
import { formatRecoveryCode, isLuhnValid, parseRecoveryCode } from '../../protocol/recoveryCodeFormat';
import { generateRecoveryCode } from './recoveryCode';

// The rule itself (Luhn, parsing, grouping) is tested in protocol/recoveryCodeFormat.test.ts.
describe('recovery-code generation', () => {
  it('generates 16 digits with a valid check digit, different every time', () => {
    const codes = Array.from({ length: 200 }, generateRecoveryCode);
    for (const code of codes) {
      expect(code).toMatch(/^\d{16}$/);
      expect(isLuhnValid(code)).toBe(true);
    }
    expect(new Set(codes).size).toBe(codes.length);
  });

  it('generates codes the protocol rule shows and reads back', () => {
    for (let i = 0; i < 50; i += 1) {
      const code = generateRecoveryCode();
      expect(parseRecoveryCode(formatRecoveryCode(code))).toBe(code);
    }
  });
});
