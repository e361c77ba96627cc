import { hkdfSync } from 'node:crypto';
import { openAesGcm, sealAesGcm } from './aesGcm';
import type { Argon2Kdf, VaultBody } from './vaultFileSchema';

/** The stored wrapping of the data key (`body.dataKey`). */
export type DataKeyRecord = VaultBody['dataKey'];

const aadFor = (layer: 'keychain' | 'pin' | 'reset', vaultId: string) => `deskid-vault/1/wrap/${layer}/${vaultId}`;
const b64 = (buffer: Buffer) => buffer.toString('base64');
const unb64 = (text: string) => Buffer.from(text, 'base64');

/** Inputs of {@link wrapDataKey}. */
export interface WrapDataKeyInput {
  vaultId: string;
  dataKey: Buffer;
  keychainKey: Buffer;
  keychainAccount: string;
  /** The Argon2id key from the PIN and its parameters, or null for a vault without PIN. */
  pin: { key: Buffer; kdf: Argon2Kdf } | null;
  reset: DataKeyRecord['reset'];
}

/**
 * Wraps the data key: first under the keychain key, then (with a PIN) that result again
 * under the PIN key, so a PIN vault needs both. Each layer is AES-256-GCM with its own
 * nonce and the layer name and vault id as associated data.
 */
export function wrapDataKey({
  vaultId,
  dataKey,
  keychainKey,
  keychainAccount,
  pin,
  reset,
}: WrapDataKeyInput): DataKeyRecord {
  const inner = sealAesGcm(keychainKey, dataKey, aadFor('keychain', vaultId));
  const keychain = { account: keychainAccount, iv: b64(inner.iv), tag: b64(inner.tag) };
  if (pin === null) return { ciphertext: b64(inner.ciphertext), keychain, pin: null, reset };
  const outer = sealAesGcm(pin.key, inner.ciphertext, aadFor('pin', vaultId));
  inner.ciphertext.fill(0);
  return {
    ciphertext: b64(outer.ciphertext),
    keychain,
    pin: { kdf: pin.kdf, iv: b64(outer.iv), tag: b64(outer.tag) },
    reset,
  };
}

/** Why an unwrap failed: the PIN layer (a wrong PIN) or the keychain layer. */
export type UnwrapFailure = 'pin' | 'keychain';

/** Reverses {@link wrapDataKey}. Returns the data key (caller zeroes it) or the failing layer. */
export function unwrapDataKey(
  record: DataKeyRecord,
  vaultId: string,
  keychainKey: Buffer,
  pinKey: Buffer | null,
): Buffer | UnwrapFailure {
  let innerCiphertext: Buffer = unb64(record.ciphertext);
  if (record.pin !== null) {
    if (pinKey === null) return 'pin';
    const opened = openAesGcm(
      pinKey,
      { iv: unb64(record.pin.iv), tag: unb64(record.pin.tag), ciphertext: innerCiphertext },
      aadFor('pin', vaultId),
    );
    if (opened === null) return 'pin';
    innerCiphertext = opened;
  }
  const dataKey = openAesGcm(
    keychainKey,
    { iv: unb64(record.keychain.iv), tag: unb64(record.keychain.tag), ciphertext: innerCiphertext },
    aadFor('keychain', vaultId),
  );
  innerCiphertext.fill(0);
  return dataKey?.length === 32 ? dataKey : 'keychain';
}

/** HKDF-SHA256 of keychain key ‖ ID-server share: the key of the PIN-reset wrap. */
function resetKey(keychainKey: Buffer, share: Uint8Array, vaultId: string): Buffer {
  const ikm = Buffer.concat([keychainKey, share]);
  const key = Buffer.from(hkdfSync('sha256', ikm, Buffer.from(vaultId, 'utf8'), 'deskid-vault/1/reset', 32));
  ikm.fill(0);
  return key;
}

/** Wraps the data key for a PIN reset (keychain key plus ID-server share). */
export function wrapForReset(
  dataKey: Buffer,
  keychainKey: Buffer,
  share: Uint8Array,
  vaultId: string,
): NonNullable<DataKeyRecord['reset']> {
  const key = resetKey(keychainKey, share, vaultId);
  const box = sealAesGcm(key, dataKey, aadFor('reset', vaultId));
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
    aadFor('reset', vaultId),
  );
  key.fill(0);
  return dataKey?.length === 32 ? dataKey : null;
}
