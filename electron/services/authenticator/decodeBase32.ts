const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
const values = new Map(Array.from(alphabet, (char, index) => [char, index] as const));

/**
 * Decodes RFC 4648 base32 the way authenticator apps read it: case-insensitive, with or
 * without `=` padding, spaces and hyphens ignored (secrets are often shown in groups),
 * leftover bits dropped. Returns `null` for anything else; it never throws and never
 * echoes its input, which is a secret.
 */
export function decodeBase32(input: string): Uint8Array | null {
  const text = input.replace(/[\s-]/g, '').replace(/=+$/, '').toUpperCase();
  // Lengths of 1, 3 or 6 characters past a full block cannot come from any byte string.
  if ([1, 3, 6].includes(text.length % 8)) return null;
  const bytes = new Uint8Array(Math.floor((text.length * 5) / 8));
  let buffer = 0;
  let bits = 0;
  let index = 0;
  for (const char of text) {
    const value = values.get(char);
    if (value === undefined) return null;
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes[index++] = (buffer >> bits) & 0xff;
    }
  }
  return bytes;
}
