import { DeskIdError } from '../../contract/DeskIdError';
import { otpLimits } from './otpLimits';

/** Checks the length of a raw secret and returns it; `invalid_secret` when out of range. */
export function checkSecretBytes(bytes: Uint8Array): Uint8Array {
  if (bytes.length < otpLimits.minSecretBytes) {
    throw new DeskIdError(
      'invalid_secret',
      `The secret is too short: ${bytes.length} bytes, expected at least ${otpLimits.minSecretBytes}.`,
      { bytes: bytes.length, minBytes: otpLimits.minSecretBytes },
    );
  }
  if (bytes.length > otpLimits.maxSecretBytes) {
    throw new DeskIdError(
      'invalid_secret',
      `The secret is too long: ${bytes.length} bytes, expected at most ${otpLimits.maxSecretBytes}.`,
      { bytes: bytes.length, maxBytes: otpLimits.maxSecretBytes },
    );
  }
  return bytes;
}
