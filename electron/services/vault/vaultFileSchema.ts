import { z } from 'zod';
import { argon2Limits } from './argon2Limits';

const base64 = z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64');
const isoDate = z.iso.datetime();

/** The vault format version DeskID writes. Version 1 is still read, and migrated on unlock. */
export const currentVaultVersion = 2;

/** Argon2id parameters and salt, as stored; costs within {@link argon2Limits}. */
export const argon2KdfSchema = z
  .object({
    name: z.literal('argon2id'),
    memoryKiB: z.number().int().min(argon2Limits.memoryKiB.min).max(argon2Limits.memoryKiB.max),
    iterations: z.number().int().min(argon2Limits.iterations.min).max(argon2Limits.iterations.max),
    parallelism: z.number().int().min(argon2Limits.parallelism.min).max(argon2Limits.parallelism.max),
    // 16 bytes are 22 base64 characters and two padding characters.
    salt: z.string().regex(/^[A-Za-z0-9+/]{21}[AQgw]==$/, 'a 16-byte salt in base64'),
  })
  .strict();

/** One stored entry: clear id and timestamps, everything else inside the GCM box. */
export const vaultEntrySchema = z
  .object({
    id: z.string().min(1).max(200),
    createdAt: isoDate,
    updatedAt: isoDate,
    iv: base64,
    tag: base64,
    ciphertext: base64,
  })
  .strict();

const resetSchema = z.object({ iv: base64, tag: base64, ciphertext: base64 }).strict().nullable();

/**
 * Version 2: the data key in one AES-GCM box under a key derived from the keychain key
 * and (with a PIN) the PIN key together, so the file alone confirms no PIN guess.
 */
export const dataKeyRecordSchema = z
  .object({
    keychainAccount: z.string().min(1),
    // `form: 'NFKC'`: the PIN key is derived from the NFKC form of the PIN (every PIN set
    // since); without it, from the PIN as typed (PINs set before, kept until changed).
    pin: z
      .object({ kdf: argon2KdfSchema, form: z.literal('NFKC').optional() })
      .strict()
      .nullable(),
    iv: base64,
    tag: base64,
    ciphertext: base64,
    reset: resetSchema,
  })
  .strict();

/** Version 1 (read only): keychain layer inside, PIN layer outside. */
export const legacyDataKeyRecordSchema = z
  .object({
    ciphertext: base64,
    keychain: z.object({ account: z.string().min(1), iv: base64, tag: base64 }).strict(),
    pin: z.object({ kdf: argon2KdfSchema, iv: base64, tag: base64 }).strict().nullable(),
    reset: resetSchema,
  })
  .strict();

const bodyFields = {
  vaultId: z.string().min(1),
  generation: z.number().int().min(1),
  createdAt: isoDate,
  updatedAt: isoDate,
  entries: z.array(vaultEntrySchema),
};

/** The checksummed body of a version-2 vault file. See docs/vault-format.md. */
export const vaultBodySchema = z.object({ ...bodyFields, dataKey: dataKeyRecordSchema }).strict();

/** The body of a version-1 file. */
export const legacyVaultBodySchema = z.object({ ...bodyFields, dataKey: legacyDataKeyRecordSchema }).strict();

const envelope = { format: z.literal('deskid-vault'), sha256: z.string().regex(/^[0-9a-f]{64}$/) };

/** The outer envelope of either version: format name, version, SHA-256 checksum and body. */
export const vaultFileSchema = z.discriminatedUnion('version', [
  z.object({ ...envelope, version: z.literal(2), body: vaultBodySchema }).strict(),
  z.object({ ...envelope, version: z.literal(1), body: legacyVaultBodySchema }).strict(),
]);

/** A body in the current layout: the only one DeskID writes. */
export type VaultBody = z.infer<typeof vaultBodySchema>;
/** A body read from a version-1 file. */
export type LegacyVaultBody = z.infer<typeof legacyVaultBodySchema>;
/** What a vault file holds, in either layout. */
export type StoredVaultBody = VaultBody | LegacyVaultBody;
export type DataKeyRecord = VaultBody['dataKey'];
export type LegacyDataKeyRecord = LegacyVaultBody['dataKey'];
export type VaultEntryRecord = z.infer<typeof vaultEntrySchema>;
export type Argon2Kdf = z.infer<typeof argon2KdfSchema>;

/** True for a body in the current layout (version 2). */
export function isCurrentBody(body: StoredVaultBody): body is VaultBody {
  return 'keychainAccount' in body.dataKey;
}

/** The keychain account of a vault, in either layout. */
export function keychainAccountOf(body: StoredVaultBody): string {
  return isCurrentBody(body) ? body.dataKey.keychainAccount : body.dataKey.keychain.account;
}
