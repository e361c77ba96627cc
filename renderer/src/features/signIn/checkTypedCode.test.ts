import { describe, expect, it } from 'vitest';
import { checkTypedCode, oneTimeCode, recoveryCode } from './checkTypedCode';

/** Passes the Luhn check: the well-known test card number. */
const validRecovery = '4111111111111111';

describe('checking a typed code before it is sent', () => {
  it.each([
    ['492039', '492039'],
    [' 492 039 ', '492039'],
    ['492-039', '492039'],
    ['４９２０３９', '492039'],
  ])('takes %j as the 6 digits %s', (typed, code) => {
    expect(checkTypedCode(typed, oneTimeCode)).toEqual({ code });
  });

  it.each([
    ['', { problem: 'empty' }],
    ['  - ', { problem: 'empty' }],
    ['49203O', { problem: 'not_digits' }],
    ['492.039', { problem: 'not_digits' }],
    ['49203', { problem: 'wrong_length', typed: 5 }],
    ['4920391', { problem: 'wrong_length', typed: 7 }],
  ])('refuses %j: %o', (typed, problem) => {
    expect(checkTypedCode(typed, oneTimeCode)).toEqual(problem);
  });

  it('takes a recovery code in groups, and catches one mistyped digit by its check digit', () => {
    const grouped = validRecovery.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(checkTypedCode(grouped, recoveryCode)).toEqual({ code: validRecovery });
    const typo = `${validRecovery.slice(0, 5)}${(Number(validRecovery[5]) + 1) % 10}${validRecovery.slice(6)}`;
    expect(checkTypedCode(typo, recoveryCode)).toEqual({ problem: 'typo' });
    expect(checkTypedCode(validRecovery.slice(1), recoveryCode)).toEqual({ problem: 'wrong_length', typed: 15 });
  });
});
