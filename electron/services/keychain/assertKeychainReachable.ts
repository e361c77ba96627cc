import { randomUUID } from 'node:crypto';
import type { Keychain } from '../keychain/Keychain';

/**
 * Tells "no such item" apart from "no keychain at all". `@napi-rs/keyring` 2.1 answers
 * `null` from a read (and `false` from a delete) even when the Secret Service cannot be
 * reached, so before concluding that an item is missing, write and remove a throw-away
 * probe item: that write fails with `keychain_unavailable` when the store is unreachable.
 */
export async function assertKeychainReachable(keychain: Keychain): Promise<void> {
  const probe = `deskid-probe:${randomUUID()}`;
  await keychain.set(probe, 'probe');
  await keychain.delete(probe);
}
