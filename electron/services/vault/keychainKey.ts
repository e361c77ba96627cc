import { randomFillSync } from 'node:crypto';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from '../keychain/Keychain';

/** The keychain account that holds the key-wrapping key of vault `vaultId`. */
export function keychainAccountFor(vaultId: string): string {
  return `vault-key:${vaultId}`;
}

/** Draws a fresh 256-bit key-wrapping key and stores it in the keychain (base64). */
export async function createKeychainKey(keychain: Keychain, account: string): Promise<Buffer> {
  const key = randomFillSync(Buffer.alloc(32));
  await keychain.set(account, key.toString('base64'));
  return key;
}

/**
 * Reads the key-wrapping key from the keychain into a buffer the caller zeroes. A missing
 * item means the vault cannot be opened on this account: `vault_damaged`, never a fallback.
 */
export async function readKeychainKey(keychain: Keychain, account: string): Promise<Buffer> {
  const stored = await keychain.get(account);
  if (stored === null) await keychain.assertReachable();
  const decoded = stored === null ? null : Buffer.from(stored, 'base64');
  if (decoded?.length !== 32) {
    decoded?.fill(0);
    throw new DeskIdError(
      'vault_damaged',
      `The key of this vault is missing from the ${keychain.backend}. The vault cannot be opened on this user account.`,
      { reason: 'keychain key missing', account, backup: null },
    );
  }
  const key = Buffer.alloc(32);
  decoded.copy(key);
  decoded.fill(0);
  return key;
}
