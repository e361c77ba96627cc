const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Encodes bytes as canonical base32: uppercase, no padding. */
export function encodeBase32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = ((buffer << 8) | byte) & 0xffff;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += alphabet.charAt((buffer >> bits) & 31);
    }
  }
  if (bits > 0) out += alphabet.charAt((buffer << (5 - bits)) & 31);
  return out;
}
