/**
 * The recovery code's one rule, shared by the ID server and the desktop app: 16 decimal
 * digits, the last a Luhn check digit of the other 15, shown as `1234 5678 9012 3456`,
 * and read from what a person typed with spaces and dashes ignored.
 */

/** How many digits a recovery code has. */
export const recoveryCodeLength = 16;

/** The Luhn check digit for a string of digits (the digits it will be appended to). */
export function luhnCheckDigit(digits: string): string {
  if (!/^\d+$/.test(digits)) throw new TypeError('luhnCheckDigit takes digits only');
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 0) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return String((10 - (sum % 10)) % 10);
}

/** True when `digits` is all digits (two or more) and the last is the Luhn check digit of the others. */
export function isLuhnValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** What a person typed, without the spaces (any whitespace) and dashes they may group it with. */
function withoutSeparators(input: string): string {
  return input.replace(/[\s-]/g, '');
}

/**
 * Reads what a person typed as a recovery code: digits, with spaces and dashes ignored.
 * Returns the 16 digits, or `undefined` when it cannot be a recovery code (other
 * characters, wrong length, wrong check digit).
 */
export function parseRecoveryCode(input: string): string | undefined {
  const digits = withoutSeparators(input);
  if (digits.length !== recoveryCodeLength || !/^\d+$/.test(digits)) return undefined;
  return isLuhnValid(digits) ? digits : undefined;
}

/**
 * The code grouped for display, `1234 5678 9012 3456` (the protocol's grouping). Spaces and
 * dashes in the input are ignored and the check digit is not judged (a code shown is the
 * one the server sent); anything but 16 digits is a `TypeError` whose message never
 * repeats the input, which may be a real code.
 */
export function formatRecoveryCode(code: string): string {
  return recoveryCodeGroups(code).join(' ');
}

/** The four groups of four digits, for layouts that place them one by one (HTML). */
export function recoveryCodeGroups(code: string): [string, string, string, string] {
  const digits = withoutSeparators(code);
  if (digits.length !== recoveryCodeLength || !/^\d+$/.test(digits)) {
    throw new TypeError(`A recovery code has 16 digits; got ${digits.length} characters`);
  }
  return [digits.slice(0, 4), digits.slice(4, 8), digits.slice(8, 12), digits.slice(12, 16)];
}
