import { decodeBase32, otpLimits } from '../../../../electron/contract/otpRules';

/** What is wrong with a typed set-up key, as a string key of `adding.manual.problems` and its values. */
export type SecretProblem =
  | { problem: 'secretNotBase32' }
  | { problem: 'secretTooShort'; bytes: number; min: number }
  | { problem: 'secretTooLong'; bytes: number; max: number };

/**
 * Checks a set-up key by the services' own rule (`otpRules`: base32 read as apps read it,
 * 10 to 128 bytes). Never repeats the key. `undefined` when it is acceptable; an empty
 * key is left to the "required" check.
 */
export function checkSecret(secret: string): SecretProblem | undefined {
  if (secret.trim() === '') return undefined;
  const bytes = decodeBase32(secret.trim());
  if (bytes === null || bytes.length === 0) return { problem: 'secretNotBase32' };
  if (bytes.length < otpLimits.minSecretBytes) {
    return { problem: 'secretTooShort', bytes: bytes.length, min: otpLimits.minSecretBytes };
  }
  if (bytes.length > otpLimits.maxSecretBytes) {
    return { problem: 'secretTooLong', bytes: bytes.length, max: otpLimits.maxSecretBytes };
  }
  return undefined;
}
