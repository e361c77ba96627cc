import { randomFillSync } from 'node:crypto';
import { DeskIdError } from '../../contract/DeskIdError';
import { unwrapForReset } from './dataKeyWrap';
import { defaultArgon2Params, type Argon2Params } from './deriveArgon2Key';
import { sealEntry } from './entryCrypto';
import { readKeychainKey } from './keychainItem';
import type { PinResetAuthority } from './PinResetAuthority';
import { removeDamagedCopies } from './removeDamagedCopies';
import { rewrapDataKey } from './rewrapDataKey';
import { keychainAccountOf } from './vaultFileSchema';
import type { VaultSession } from './VaultSession';
import type { VaultWriter } from './VaultWriter';

/** Options of {@link setVaultPin}. */
export interface SetPinOptions {
  kdf?: Argon2Params;
  resetAuthority?: PinResetAuthority | undefined;
}

/**
 * Sets, changes (`pin` string) or removes (`null`) the PIN of an unlocked vault, and
 * clears the wrong-PIN count. Draws a new data key and re-encrypts every entry under it
 * in the same write, so no earlier copy of the file opens what is written from now on;
 * `vault.json.damaged-*` copies (old key) are deleted. With `resetAuthority`, a fresh
 * reset share is deposited; without one, a reset set up before is dropped (it wraps the
 * old key). The caller has checked the PIN against the PIN rules.
 */
export async function setVaultPin(
  session: VaultSession,
  writer: VaultWriter,
  pin: string | null,
  { kdf = defaultArgon2Params, resetAuthority }: SetPinOptions = {},
): Promise<void> {
  await writer.mutate(async (body, dataKey) => {
    const keychainAccount = keychainAccountOf(body);
    const keychainKey = await readKeychainKey(session.keychain, keychainAccount);
    const newDataKey = randomFillSync(Buffer.alloc(32));
    try {
      body.entries = body.entries.map((record) => ({
        ...record,
        ...sealEntry(newDataKey, body.vaultId, record.id, session.decrypt(dataKey, record)),
      }));
      body.dataKey = await rewrapDataKey({
        vaultId: body.vaultId,
        dataKey: newDataKey,
        keychainKey,
        keychainAccount,
        pin,
        kdf,
        resetAuthority,
        previousReset: null,
      });
      return { newDataKey };
    } catch (error) {
      newDataKey.fill(0);
      throw error;
    } finally {
      keychainKey.fill(0);
    }
  });
  await removeDamagedCopies(session.paths.file);
  const item = await session.pinState.read();
  try {
    await session.pinState.clear(item);
  } finally {
    item.key.fill(0);
  }
  await session.log({ type: 'pin_changed', outcome: 'ok' });
}

/**
 * The way back after `pin_reset_required` (or a forgotten PIN): opens the data key with
 * the keychain key plus the share `authority` returns after ID-server sign-in, then sets
 * `newPin` (which deposits a fresh share, so the reset keeps working). Throws
 * `pin_reset_required` when no reset was set up or the share does not fit.
 */
export async function resetVaultPin(
  session: VaultSession,
  writer: VaultWriter,
  { authority, newPin, kdf }: { authority: PinResetAuthority; newPin: string; kdf?: Argon2Params },
): Promise<void> {
  await session.reload();
  const { body } = session;
  const { reset } = body.dataKey;
  if (reset === null) {
    throw new DeskIdError(
      'pin_reset_required',
      'This profile has no PIN reset through ID-server sign-in. Its PIN is needed to unlock it.',
      { pinResettable: false },
    );
  }
  const share = await authority.withdraw();
  const keychainKey = await readKeychainKey(session.keychain, keychainAccountOf(body));
  const dataKey = unwrapForReset(reset, keychainKey, share, body.vaultId);
  keychainKey.fill(0);
  if (dataKey === null) {
    throw new DeskIdError(
      'pin_reset_required',
      'The ID-server sign-in did not match this profile. Its PIN was not reset.',
      {
        pinResettable: true,
      },
    );
  }
  session.forgetKey();
  session.takeKey(dataKey, body.dataKey.ciphertext);
  await setVaultPin(session, writer, newPin, { ...(kdf === undefined ? {} : { kdf }), resetAuthority: authority });
  await session.log({ type: 'pin_reset', outcome: 'ok', method: 'reset' });
}
