import type { Account } from './accountSchema';
import { encodeBase32 } from './encodeBase32';

/**
 * Builds a TOTP account for tests and benchmarks from a raw secret (the RFC vectors use
 * ASCII secrets). Not used by the app itself.
 */
export function testAccount(secret: string | Uint8Array, overrides: Partial<Account> = {}): Account {
  const bytes = typeof secret === 'string' ? new TextEncoder().encode(secret) : secret;
  return {
    id: 'test',
    type: 'totp',
    issuer: 'Example',
    label: 'alice@example.com',
    secret: encodeBase32(bytes),
    algorithm: 'SHA1',
    digits: 6,
    period: 30,
    icon: null,
    sortOrder: 0,
    ...overrides,
  } as Account;
}
