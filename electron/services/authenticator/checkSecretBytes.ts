import { DeskIdError } from '../../contract/DeskIdError';
import { otpLimits } from './otpLimits';

/** How many base32 characters (no padding) write `bytes` bytes: what a person sees of a key. */
export function base32Length(bytes: number): number {
  return Math.ceil((bytes * 8) / 5);
}

/**
 * Checks the length of a raw secret and returns it; `invalid_secret` when out of range. The
 * message counts the key's characters as a person reads them off a screen (with the bytes
 * they decode to, as the RFCs and other apps state limits), never the key itself.
 */
export function checkSecretBytes(bytes: Uint8Array): Uint8Array {
  const characters = base32Length(bytes.length);
  if (bytes.length < otpLimits.minSecretBytes) {
    throw new DeskIdError(
      'invalid_secret',
      `The secret is too short: ${characters} characters (${bytes.length} bytes); a set-up key has at least ${base32Length(otpLimits.minSecretBytes)} (${otpLimits.minSecretBytes} bytes). Check that it was copied whole.`,
      { bytes: bytes.length, minBytes: otpLimits.minSecretBytes },
    );
  }
  if (bytes.length > otpLimits.maxSecretBytes) {
    throw new DeskIdError(
      'invalid_secret',
      `The secret is too long: ${characters} characters (${bytes.length} bytes); DeskID takes at most ${base32Length(otpLimits.maxSecretBytes)} (${otpLimits.maxSecretBytes} bytes).`,
      { bytes: bytes.length, maxBytes: otpLimits.maxSecretBytes },
    );
  }
  return bytes;
}
