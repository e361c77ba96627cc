import { luhnCheckDigit } from '../../protocol/recoveryCodeFormat';
import { randomDigits } from './tokens';

/**
 * A new recovery code: 15 CSPRNG digits plus their Luhn check digit. Everything else about
 * the code (reading what a person typed, the check, the grouping) is the protocol's rule,
 * `protocol/recoveryCodeFormat.ts`, which the desktop app uses too.
 */
export function generateRecoveryCode(): string {
  const body = randomDigits(15);
  return body + luhnCheckDigit(body);
}
