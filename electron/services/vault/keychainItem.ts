import { randomFillSync } from 'node:crypto';
import { z } from 'zod';
import { DeskIdError } from '../../contract/DeskIdError';
import type { Keychain } from '../keychain/Keychain';

/** The wrong-PIN counter of one vault: kept in its keychain item, beside the key. */
export interface PinCounter {
  /** Wrong PINs in a row since the last good unlock. */
  failures: number;
  /** When the last wrong PIN was counted (ms since the epoch). */
  lastFailureAt: number | null;
  /** No PIN is tried before this time (ms since the epoch). */
  nextAttemptAt: number | null;
}

/** A clean counter. */
export const noPinFailures: PinCounter = { failures: 0, lastFailureAt: null, nextAttemptAt: null };

const itemSchema = z
  .object({
    format: z.literal('deskid-keychain-item'),
    version: z.literal(1),
    key: z.string().regex(/^[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/, 'a 32-byte key in base64'),
    failures: z.number().int().min(0),
    lastFailureAt: z.number().nullable(),
    nextAttemptAt: z.number().nullable(),
  })
  .strict();

/** A vault's keychain item, read: its key (the caller zeroes it) and its PIN counter. */
export interface KeychainItem {
  key: Buffer;
  counter: PinCounter;
  /**
   * True for an item written before the counter moved into the keychain: the bare base64
   * key. Its counter is then in the old `pin-state.json` (see `PinState`).
   */
  legacy: boolean;
}

/** The keychain account that holds the key-wrapping key of vault `vaultId`. */
export function keychainAccountFor(vaultId: string): string {
  return `vault-key:${vaultId}`;
}

/** Draws a fresh 256-bit key-wrapping key and stores it in the keychain with a clean counter. */
export async function createKeychainKey(keychain: Keychain, account: string): Promise<Buffer> {
  const key = randomFillSync(Buffer.alloc(32));
  await writeKeychainItem(keychain, account, key, noPinFailures);
  return key;
}

/**
 * Writes the item: one small JSON record, so the key and the counter change together.
 * Refuses (TypeError) anything but a 32-byte key: a bug here must not destroy the key.
 */
export async function writeKeychainItem(
  keychain: Keychain,
  account: string,
  key: Buffer,
  counter: PinCounter,
): Promise<void> {
  if (key.length !== 32) throw new TypeError(`A vault key has 32 bytes, got ${key.length}`);
  const record: z.infer<typeof itemSchema> = {
    format: 'deskid-keychain-item',
    version: 1,
    key: key.toString('base64'),
    failures: counter.failures,
    lastFailureAt: counter.lastFailureAt,
    nextAttemptAt: counter.nextAttemptAt,
  };
  await keychain.set(account, JSON.stringify(record));
}

/**
 * Reads the item. A missing item means the vault cannot be opened on this account:
 * `vault_damaged` (reason `keychain key missing`), never a fallback; an item that is
 * neither a record nor a bare key is `vault_damaged` too.
 */
export async function readKeychainItem(keychain: Keychain, account: string): Promise<KeychainItem> {
  const stored = await keychain.get(account);
  if (stored === null) {
    await keychain.assertReachable();
    throw keyMissing(keychain, account, 'keychain key missing');
  }
  if (stored.startsWith('{')) {
    let parsed: ReturnType<typeof itemSchema.safeParse>;
    try {
      parsed = itemSchema.safeParse(JSON.parse(stored));
    } catch {
      parsed = itemSchema.safeParse(null);
    }
    if (!parsed.success) throw keyMissing(keychain, account, 'keychain item unreadable');
    const { key, failures, lastFailureAt, nextAttemptAt } = parsed.data;
    return {
      key: copyKey(Buffer.from(key, 'base64')),
      counter: { failures, lastFailureAt, nextAttemptAt },
      legacy: false,
    };
  }
  const decoded = Buffer.from(stored, 'base64');
  if (decoded.length !== 32) {
    decoded.fill(0);
    throw keyMissing(keychain, account, 'keychain key missing');
  }
  return { key: copyKey(decoded), counter: noPinFailures, legacy: true };
}

/** The key-wrapping key alone (see {@link readKeychainItem}); the caller zeroes it. */
export async function readKeychainKey(keychain: Keychain, account: string): Promise<Buffer> {
  return (await readKeychainItem(keychain, account)).key;
}

/** A key in a buffer of its own (not Node's shared pool), the decoded one zeroed. */
function copyKey(decoded: Buffer): Buffer {
  const key = Buffer.alloc(32);
  decoded.copy(key);
  decoded.fill(0);
  return key;
}

function keyMissing(keychain: Keychain, account: string, reason: string): DeskIdError {
  return new DeskIdError(
    'vault_damaged',
    `The key of this vault is missing from the ${keychain.backend}. The vault cannot be opened on this user account.`,
    { reason, account, backup: null },
  );
}
