import { unwrapDataKey } from './dataKeyWrap';
import { deriveArgon2Key } from './deriveArgon2Key';
import { readKeychainKey } from './keychainItem';
import { pinAsSet } from './unlockVault';
import { isCurrentBody, keychainAccountOf } from './vaultFileSchema';
import type { VaultSession } from './VaultSession';

/**
 * True when `pin` is the PIN the vault's data key is wrapped under now: the current PIN
 * set again (re-keying for a fresh PIN-reset share) is no new PIN, so a PIN set before a
 * rule came (letters, say) can be kept. Costs one Argon2id derivation; counts no attempt,
 * so only an unlocked vault, whose holder has the data key already, may ask.
 */
export async function opensWithPin(session: VaultSession, pin: string): Promise<boolean> {
  const body = session.body;
  if (session.dataKey === null) throw new TypeError('opensWithPin needs an unlocked vault');
  if (!isCurrentBody(body) || body.dataKey.pin === null) return false;
  const { kdf } = body.dataKey.pin;
  const keychainKey = await readKeychainKey(session.keychain, keychainAccountOf(body));
  try {
    const pinKey = await deriveArgon2Key(pinAsSet(body, pin), Buffer.from(kdf.salt, 'base64'), kdf);
    try {
      const dataKey = unwrapDataKey(body.dataKey, body.vaultId, keychainKey, pinKey);
      dataKey?.fill(0);
      return dataKey !== null;
    } finally {
      pinKey.fill(0);
    }
  } finally {
    keychainKey.fill(0);
  }
}
