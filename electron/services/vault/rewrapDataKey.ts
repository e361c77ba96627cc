import { randomFillSync } from 'node:crypto';
import { wrapDataKey, wrapForReset, type DataKeyRecord } from './dataKeyWrap';
import { normalizePin } from './checkPin';
import { deriveArgon2Key, type Argon2Params } from './deriveArgon2Key';
import type { PinResetAuthority } from './PinResetAuthority';
import type { Argon2Kdf } from './vaultFileSchema';

/** Inputs of {@link rewrapDataKey}. */
export interface RewrapInput {
  vaultId: string;
  dataKey: Buffer;
  keychainKey: Buffer;
  keychainAccount: string;
  /** The new PIN, or null for a keychain-only vault. */
  pin: string | null;
  kdf: Argon2Params;
  /** Deposits a fresh reset share (with a PIN only). */
  resetAuthority: PinResetAuthority | undefined;
  /** The current reset wrap, kept when the PIN changes without a new authority. */
  previousReset: DataKeyRecord['reset'];
}

/**
 * Builds the `dataKey` record for a PIN (its NFKC form: `form: 'NFKC'`; fresh salt and
 * nonces) or for none, with the
 * reset wrap that goes with it. Every key buffer made here is zeroed before returning.
 */
export async function rewrapDataKey(input: RewrapInput): Promise<DataKeyRecord> {
  const { vaultId, dataKey, keychainKey, keychainAccount, pin, kdf, resetAuthority, previousReset } = input;
  let reset: DataKeyRecord['reset'] = pin === null ? null : previousReset;
  if (pin !== null && resetAuthority !== undefined) {
    const share = randomFillSync(Buffer.alloc(32));
    try {
      await resetAuthority.deposit(share);
      reset = wrapForReset(dataKey, keychainKey, share, vaultId);
    } finally {
      share.fill(0);
    }
  }
  if (pin === null) return wrapDataKey({ vaultId, dataKey, keychainKey, keychainAccount, pin: null, reset });
  const salt = randomFillSync(Buffer.alloc(16));
  const stored: Argon2Kdf = {
    name: 'argon2id',
    memoryKiB: kdf.memoryKiB,
    iterations: kdf.iterations,
    parallelism: kdf.parallelism,
    salt: salt.toString('base64'),
  };
  const pinKey = await deriveArgon2Key(normalizePin(pin), salt, kdf);
  try {
    return wrapDataKey({
      vaultId,
      dataKey,
      keychainKey,
      keychainAccount,
      pin: { key: pinKey, kdf: stored, form: 'NFKC' },
      reset,
    });
  } finally {
    pinKey.fill(0);
  }
}
