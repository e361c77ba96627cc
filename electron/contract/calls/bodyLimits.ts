import { z } from 'zod';

/** The body limit of a bridge call that does not set its own: 64 KiB. */
export const defaultMaxBodyBytes = 64 * 1024;

/** Room for the JSON around a file's base64 text (names, passphrase, quotes). */
const envelopeBytes = 4 * 1024;

/** Base64 characters for `bytes` bytes (padded). */
function base64Length(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * A file sent across the bridge as base64, of at most `maxBytes` bytes once decoded, and
 * the body limit a call carrying it needs (`maxBodyBytes` of its spec): the base64 text
 * plus a small envelope, so each call allows no more than its file.
 */
export function fileUpload(maxBytes: number): { dataBase64: z.ZodString; maxBodyBytes: number } {
  const length = base64Length(maxBytes);
  return {
    dataBase64: z
      .string()
      .min(1)
      .max(length, `The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MiB.`)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'Expected base64 text.'),
    maxBodyBytes: length + envelopeBytes,
  };
}

/** A file's name as the person chose it (shown in messages, never used as a path). */
export const fileName = z.string().trim().min(1).max(255);
