import { timingSafeEqual } from 'node:crypto';
import { DeskIdError } from '../../contract/DeskIdError';
import { unwrapDataKey, wrapDataKey } from './dataKeyWrap';
import { normalizePin } from './checkPin';
import { deriveArgon2Key } from './deriveArgon2Key';
import { pinResetRequired } from './PinState';
import { unwrapLegacyDataKey } from './unwrapLegacyDataKey';
import { vaultDamaged } from './vaultDamaged';
import { isCurrentBody, type Argon2Kdf, type LegacyVaultBody, type StoredVaultBody } from './vaultFileSchema';
import type { VaultSession } from './VaultSession';
import type { VaultWriter } from './VaultWriter';
import { withPinAttemptLock } from './withPinAttemptLock';

/**
 * Unlocks an open vault with its keychain item, plus the PIN when one is set; a
 * version-1 file is rewritten in the current layout on its first good unlock. Every PIN
 * attempt is counted in the keychain item before it is checked (a crash mid-check still
 * counts), one attempt at a time per vault, and the count is cleared on success.
 * Errors: `vault_locked` (a PIN is needed but none given), `wrong_pin` (details:
 * `failures`, `attemptsLeft`, `retryAfter`), `pin_throttled`, `pin_reset_required` (after
 * 10 wrong PINs), `keychain_unavailable`, `vault_damaged`, and `invalid_pin` (details
 * `pinRequired: true, hasPin: false`) for a vault without a PIN while `requirePin`
 * answers true (shared-desktop mode): such a vault needs a PIN before it opens.
 */
export async function unlockVault(
  session: VaultSession,
  writer: VaultWriter,
  pin: string | undefined,
  requirePin: () => Promise<boolean>,
): Promise<void> {
  if (session.dataKey !== null) return;
  await session.reload();
  if (session.body.dataKey.pin === null) {
    if (await requirePin()) {
      await session.log({ type: 'unlock', outcome: 'refused', method: 'keychain', reason: 'invalid_pin' });
      throw new DeskIdError(
        'invalid_pin',
        'This computer is in shared-desktop mode, so every profile needs a PIN, and this one has none yet. Set a PIN for it first; it is then asked each time the profile is opened.',
        { pinRequired: true, hasPin: false },
      );
    }
    await unlockWithKeychain(session, writer);
    await session.log({ type: 'unlock', outcome: 'ok', method: 'keychain' });
    return;
  }
  if (pin === undefined) {
    throw new DeskIdError('vault_locked', 'Enter the PIN of this profile to unlock it.', { pinRequired: true });
  }
  const unlockedHere = await withPinAttemptLock(`${session.paths.pinState}.lock`, async () => {
    if (session.dataKey !== null) return false; // another call of this vault won the race
    await session.reload();
    await unlockWithPin(session, writer, pin);
    return true;
  });
  if (unlockedHere) await session.log({ type: 'unlock', outcome: 'ok', method: 'pin' });
}

async function unlockWithKeychain(session: VaultSession, writer: VaultWriter): Promise<void> {
  const body = session.body;
  const item = await session.pinState.read();
  try {
    const dataKey = openDataKey(body, item.key, null);
    if (!Buffer.isBuffer(dataKey))
      throw vaultDamaged(session.paths.file, 'the keychain key does not open the data key', null);
    await adopt(session, writer, body, dataKey, item.key, null);
    if (item.legacy) await session.pinState.save(item, item.counter); // the item in its current form
  } finally {
    item.key.fill(0);
  }
}

async function unlockWithPin(session: VaultSession, writer: VaultWriter, pin: string): Promise<void> {
  const body = session.body;
  const kdf = body.dataKey.pin?.kdf;
  if (kdf === undefined) throw new TypeError('unlockWithPin needs a PIN vault');
  const { pinState } = session;
  const item = await pinState.read();
  try {
    pinState.assertMayTry(item.counter);
    // Count the attempt before checking it: a crash or kill mid-check still counts. The
    // key is derived while the count is written (the keychain write is a round trip to
    // the OS store; Argon2id runs on other threads), but nothing compares it, so nothing is
    // learnt of the PIN, until the count is stored: a failed write discards the key unused.
    const counted = { ...item, counter: pinState.afterFailure(item.counter), legacy: false };
    const deriving = deriveArgon2Key(pinAsSet(body, pin), Buffer.from(kdf.salt, 'base64'), kdf);
    try {
      await pinState.save(item, counted.counter);
    } catch (error) {
      void deriving.then(
        (unused) => unused.fill(0),
        () => undefined,
      );
      throw error;
    }
    let pinKey: Buffer;
    try {
      pinKey = await deriving;
    } catch (error) {
      await pinState.save(counted, item.counter); // no PIN was checked: that was no guess
      throw error;
    }
    try {
      const dataKey = openDataKey(body, item.key, pinKey);
      if (dataKey === 'keychain')
        throw vaultDamaged(session.paths.file, 'the keychain key does not open the data key', null);
      if (dataKey === null) {
        const status = pinState.statusOf(counted.counter);
        await session.log({ type: 'pin_failed', outcome: 'failed', failures: status.failures });
        if (status.resetRequired) throw pinResetRequired(status);
        throw new DeskIdError(
          'wrong_pin',
          status.retryAfter > 0
            ? `Wrong PIN. You can try again in ${status.retryAfter} seconds.`
            : `Wrong PIN. ${status.attemptsLeft} attempts left.`,
          { ...status },
        );
      }
      await adopt(session, writer, body, dataKey, item.key, { key: pinKey, kdf, form: null });
      await pinState.clear(counted);
    } finally {
      pinKey.fill(0);
    }
  } finally {
    item.key.fill(0);
  }
}

/**
 * The PIN in the form its key was derived from: NFKC for every PIN set since DeskID
 * normalises PINs (`form: 'NFKC'`), as typed for older ones (a version-1 file among them).
 */
export function pinAsSet(body: StoredVaultBody, pin: string): string {
  return isCurrentBody(body) && body.dataKey.pin?.form === 'NFKC' ? normalizePin(pin) : pin;
}

/**
 * The data key of either layout, or why not: null when the keychain key and PIN together
 * do not open it (version 2 cannot tell which is wrong), `keychain` when a version-1
 * file's keychain layer fails.
 */
function openDataKey(body: StoredVaultBody, keychainKey: Buffer, pinKey: Buffer | null): Buffer | 'keychain' | null {
  if (isCurrentBody(body)) return unwrapDataKey(body.dataKey, body.vaultId, keychainKey, pinKey);
  const legacy = unwrapLegacyDataKey(body.dataKey, body.vaultId, keychainKey, pinKey);
  return legacy === 'pin' ? null : legacy;
}

/** Holds the data key; a version-1 file is rewritten in the current layout first. */
async function adopt(
  session: VaultSession,
  writer: VaultWriter,
  body: StoredVaultBody,
  dataKey: Buffer,
  keychainKey: Buffer,
  pin: { key: Buffer; kdf: Argon2Kdf; form: 'NFKC' | null } | null,
): Promise<void> {
  if (isCurrentBody(body)) {
    session.takeKey(dataKey, body.dataKey.ciphertext);
    return;
  }
  const next = wrapDataKey({
    vaultId: body.vaultId,
    dataKey,
    keychainKey,
    keychainAccount: body.dataKey.keychain.account,
    pin,
    reset: body.dataKey.reset,
  });
  const copy = Buffer.alloc(32);
  dataKey.copy(copy);
  session.takeKey(dataKey, body.dataKey.ciphertext);
  try {
    if (!(await writer.migrate(body.dataKey, next))) adoptTheirMigration(session, body, copy, keychainKey, pin);
  } finally {
    copy.fill(0);
  }
}

/**
 * Another DeskID process migrated the file first: when its wrapping holds the same data
 * key, follow it, so this vault's next write does not take it for a PIN change.
 */
function adoptTheirMigration(
  session: VaultSession,
  legacy: LegacyVaultBody,
  dataKey: Buffer,
  keychainKey: Buffer,
  pin: { key: Buffer } | null,
): void {
  const now = session.body;
  if (!isCurrentBody(now) || session.keyWrapping !== legacy.dataKey.ciphertext) return;
  const theirs = unwrapDataKey(now.dataKey, now.vaultId, keychainKey, pin?.key ?? null);
  if (theirs === null) return;
  if (timingSafeEqual(theirs, dataKey)) session.keyWrapping = now.dataKey.ciphertext;
  theirs.fill(0);
}
