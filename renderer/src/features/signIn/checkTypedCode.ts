import { isLuhnValid, recoveryCodeLength } from '../../../../electron/contract/recoveryCode';

/** What a code must be: how many digits, and whether the last is a Luhn check digit (the recovery code). */
export interface CodeShape {
  digits: number;
  luhn?: boolean;
}

/** The protocol's codes: 6 digits sent to a phone or shown by an authenticator app. */
export const oneTimeCode: CodeShape = { digits: 6 };
/** The protocol's recovery code: 16 digits, the last a Luhn check digit. */
export const recoveryCode: CodeShape = { digits: recoveryCodeLength, luhn: true };

/**
 * What the page can tell about a typed code before sending it: nothing typed, something
 * other than digits, the wrong number of digits (`typed` of them), or (a recovery code)
 * digits whose check digit does not match, that is a typo. The server still judges every
 * code that passes; these never reach it, so they cost none of the account's tries.
 */
export type CodeProblem =
  { problem: 'empty' } | { problem: 'not_digits' } | { problem: 'wrong_length'; typed: number } | { problem: 'typo' };

/**
 * Reads a typed code: full-width digits count (NFKC), spaces and dashes are ignored.
 * Answers the digits to send, or the problem.
 */
export function checkTypedCode(typed: string, shape: CodeShape): { code: string } | CodeProblem {
  const code = typed.normalize('NFKC').replace(/[\s-]/g, '');
  if (code === '') return { problem: 'empty' };
  if (!/^[0-9]+$/.test(code)) return { problem: 'not_digits' };
  if (code.length !== shape.digits) return { problem: 'wrong_length', typed: code.length };
  if (shape.luhn === true && !isLuhnValid(code)) return { problem: 'typo' };
  return { code };
}
