import { decodeBase32, otpLimits } from '../../../../electron/contract/otpRules';

/** What is wrong with a typed set-up key, as a string key of `adding.manual.problems` and its values. */
export type SecretProblem =
  | { problem: 'secretNotBase32' }
  | { problem: 'secretTooShort'; length: number; min: number }
  | { problem: 'secretTooLong'; length: number; max: number };

/**
 * The services' key limits in characters of the key as a person sees it: each base32
 * character carries 5 bits, so 10 bytes need 16 characters and 128 bytes 205.
 */
export const secretCharacters = {
  min: Math.ceil((otpLimits.minSecretBytes * 8) / 5),
  max: Math.ceil((otpLimits.maxSecretBytes * 8) / 5),
} as const;

/** The key's characters, without the spaces, hyphens and `=` padding apps show it with. */
const lengthOf = (secret: string): number => secret.replace(/[\s=-]/g, '').length;

/**
 * Checks a set-up key by the services' own rule (`otpRules`: base32 read as apps read it,
 * 10 to 128 bytes), said in characters of the key (`secretCharacters`), never in bytes.
 * Never repeats the key. `undefined` when it is acceptable; an empty key is left to the
 * "required" check.
 */
export function checkSecret(secret: string): SecretProblem | undefined {
  if (secret.trim() === '') return undefined;
  const bytes = decodeBase32(secret.trim());
  if (bytes === null || bytes.length === 0) return { problem: 'secretNotBase32' };
  if (bytes.length < otpLimits.minSecretBytes) {
    return { problem: 'secretTooShort', length: lengthOf(secret), min: secretCharacters.min };
  }
  if (bytes.length > otpLimits.maxSecretBytes) {
    return { problem: 'secretTooLong', length: lengthOf(secret), max: secretCharacters.max };
  }
  return undefined;
}
