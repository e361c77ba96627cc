/**
 * The authenticator's rules for what an account may hold (DESIGN.md, "Authenticator
 * compatibility"), in the contract so that the services and the renderer share one
 * definition: the services enforce them (`services/authenticator/otpLimits.ts`,
 * `decodeBase32.ts`, `accountSchema.ts` re-export them from here), and the renderer's
 * manual-entry form checks each field as it is typed, before any request.
 */

/** What DeskID accepts from issuers. Secrets of 80 bits are still common, so the floor is 10 bytes. */
export const otpLimits = {
  minSecretBytes: 10,
  maxSecretBytes: 128,
  minDigits: 6,
  maxDigits: 8,
  minPeriod: 15,
  maxPeriod: 120,
  maxLabelLength: 256,
} as const;

/** Hash algorithms an account may use. */
export const otpAlgorithms = ['SHA1', 'SHA256', 'SHA512'] as const;
export type OtpAlgorithm = (typeof otpAlgorithms)[number];

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Value of each character code (upper and lower case), or -1; -2 for skipped separators. */
const values = new Int8Array(128).fill(-1);
for (let index = 0; index < alphabet.length; index++) {
  values[alphabet.charCodeAt(index)] = index;
  values[alphabet.toLowerCase().charCodeAt(index)] = index;
}
for (const separator of ' \t\r\n-') values[separator.charCodeAt(0)] = -2;

/**
 * Decodes RFC 4648 base32 the way authenticator apps read it: case-insensitive, with or
 * without `=` padding, spaces and hyphens ignored (secrets are often shown in groups),
 * leftover bits dropped. Returns `null` for anything else; it never throws and never
 * echoes its input, which is a secret.
 */
export function decodeBase32(input: string): Uint8Array | null {
  let end = input.length;
  while (end > 0 && input.charCodeAt(end - 1) === 0x3d) end--; // trailing '=' padding
  const bytes = new Uint8Array(Math.floor((end * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let count = 0;
  let index = 0;
  for (let position = 0; position < end; position++) {
    const code = input.charCodeAt(position);
    const value = code < 128 ? (values[code] ?? -1) : -1;
    if (value === -2) continue;
    if (value < 0) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    count++;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  // Lengths of 1, 3 or 6 characters past a full block cannot come from any byte string.
  if (count % 8 === 1 || count % 8 === 3 || count % 8 === 6) return null;
  return index === bytes.length ? bytes : bytes.slice(0, index);
}
