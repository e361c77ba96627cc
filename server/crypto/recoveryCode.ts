import { randomDigits } from './tokens';

/** The Luhn check digit for a string of digits. */
export function luhnCheckDigit(digits: string): string {
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

/** True when the last digit is the Luhn check digit of the others. */
export function isLuhnValid(digits: string): boolean {
  return /^\d{2,}$/.test(digits) && luhnCheckDigit(digits.slice(0, -1)) === digits.slice(-1);
}

/** A new recovery code: 15 CSPRNG digits plus a Luhn check digit. */
export function generateRecoveryCode(): string {
  const body = randomDigits(15);
  return body + luhnCheckDigit(body);
}

/**
 * Reads what a person typed as a recovery code: digits, with spaces and dashes ignored.
 * Returns the 16 digits, or `undefined` when it cannot be a recovery code (wrong
 * characters, wrong length, bad check digit).
 */
export function parseRecoveryCode(input: string): string | undefined {
  const digits = input.replace(/[\s-]/g, '');
  if (!/^\d{16}$/.test(digits)) return undefined;
  return isLuhnValid(digits) ? digits : undefined;
}

/** `1234 5678 9012 3456`. */
export function formatRecoveryCode(code: string): string {
  return code.replace(/(\d{4})(?=\d)/g, '$1 ');
}
