import { createHash, hash, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new opaque token: 256 random bits, base64url. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

/** The SHA-256 (hex) under which a token is stored; the token itself never is. */
export function hashToken(token: string): string {
  return hash('sha256', token, 'hex');
}

/** Compares two strings in constant time (for equal lengths; lengths are not secret here). */
export function safeEqual(a: string, b: string): boolean {
  const left = createHash('sha256').update(a, 'utf8').digest();
  const right = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(left, right) && a.length === b.length;
}

/** A random identifier for rows that are not secrets (accounts, factors). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(12).toString('base64url')}`;
}

/** `digits` uniformly random decimal digits from the CSPRNG. */
export function randomDigits(digits: number): string {
  let out = '';
  while (out.length < digits) {
    const byte = randomBytes(1)[0] ?? 255;
    if (byte < 250) out += String(byte % 10);
  }
  return out;
}
