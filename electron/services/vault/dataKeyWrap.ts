import { hkdfSync } from 'node:crypto';
import { openAesGcm, sealAesGcm } from './aesGcm';
import type { Argon2Kdf, DataKeyRecord } from './vaultFileSchema';

export type { DataKeyRecord } from './vaultFileSchema';

type Layout = 'keychain' | 'keychain+pin';
const b64 = (buffer: Buffer) => buffer.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');
const wrapAad = (layout: Layout, vaultId: string) => `deskid-vault/2/wrap/${layout}/${vaultId}`;

/**
 * The key-encryption key of a version-2 vault: HKDF-SHA256 over keychain key ‖ PIN key
 * (the PIN key left out without a PIN), salt = vault id, info naming the layout. Without
 * the keychain key nobody can compute it, so a PIN guess cannot be checked offline
 * against the file alone. The caller zeroes the result.
 */
export function keyEncryptionKey(keychainKey: Buffer, pinKey: Buffer | null, vaultId: string): Buffer {
  const layout: Layout = pinKey === null ? 'keychain' : 'keychain+pin';
  const ikm = pinKey === null ? Buffer.from(keychainKey) : Buffer.concat([keychainKey, pinKey]);
  try {
    return Buffer.from(hkdfSync('sha256', ikm, Buffer.from(vaultId, 'utf8'), `deskid-vault/2/kek/${layout}`, 32));
  } finally {
    ikm.fill(0);
  }
}

/** Inputs of {@link wrapDataKey}. */
export interface WrapDataKeyInput {
  vaultId: string;
  dataKey: Buffer;
  keychainKey: Buffer;
  keychainAccount: string;
  /**
   * The Argon2id key from the PIN and its parameters, or null for a vault without PIN;
   * `form` is `NFKC` when the key came from the normalised PIN, null when from the PIN as typed.
   */
  pin: { key: Buffer; kdf: Argon2Kdf; form: 'NFKC' | null } | null;
  reset: DataKeyRecord['reset'];
}

/**
 * Wraps the data key in one AES-256-GCM box under {@link keyEncryptionKey}: a PIN vault
 * needs the keychain item and the PIN together, and neither alone tells anything about
 * the other. The layout and vault id are the associated data.
 */
export function wrapDataKey({
  vaultId,
  dataKey,
  keychainKey,
  keychainAccount,
  pin,
  reset,
}: WrapDataKeyInput): DataKeyRecord {
  const kek = keyEncryptionKey(keychainKey, pin?.key ?? null, vaultId);
  const box = sealAesGcm(kek, dataKey, wrapAad(pin === null ? 'keychain' : 'keychain+pin', vaultId));
  kek.fill(0);
  return {
    keychainAccount,
    pin: pin === null ? null : { kdf: pin.kdf, ...(pin.form === null ? {} : { form: pin.form }) },
    iv: b64(box.iv),
    tag: b64(box.tag),
    ciphertext: b64(box.ciphertext),
    reset,
  };
}

/**
 * Reverses {@link wrapDataKey}: the data key (the caller zeroes it), or null when the
 * keychain key, the PIN or the record is wrong. Which of them cannot be told apart.
 */
export function unwrapDataKey(
  record: DataKeyRecord,
  vaultId: string,
  keychainKey: Buffer,
  pinKey: Buffer | null,
): Buffer | null {
  if ((record.pin === null) !== (pinKey === null)) return null;
  const kek = keyEncryptionKey(keychainKey, pinKey, vaultId);
  const dataKey = openAesGcm(
    kek,
    { iv: unb64(record.iv), tag: unb64(record.tag), ciphertext: unb64(record.ciphertext) },
    wrapAad(pinKey === null ? 'keychain' : 'keychain+pin', vaultId),
  );
  kek.fill(0);
  if (dataKey?.length === 32) return dataKey;
  dataKey?.fill(0);
  return null;
}

/** HKDF-SHA256 of keychain key ‖ ID-server share: the key of the PIN-reset wrap. */
function resetKey(keychainKey: Buffer, share: Uint8Array, vaultId: string): Buffer {
  const ikm = Buffer.concat([keychainKey, share]);
  const key = Buffer.from(hkdfSync('sha256', ikm, Buffer.from(vaultId, 'utf8'), 'deskid-vault/1/reset', 32));
  ikm.fill(0);
  return key;
}

// The reset wrap is unchanged since version 1 (it always needed the keychain key), so a
// migrated vault keeps it as it is.
const resetAad = (vaultId: string) => `deskid-vault/1/wrap/reset/${vaultId}`;

/** Wraps the data key for a PIN reset (keychain key plus ID-server share). */
export function wrapForReset(
  dataKey: Buffer,
  keychainKey: Buffer,
  share: Uint8Array,
  vaultId: string,
): NonNullable<DataKeyRecord['reset']> {
  const key = resetKey(keychainKey, share, vaultId);
  const box = sealAesGcm(key, dataKey, resetAad(vaultId));
  key.fill(0);
  return { iv: b64(box.iv), tag: b64(box.tag), ciphertext: b64(box.ciphertext) };
}

/** Reverses {@link wrapForReset}; null when the share or keychain key is wrong. */
export function unwrapForReset(
  reset: NonNullable<DataKeyRecord['reset']>,
  keychainKey: Buffer,
  share: Uint8Array,
  vaultId: string,
): Buffer | null {
  const key = resetKey(keychainKey, share, vaultId);
  const dataKey = openAesGcm(
    key,
    { iv: unb64(reset.iv), tag: unb64(reset.tag), ciphertext: unb64(reset.ciphertext) },
    resetAad(vaultId),
  );
  key.fill(0);
  return dataKey?.length === 32 ? dataKey : null;
}
