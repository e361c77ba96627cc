import { DeskIdError } from '../../contract/DeskIdError';
import { decodeBase32 } from './decodeBase32';
import { checkSecretBytes } from './checkSecretBytes';
import { encodeBase32 } from './encodeBase32';

/**
 * Turns a base32 secret as people and apps write it (lowercase, padded, in groups of four)
 * into the canonical form accounts hold: uppercase, no padding. Refuses, with
 * `invalid_secret`, anything that is not base32 or decodes to fewer than 10 or more than
 * 128 bytes. The message never repeats the secret.
 */
export function normalizeSecret(input: string): string {
  const bytes = decodeBase32(input);
  if (bytes === null || bytes.length === 0) {
    throw new DeskIdError('invalid_secret', 'The secret is not valid base32 (letters A–Z and digits 2–7).');
  }
  return encodeBase32(checkSecretBytes(bytes));
}
