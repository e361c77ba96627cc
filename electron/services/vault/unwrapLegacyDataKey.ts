import { openAesGcm } from './aesGcm';
import type { LegacyDataKeyRecord } from './vaultFileSchema';

const aadFor = (layer: 'keychain' | 'pin', vaultId: string) => `deskid-vault/1/wrap/${layer}/${vaultId}`;
const unb64 = (text: string) => Buffer.from(text, 'base64');

/**
 * Opens the data key of a version-1 vault (keychain layer inside, PIN layer outside),
 * only to migrate it. Answers the data key (the caller zeroes it) or the layer that
 * failed. Version 1's outer PIN layer is why a copy of such a file confirms a PIN guess.
 */
export function unwrapLegacyDataKey(
  record: LegacyDataKeyRecord,
  vaultId: string,
  keychainKey: Buffer,
  pinKey: Buffer | null,
): Buffer | 'pin' | 'keychain' {
  let inner: Buffer = unb64(record.ciphertext);
  if (record.pin !== null) {
    if (pinKey === null) return 'pin';
    const opened = openAesGcm(
      pinKey,
      { iv: unb64(record.pin.iv), tag: unb64(record.pin.tag), ciphertext: inner },
      aadFor('pin', vaultId),
    );
    if (opened === null) return 'pin';
    inner = opened;
  }
  const dataKey = openAesGcm(
    keychainKey,
    { iv: unb64(record.keychain.iv), tag: unb64(record.keychain.tag), ciphertext: inner },
    aadFor('keychain', vaultId),
  );
  inner.fill(0);
  if (dataKey?.length === 32) return dataKey;
  dataKey?.fill(0);
  return 'keychain';
}
