import { openAesGcm, sealAesGcm } from './aesGcm';

/** A JSON value as the vault stores it: opaque to the vault. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

const aadFor = (vaultId: string, entryId: string) => `deskid-vault/1/entry/${vaultId}/${entryId}`;

/** Encrypts one entry's JSON under the data key, bound to the vault id and entry id. */
export function sealEntry(dataKey: Buffer, vaultId: string, entryId: string, value: JsonValue) {
  const json = JSON.stringify(value) as string | undefined;
  if (json === undefined) throw new TypeError(`Vault entry "${entryId}" is not a JSON value`);
  const plaintext = Buffer.from(json, 'utf8');
  const box = sealAesGcm(dataKey, plaintext, aadFor(vaultId, entryId));
  plaintext.fill(0);
  return {
    iv: box.iv.toString('base64'),
    tag: box.tag.toString('base64'),
    ciphertext: box.ciphertext.toString('base64'),
  };
}

/** Decrypts one entry; `undefined` when it fails authentication (damaged or moved). */
export function openEntry(
  dataKey: Buffer,
  vaultId: string,
  entryId: string,
  record: { iv: string; tag: string; ciphertext: string },
): JsonValue | undefined {
  const plaintext = openAesGcm(
    dataKey,
    {
      iv: Buffer.from(record.iv, 'base64'),
      tag: Buffer.from(record.tag, 'base64'),
      ciphertext: Buffer.from(record.ciphertext, 'base64'),
    },
    aadFor(vaultId, entryId),
  );
  if (plaintext === null) return undefined;
  try {
    return JSON.parse(plaintext.toString('utf8')) as JsonValue;
  } finally {
    plaintext.fill(0);
  }
}
